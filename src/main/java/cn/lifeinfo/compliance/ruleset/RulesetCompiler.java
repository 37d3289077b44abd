package cn.lifeinfo.compliance.ruleset;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a family's spreadsheet into a {@link CompiledRuleset} at run time. Compile errors name lines of the
 * generated DRL; Drools writes a "rule values at C12" comment above each generated rule, which maps them back to
 * the sheet row and column a compliance officer edits.
 */
public final class RulesetCompiler {

    private static final Pattern RULE_VALUES_AT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");
    private static final Pattern QUOTED_EXPRESSION = Pattern.compile("Unable to Analyse Expression ([^:\\[]+)");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final DecisionTableReader reader = new DecisionTableReader();
    private final ClassLoader vocabularyLoader;

    /** @param vocabularyLoader loads the fact classes; Drools' own loader cannot see them in dev and test mode */
    public RulesetCompiler(ClassLoader vocabularyLoader) {
        this.vocabularyLoader = vocabularyLoader;
    }

    public CompiledRuleset compile(RuleFamily family, int version, String fileName, byte[] bytes) {
        List<SheetDrl> sheets = reader.read(family, fileName, bytes);
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("cn.lifeinfo.rules", family.id(),
                "1." + version + "." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (int i = 0; i < sheets.size(); i++) {
            kfs.write(drlPath(family, i), sheets.get(i).drl());
        }
        KieBuilder builder = ks.newKieBuilder(kfs, vocabularyLoader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RulesetInvalidException(locate(family, sheets, errors));
        }
        KieContainer container = ks.newKieContainer(releaseId, vocabularyLoader);
        int rules = countRules(container.getKieBase());
        if (rules == 0) {
            container.dispose();
            ks.getRepository().removeKieModule(releaseId);
            throw new RulesetInvalidException(List.of(SheetProblem.ofFile(fileName,
                    "没有编译出任何规则 / No rule was compiled from the workbook")));
        }
        return new CompiledRuleset(family, version, sha256(bytes), releaseId, container, rules);
    }

    private static String drlPath(RuleFamily family, int sheetIndex) {
        return "src/main/resources/rules/" + family.id() + "/sheet" + sheetIndex + ".drl";
    }

    private static int countRules(KieBase base) {
        int n = 0;
        for (KiePackage p : base.getKiePackages()) {
            n += p.getRules().size();
        }
        return n;
    }

    private static List<SheetProblem> locate(RuleFamily family, List<SheetDrl> sheets, List<Message> errors) {
        List<SheetProblem> problems = new ArrayList<>();
        for (Message error : errors) {
            SheetDrl sheet = sheetOf(family, sheets, error.getPath());
            String text = error.getText().replaceAll("\\s+", " ").trim();
            if (sheet == null) {
                problems.add(new SheetProblem(sheets.get(0).file(), null, null, null, text));
                continue;
            }
            Integer row = rowOf(sheet.drl(), error.getLine(), text);
            problems.add(new SheetProblem(sheet.file(), sheet.sheet(), row, row == null ? null
                            : culprit(sheet.cells().getOrDefault(row, Map.of()), text),
                    "规则无法编译(检查该行的条件和取值) / Rule does not compile (check this row's conditions and values): "
                            + text));
        }
        return problems;
    }

    private static SheetDrl sheetOf(RuleFamily family, List<SheetDrl> sheets, String path) {
        for (int i = 0; i < sheets.size(); i++) {
            if (path != null && path.endsWith(drlPath(family, i).substring("src/main/resources/".length()))) {
                return sheets.get(i);
            }
        }
        return null;
    }

    /**
     * The sheet row that generated the failing rule: by the error's DRL line when Drools gives one, else by finding
     * the expression the error quotes in the DRL.
     */
    static Integer rowOf(String drl, int line, String errorText) {
        String[] lines = drl.split("\n", -1);
        int at = line > 0 ? Math.min(line, lines.length) - 1 : -1;
        if (at < 0) {
            Matcher quoted = QUOTED_EXPRESSION.matcher(errorText);
            if (quoted.find()) {
                String expression = quoted.group(1).trim();
                for (int i = 0; i < lines.length && at < 0; i++) {
                    if (lines[i].contains(expression)) {
                        at = i;
                    }
                }
            }
        }
        for (int i = at; i >= 0; i--) {
            Matcher m = RULE_VALUES_AT.matcher(lines[i]);
            if (m.find()) {
                return Integer.valueOf(m.group(2));
            }
        }
        return null;
    }

    /** The condition cell whose value the error quotes (longest match), or null. */
    static String culprit(Map<String, String> rowCells, String errorText) {
        String best = null;
        int length = 0;
        for (Map.Entry<String, String> cell : rowCells.entrySet()) {
            String value = cell.getValue();
            if (value.length() > length && !value.equals("true") && !value.equals("false")
                    && errorText.contains(value)) {
                best = cell.getKey();
                length = value.length();
            }
        }
        return best;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
