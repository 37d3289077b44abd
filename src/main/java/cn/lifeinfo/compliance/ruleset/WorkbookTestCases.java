package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The test cases compliance staff keep inside a workbook, on a sheet named "测试用例 …" (or "Tests"): one case per
 * row under a header with 用例编号 / 期望结论 / 期望规则, and the input as a table: one column per input field, headed
 * by its path in the family's request schema on the header's last line (e.g. "投保人姓名\npolicyholder.name",
 * "beneficiaries[0].sharePercent", "resource.fields[]" for a comma-separated list; "(空)" is null). An optional
 * 输入 JSON column holds what a table cannot (empty lists, unusual records); field cells are laid over it. A version
 * whose own cases fail is rejected, with the failing row and the expected and actual values.
 */
public final class WorkbookTestCases {

    /** A field column's path: lower-camel names, optional [n] indexes, an optional trailing [] for lists. */
    static final Pattern FIELD_PATH = Pattern.compile("[a-z][A-Za-z0-9]*(\\[\\d+])?(\\.[a-z][A-Za-z0-9]*(\\[\\d+])?)*(\\[])?");
    static final String NULL = "(空)";

    private final ObjectMapper json;

    public WorkbookTestCases(ObjectMapper json) {
        this.json = json;
    }

    /** @param cases how many cases ran; failures empty when all passed */
    public record Report(int cases, List<SheetProblem> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** Where the header put each part of a case; {@code input} is -1 without a JSON column. */
    private record Columns(int id, int input, int outcome, int rules, Map<Integer, String> fields) {
        int inputOrFirstField() {
            return input >= 0 ? input : fields.keySet().iterator().next();
        }
    }

    public Report run(String file, byte[] bytes, CompiledRuleset candidate, RulesetTestHarness harness) {
        List<SheetProblem> failures = new ArrayList<>();
        int cases = 0;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                if (!(name.contains("测试用例") || name.toLowerCase().contains("tests"))) {
                    continue;
                }
                Columns columns = null;
                for (Row row : sheet) {
                    if (columns == null) {
                        columns = header(row);
                        continue;
                    }
                    if (isBlank(row, columns)) {
                        continue;
                    }
                    cases++;
                    check(file, name, row, columns, candidate, harness, failures);
                }
            }
        } catch (IOException e) {
            failures.add(SheetProblem.ofFile(file, "无法读取测试用例 / cannot read the test cases: " + e.getMessage()));
        }
        return new Report(cases, failures);
    }

    private static boolean isBlank(Row row, Columns columns) {
        if (!cell(row, columns.id()).isEmpty() || (columns.input() >= 0 && !cell(row, columns.input()).isEmpty())) {
            return false;
        }
        return columns.fields().keySet().stream().allMatch(c -> cell(row, c).isEmpty());
    }

    private void check(String file, String sheet, Row row, Columns columns, CompiledRuleset candidate,
                       RulesetTestHarness harness, List<SheetProblem> failures) {
        int rowNo = row.getRowNum() + 1;
        RulesetTestHarness.CaseResult actual;
        int at = columns.inputOrFirstField();
        try {
            JsonNode node = input(row, columns);
            actual = harness.run(candidate, node);
        } catch (IOException | IllegalArgumentException e) {
            failures.add(new SheetProblem(file, sheet, rowNo, col(at),
                    "测试输入无效 / test input is invalid: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            failures.add(new SheetProblem(file, sheet, rowNo, col(at),
                    "规则执行出错 / the rules failed on this input: " + e));
            return;
        }
        String expectedOutcome = cell(row, columns.outcome());
        if (!expectedOutcome.isEmpty() && !expectedOutcome.equalsIgnoreCase(actual.outcome())) {
            failures.add(new SheetProblem(file, sheet, rowNo, col(columns.outcome()),
                    "测试用例未通过 / test case failed: 期望 expected " + expectedOutcome + ", 实际 actual "
                            + actual.outcome()));
        }
        String expectedRules = cell(row, columns.rules());
        if (!expectedRules.isEmpty()) {
            Set<String> expected = expectedRules.equals("-") ? Set.of()
                    : Arrays.stream(expectedRules.split("[,，;\\s]+")).filter(s -> !s.isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> got = new TreeSet<>(actual.ruleIds());
            if (!expected.equals(got)) {
                failures.add(new SheetProblem(file, sheet, rowNo, col(columns.rules()),
                        "测试用例未通过 / test case failed: 期望规则 expected " + expected + ", 实际 actual " + got));
            }
        }
    }

    /** The JSON column (or {}) with every filled field cell laid over it at its path. */
    private JsonNode input(Row row, Columns columns) throws IOException {
        String text = columns.input() >= 0 ? cell(row, columns.input()) : "";
        JsonNode base = text.isEmpty() ? json.createObjectNode() : json.readTree(text);
        if (!(base instanceof ObjectNode root)) {
            throw new IllegalArgumentException("输入须为 JSON 对象 / the input must be a JSON object");
        }
        for (Map.Entry<Integer, String> field : columns.fields().entrySet()) {
            Cell cell = row.getCell(field.getKey());
            if (!DecisionTableReader.text(cell).isEmpty()) {
                put(root, field.getValue(), value(cell, field.getValue().endsWith("[]")));
            }
        }
        return root;
    }

    private JsonNode value(Cell cell, boolean list) {
        String text = DecisionTableReader.text(cell);
        if (list) {
            ArrayNode items = json.createArrayNode();
            Arrays.stream(text.split("\\s*[,，、]\\s*")).filter(s -> !s.isEmpty()).forEach(items::add);
            return items;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return n.scale() <= 0 ? json.getNodeFactory().numberNode(n.longValueExact())
                    : json.getNodeFactory().numberNode(n);
        }
        if (type == CellType.BOOLEAN) {
            return json.getNodeFactory().booleanNode(cell.getBooleanCellValue());
        }
        return switch (DecisionTableReader.value(cell)) {
            case NULL, "null" -> json.getNodeFactory().nullNode();
            case "TRUE", "true" -> json.getNodeFactory().booleanNode(true);
            case "FALSE", "false" -> json.getNodeFactory().booleanNode(false);
            default -> json.getNodeFactory().textNode(DecisionTableReader.value(cell));
        };
    }

    /** Sets {@code value} at a path such as {@code beneficiaries[0].name}, creating objects and lists on the way. */
    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] steps = (path.endsWith("[]") ? path.substring(0, path.length() - 2) : path).split("\\.");
        JsonNode at = root;
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            String step = steps[i];
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            ObjectNode object = (ObjectNode) at;
            if (bracket < 0) {
                if (last) {
                    object.set(name, value);
                } else {
                    at = object.get(name) instanceof ObjectNode o ? o : object.putObject(name);
                }
                continue;
            }
            int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
            ArrayNode list = object.get(name) instanceof ArrayNode a ? a : object.putArray(name);
            while (list.size() <= index) {
                list.addObject();
            }
            if (last) {
                list.set(index, value);
            } else {
                if (!(list.get(index) instanceof ObjectNode)) {
                    list.set(index, root.objectNode());
                }
                at = list.get(index);
            }
        }
    }

    /** The header's columns; null while the header row is not reached. */
    private static Columns header(Row row) {
        int[] cols = {-1, -1, -1, -1};
        Map<Integer, String> fields = new LinkedHashMap<>();
        for (var cell : row) {
            String t = DecisionTableReader.text(cell);
            String lower = t.toLowerCase();
            int c = cell.getColumnIndex();
            String lastLine = t.substring(t.lastIndexOf('\n') + 1).trim();
            if (t.startsWith("用例") || lower.startsWith("case")) {
                cols[0] = c;
            } else if (t.startsWith("输入") || lower.startsWith("input")) {
                cols[1] = c;
            } else if (t.startsWith("期望结论") || lower.startsWith("expected outcome")) {
                cols[2] = c;
            } else if (t.startsWith("期望规则") || lower.startsWith("expected rule")) {
                cols[3] = c;
            } else if (FIELD_PATH.matcher(lastLine).matches()) {
                fields.put(c, lastLine);
            }
        }
        boolean found = cols[0] >= 0 && cols[2] >= 0 && cols[3] >= 0 && (cols[1] >= 0 || !fields.isEmpty());
        return found ? new Columns(cols[0], cols[1], cols[2], cols[3], fields) : null;
    }

    private static String cell(Row row, int col) {
        return col < 0 ? "" : DecisionTableReader.text(row.getCell(col));
    }

    private static String col(int index) {
        return CellReference.convertNumToColString(index);
    }
}
