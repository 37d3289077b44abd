package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The test cases compliance staff keep inside a workbook, on a sheet named "测试用例 …" (or "Tests"): one case per
 * row under a header with 用例编号 / 输入 / 期望结论 / 期望规则. A version whose own cases fail is rejected, with the
 * failing row and the expected and actual values.
 */
public final class WorkbookTestCases {

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

    public Report run(String file, byte[] bytes, CompiledRuleset candidate, RulesetTestHarness harness) {
        List<SheetProblem> failures = new ArrayList<>();
        int cases = 0;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                if (!(name.contains("测试用例") || name.toLowerCase().contains("tests"))) {
                    continue;
                }
                int[] columns = null;
                for (Row row : sheet) {
                    if (columns == null) {
                        columns = header(row);
                        continue;
                    }
                    String id = cell(row, columns[0]);
                    String input = cell(row, columns[1]);
                    if (id.isEmpty() && input.isEmpty()) {
                        continue;
                    }
                    cases++;
                    check(file, name, row, columns, input, candidate, harness, failures);
                }
            }
        } catch (IOException e) {
            failures.add(SheetProblem.ofFile(file, "无法读取测试用例 / cannot read the test cases: " + e.getMessage()));
        }
        return new Report(cases, failures);
    }

    private void check(String file, String sheet, Row row, int[] columns, String input, CompiledRuleset candidate,
                       RulesetTestHarness harness, List<SheetProblem> failures) {
        int rowNo = row.getRowNum() + 1;
        RulesetTestHarness.CaseResult actual;
        try {
            JsonNode node = json.readTree(input);
            actual = harness.run(candidate, node);
        } catch (IOException | IllegalArgumentException e) {
            failures.add(new SheetProblem(file, sheet, rowNo, col(columns[1]),
                    "测试输入无效 / test input is invalid: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            failures.add(new SheetProblem(file, sheet, rowNo, col(columns[1]),
                    "规则执行出错 / the rules failed on this input: " + e));
            return;
        }
        String expectedOutcome = cell(row, columns[2]);
        if (!expectedOutcome.isEmpty() && !expectedOutcome.equalsIgnoreCase(actual.outcome())) {
            failures.add(new SheetProblem(file, sheet, rowNo, col(columns[2]),
                    "测试用例未通过 / test case failed: 期望 expected " + expectedOutcome + ", 实际 actual "
                            + actual.outcome()));
        }
        String expectedRules = cell(row, columns[3]);
        if (!expectedRules.isEmpty()) {
            Set<String> expected = expectedRules.equals("-") ? Set.of()
                    : Arrays.stream(expectedRules.split("[,，;\\s]+")).filter(s -> !s.isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> got = new TreeSet<>(actual.ruleIds());
            if (!expected.equals(got)) {
                failures.add(new SheetProblem(file, sheet, rowNo, col(columns[3]),
                        "测试用例未通过 / test case failed: 期望规则 expected " + expected + ", 实际 actual " + got));
            }
        }
    }

    /** Columns of case id, input, expected outcome, expected rules; null while the header row is not reached. */
    private static int[] header(Row row) {
        int[] cols = {-1, -1, -1, -1};
        for (var cell : row) {
            String t = DecisionTableReader.text(cell);
            int c = cell.getColumnIndex();
            if (t.startsWith("用例") || t.toLowerCase().startsWith("case")) {
                cols[0] = c;
            } else if (t.startsWith("输入") || t.toLowerCase().startsWith("input")) {
                cols[1] = c;
            } else if (t.startsWith("期望结论") || t.toLowerCase().startsWith("expected outcome")) {
                cols[2] = c;
            } else if (t.startsWith("期望规则") || t.toLowerCase().startsWith("expected rule")) {
                cols[3] = c;
            }
        }
        return Arrays.stream(cols).allMatch(c -> c >= 0) ? cols : null;
    }

    private static String cell(Row row, int col) {
        return DecisionTableReader.text(row.getCell(col));
    }

    private static String col(int index) {
        return CellReference.convertNumToColString(index);
    }
}
