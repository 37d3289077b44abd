package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.ruleset.SheetProblem;
import cn.lifeinfo.compliance.ruleset.RulesetInvalidException;
import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;
import cn.lifeinfo.compliance.ruleset.WorkbookTestCases;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped service workbook is what its generator writes, compiles, and passes its own test-case sheet; a
 * Parameters sheet with a garbled value is refused.
 */
class ServiceWorkbookTest {

    static final ServiceTestHarness HARNESS = new ServiceTestHarness(new ContactKeys(new IdentifierHasher("test-key")));

    private static final byte[] SHIPPED = WorkbookEditor.shipped(RuleFamily.SERVICE);

    @Test
    void shippedWorkbookCompilesAndPassesItsCases() throws Exception {
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 1, "service.xlsx", SHIPPED)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", SHIPPED, rules, HARNESS);
            assertTrue(report.passed(), report.failures().toString());
            assertEquals(32, report.cases());
            assertEquals(15, ServiceParameters.of(rules).coolingOffDays());
            assertEquals(2, ServiceParameters.of(rules).approvalsNeeded("IDENTITY_CHANGE"));
        }
    }

    @Test
    void anEditedExpectedOutcomeFailsAtItsRowAndColumn() throws Exception {
        WorkbookEditor editor = WorkbookEditor.of(SHIPPED).set("测试用例", "SV-02", "期望结论", "PERMIT");
        byte[] edited = editor.bytes();
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 3, "service.xlsx", edited)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", edited, rules, HARNESS);
            assertEquals(1, report.failures().size(), report.failures().toString());
            assertEquals(Integer.valueOf(editor.rowOf("测试用例", "SV-02")), report.failures().get(0).row());
            assertEquals(editor.columnOf("测试用例", "期望结论"), report.failures().get(0).column());
            assertTrue(report.failures().get(0).message().contains("DENY"), report.failures().toString());
        }
    }

    /**
     * The lifecycle periods (LIFE-LIST-001, LIFE-UPD-001) are rows of the 参数 sheet; a version stored before those
     * rows existed is read with the catalog's defaults, 30 days and 12 months.
     */
    @Test
    void lifecyclePeriodsComeFromTheSheetOrTheirDefaults() throws Exception {
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        byte[] edited = WorkbookEditor.of(SHIPPED).set("参数", ServiceParameters.LIST_DESTROY_WITHIN_DAYS, "取值", "10")
                .set("参数", ServiceParameters.REVERIFICATION_INTERVAL_MONTHS, "取值", "6").bytes();
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 4, "service.xlsx", edited)) {
            assertEquals(10, ServiceParameters.of(rules).listDestroyWithinDays());
            assertEquals(6, ServiceParameters.of(rules).reverificationIntervalMonths());
        }
        byte[] older = withoutRows(SHIPPED, ServiceParameters.LIST_DESTROY_WITHIN_DAYS,
                ServiceParameters.REVERIFICATION_INTERVAL_MONTHS);
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 5, "service.xlsx", older)) {
            assertEquals(30, ServiceParameters.of(rules).listDestroyWithinDays());
            assertEquals(12, ServiceParameters.of(rules).reverificationIntervalMonths());
            assertEquals(15, ServiceParameters.of(rules).coolingOffDays());
        }
    }

    /** The workbook as it was before these parameter rows: the rows removed from the 参数 sheet. */
    private static byte[] withoutRows(byte[] workbook, String... keys) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook));
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.getSheet("参数 Parameters");
            for (int r = sheet.getLastRowNum(); r > 0; r--) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null
                        && java.util.List.of(keys).contains(row.getCell(0).getStringCellValue())) {
                    sheet.removeRow(row);
                    if (r < sheet.getLastRowNum()) {
                        sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A decision the API does not know, or a parameter that is not a number, never reaches the compiler. */
    @Test
    void aDecisionOutsideTheApiOrAGarbledParameterIsRefusedAtItsCell() {
        WorkbookEditor decision = WorkbookEditor.of(SHIPPED).set("判定顺序", "GATE-MOB-005", "结论", "REFUSE");
        SheetProblem p = onlyProblem(decision.bytes());
        assertEquals(decision.rowOf("判定顺序", "GATE-MOB-005"), p.row());
        assertEquals(decision.columnOf("判定顺序", "结论"), p.column());
        assertTrue(p.message().contains("REFUSE"), p.message());

        WorkbookEditor parameter = WorkbookEditor.of(SHIPPED)
                .set("参数", ServiceParameters.COOLING_OFF_DAYS, "取值", "十五");
        SheetProblem q = onlyProblem(parameter.bytes());
        assertEquals(parameter.rowOf("参数", ServiceParameters.COOLING_OFF_DAYS), q.row());
        assertEquals(parameter.columnOf("参数", "取值"), q.column());
    }

    private SheetProblem onlyProblem(byte[] workbook) {
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class,
                () -> compiler.compile(RuleFamily.SERVICE, 2, "service.xlsx", workbook).close());
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }
}
