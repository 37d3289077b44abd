package cn.lifeinfo.compliance.ruleset;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbook is data, never code (issue #12): the service's templates make the DRL, every cell is checked against
 * its column's grammar first, and every problem names sheet, row and column.
 */
class DecisionTableReaderTest {

    private final RulesetCompiler compiler = new RulesetCompiler(DecisionTableReaderTest.class.getClassLoader());
    private final DecisionTableReader reader = new DecisionTableReader();

    @Test
    void theShippedWorkbooksCompileToAsManyRulesAsTheyHaveRows() {
        assertEquals(87, ruleCount(RuleFamily.TRUTHFULNESS, WorkbookEditor.shipped(RuleFamily.TRUTHFULNESS)));
        assertEquals(62, ruleCount(RuleFamily.ACCESS, WorkbookEditor.shipped(RuleFamily.ACCESS)));
        assertEquals(40, ruleCount(RuleFamily.ASSESSMENT, WorkbookEditor.shipped(RuleFamily.ASSESSMENT)));
    }

    /**
     * Versions stored before issue #12 (Drools rows on top, regular expressions) must still compile after the
     * upgrade: their values are read by header label, their two regular expressions become the word lists that
     * replaced them, and the DRL is the same as the shipped business workbook's, rule for rule — apart from the
     * tables added since (optional in the templates), which the old versions simply do not have.
     */
    @Test
    void aWorkbookStoredBeforeTheBusinessLayoutCompilesToTheSameRules() throws Exception {
        for (RuleFamily family : List.of(RuleFamily.TRUTHFULNESS, RuleFamily.ACCESS, RuleFamily.ASSESSMENT)) {
            byte[] legacy = Files.readAllBytes(Path.of("src/test/resources/legacy-workbooks/" + family.id() + ".xlsx"));
            List<String> added = TableTemplates.of(family).tables().stream().filter(TableTemplates.Table::optional)
                    .map(TableTemplates.Table::sheet).toList();
            List<SheetDrl> shipped = reader.read(family, "new.xlsx", WorkbookEditor.shipped(family)).stream()
                    .filter(s -> !added.contains(s.sheet())).toList();
            assertEquals(rulesOf(reader.read(family, "old.xlsx", legacy)), rulesOf(shipped), family.id());
        }
    }

    @Test
    void aLegacyWorkbookWithAnotherRegularExpressionIsRefused() throws Exception {
        byte[] legacy = Files.readAllBytes(Path.of("src/test/resources/legacy-workbooks/truthfulness.xlsx"));
        WorkbookEditor editor = WorkbookEditor.of(legacy);
        SheetProblem p = only(editor.set("人员", "TRU-NAME-002", "姓名匹配", ".*").bytes());
        assertEquals(editor.rowOf("人员", "TRU-NAME-002"), p.row());
        assertEquals(editor.columnOf("人员", "姓名匹配"), p.column());
        assertTrue(p.message().contains("no word list of that name"), p.message());
    }

    /** Each table's DRL without rule names and row comments, which carry sheet row numbers. */
    private static List<String> rulesOf(List<SheetDrl> sheets) {
        return sheets.stream().map(s -> s.sheet() + "\n" + s.drl().lines()
                .filter(l -> !l.startsWith("// rule values at") && !l.startsWith("rule \""))
                .reduce("", (a, b) -> a + b + "\n")).toList();
    }

    @Test
    void anExpressionInAYesNoConditionIsRefusedBeforeCompiling() {
        WorkbookEditor editor = truthfulness();
        byte[] bad = editor.set("人员", "TRU-NAME-001", "姓名缺失",
                "java.lang.Boolean.parseBoolean(java.lang.System.getProperty(\"user.home\"))").bytes();
        SheetProblem p = only(bad);
        assertEquals("人员 Person", p.sheet());
        assertEquals(editor.rowOf("人员", "TRU-NAME-001"), p.row());
        assertEquals(editor.columnOf("人员", "姓名缺失"), p.column());
        assertTrue(p.message().contains("应填 是 或 否") && p.message().contains("expected 是 (yes) or 否 (no)"),
                p.message());
    }

    @Test
    void aRuleIdThatBreaksOutOfItsStringIsRefusedAndNothingRuns() {
        WorkbookEditor editor = truthfulness();
        byte[] bad = editor.rowsAbove("人员", new String[]{"RuleSet", "x"}, new String[]{"EscapeQuotes", "false"})
                .set("人员", "TRU-NAME-001", "规则编号",
                        "TRU-NAME-001\" + java.lang.System.getProperty(\"user.home\") + \"").bytes();
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class,
                () -> compiler.compile(RuleFamily.TRUTHFULNESS, 9, "t.xlsx", bad));
        SheetProblem p = e.problems().get(0);
        assertEquals("人员 Person", p.sheet());
        assertEquals("A", p.column());
        assertTrue(p.message().contains("格式不符") && p.message().contains("not in the expected form"), p.message());
        assertFalse(e.getMessage().contains(System.getProperty("user.home") + "\""), e.getMessage());
    }

    @Test
    void drlAndFunctionsAboveTheTableAreIgnored() {
        byte[] hostile = truthfulness().rowsAbove("人员",
                new String[]{"RuleSet", "cn.lifeinfo.rules.truthfulness"},
                new String[]{"Import", "java.lang.System"},
                new String[]{"Functions", "function boolean pwn() { System.setProperty(\"pwned\", \"1\"); return true; }"},
                new String[]{"EscapeQuotes", "false"}).bytes();
        List<SheetDrl> sheets = reader.read(RuleFamily.TRUTHFULNESS, "t.xlsx", hostile);
        assertTrue(sheets.stream().noneMatch(s -> s.drl().contains("pwn") || s.drl().contains("import java.lang.System")));
        assertEquals(87, ruleCount(RuleFamily.TRUTHFULNESS, hostile));
    }

    @Test
    void freeTextIsAlwaysQuotedAndEscaped() {
        String reason = "缺失\" + java.lang.System.setProperty(\"pwned\", \"1\") + \"\\";
        byte[] quoted = truthfulness().set("电话", "TRU-PHONE-001", "中文原因", reason).bytes();
        String drl = reader.read(RuleFamily.TRUTHFULNESS, "t.xlsx", quoted).stream()
                .filter(s -> s.sheet().startsWith("电话")).findFirst().orElseThrow().drl();
        assertTrue(drl.contains("String zh = \"缺失\\\" + java.lang.System.setProperty(\\\"pwned\\\", \\\"1\\\") + \\\"\\\\\";"),
                drl);
        assertEquals(87, ruleCount(RuleFamily.TRUTHFULNESS, quoted));
        assertNull(System.getProperty("pwned"));
    }

    @Test
    void anUnknownCodeIsNamed() {
        WorkbookEditor editor = truthfulness();
        SheetProblem p = only(editor.set("人员", "TRU-IDT-002", "证件号码缺陷", "TYPE_BOGUS").bytes());
        assertEquals(editor.rowOf("人员", "TRU-IDT-002"), p.row());
        assertEquals(editor.columnOf("人员", "证件号码缺陷"), p.column());
        assertTrue(p.message().contains("未知代码 \"TYPE_BOGUS\"") && p.message().contains("unknown code"), p.message());
    }

    @Test
    void aBlankRowInsideATableIsNamed() {
        WorkbookEditor editor = truthfulness();
        int row = editor.rowOf("电话", "TRU-PHONE-003");
        SheetProblem p = only(editor.blankRowBefore("电话", "TRU-PHONE-003").bytes());
        assertEquals("电话 Phone", p.sheet());
        assertEquals(row, p.row());
        assertEquals("A", p.column());
        assertTrue(p.message().contains("表格中间有空行") && p.message().contains("blank row inside the table"));
    }

    @Test
    void aMovedColumnIsNamed() {
        WorkbookEditor editor = truthfulness();
        String mobile = editor.columnOf("电话", "有手机");
        String defect = editor.columnOf("电话", "手机缺陷");
        RulesetInvalidException e = invalid(editor.swapColumns("电话", "有手机", "手机缺陷").bytes());
        assertEquals(List.of(mobile, defect), e.problems().stream().map(SheetProblem::column).toList());
        SheetProblem p = e.problems().get(0);
        assertEquals("电话 Phone", p.sheet());
        assertEquals(1, p.row());
        assertTrue(p.message().contains("表头应为 \"有手机 Mobile given\"")
                && p.message().contains("column moved, renamed or deleted?"), p.message());
    }

    @Test
    void aDeletedHeaderIsNamed() {
        WorkbookEditor editor = truthfulness();
        String column = editor.columnOf("关系", "关系为");
        SheetProblem p = only(editor.clearHeader("关系", "关系为").bytes());
        assertEquals("关系 Relationship", p.sheet());
        assertEquals(1, p.row());
        assertEquals(column, p.column());
        assertTrue(p.message().contains("found \"\""), p.message());
    }

    @Test
    void aNumberOutOfRangeAndAnUnknownWordListAreNamed() {
        WorkbookEditor editor = truthfulness();
        RulesetInvalidException e = invalid(editor.set("人员", "TRU-AGE-001", "年龄大于", "1200")
                .set("人员", "TRU-NAME-002", "姓名属于词表", "不存在的词表").bytes());
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("数字超出范围") && e.getMessage().contains("不存在的词表"), e.getMessage());
    }

    @Test
    void wordsMatchTheWholeValueWithStarAndQuestionMark() {
        assertTrue(Pattern.matches(WordLists.glob("?*之子"), "张三之子"));
        assertFalse(Pattern.matches(WordLists.glob("?*之子"), "之子"));
        assertTrue(Pattern.matches(WordLists.glob("??先生"), "欧阳先生"));
        assertFalse(Pattern.matches(WordLists.glob("??先生"), "司马相先生"));
        assertTrue(Pattern.matches(WordLists.glob("*号*"), "文三路100号"));
        assertFalse(Pattern.matches(WordLists.glob("a.b"), "axb"), "everything but * and ? is literal");
    }

    private static WorkbookEditor truthfulness() {
        return WorkbookEditor.of(WorkbookEditor.shipped(RuleFamily.TRUTHFULNESS));
    }

    private int ruleCount(RuleFamily family, byte[] bytes) {
        try (CompiledRuleset rules = compiler.compile(family, 1, family.id() + ".xlsx", bytes)) {
            return rules.ruleCount();
        }
    }

    private RulesetInvalidException invalid(byte[] bytes) {
        return assertThrows(RulesetInvalidException.class,
                () -> compiler.compile(RuleFamily.TRUTHFULNESS, 2, "truthfulness.xlsx", bytes));
    }

    private SheetProblem only(byte[] bytes) {
        RulesetInvalidException e = invalid(bytes);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }
}
