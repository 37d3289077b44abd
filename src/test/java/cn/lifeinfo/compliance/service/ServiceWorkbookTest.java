package cn.lifeinfo.compliance.service;

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

    @Test
    void shippedWorkbookCompilesAndPassesItsCases() throws Exception {
        byte[] bytes = Files.readAllBytes(ServiceWorkbookGenerator.FILE);
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 1, "service.xlsx", bytes)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", bytes, rules, HARNESS);
            assertTrue(report.passed(), report.failures().toString());
            assertEquals(ServiceWorkbookGenerator.cases().size(), report.cases());
            assertEquals(15, ServiceParameters.of(rules).coolingOffDays());
            assertEquals(2, ServiceParameters.of(rules).approvalsNeeded("IDENTITY_CHANGE"));
        }
    }

    @Test
    void shippedWorkbookIsTheGeneratorsOutputInContent() throws Exception {
        // the bytes differ by timestamps inside the zip; the cells must not
        String shipped = WorkbookText.of(Files.readAllBytes(ServiceWorkbookGenerator.FILE));
        String generated = WorkbookText.of(ServiceWorkbookGenerator.bytes());
        assertEquals(generated, shipped, "rules/service/service.xlsx is stale: run ServiceWorkbookGenerator");
    }

    @Test
    void anEditedExpectedOutcomeFailsAtItsRowAndColumn() throws Exception {
        byte[] edited = WorkbookText.edit(ServiceWorkbookGenerator.bytes(), "测试用例 Tests", 0, "SV-02", 2, "PERMIT");
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 3, "service.xlsx", edited)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", edited, rules, HARNESS);
            assertEquals(1, report.failures().size(), report.failures().toString());
            assertEquals(Integer.valueOf(3), report.failures().get(0).row());
            assertEquals("C", report.failures().get(0).column());
            assertTrue(report.failures().get(0).message().contains("DENY"), report.failures().toString());
        }
    }

    @Test
    void aDecisionCellOutsideTheApiIsRefused() throws Exception {
        byte[] edited = WorkbookText.edit(ServiceWorkbookGenerator.bytes(), "判定顺序 Decisions",
                ServiceWorkbookGenerator.CONDITIONS.length + 1, "GATE-MOB-005", ServiceWorkbookGenerator.CONDITIONS.length + 3,
                "REFUSE");
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 4, "service.xlsx", edited)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", edited, rules, HARNESS);
            assertTrue(!report.passed() && report.failures().get(0).message().contains("REFUSE"),
                    report.failures().toString());
        }
    }

    @Test
    void garbledParameterIsRefused() throws Exception {
        byte[] edited = WorkbookText.edit(ServiceWorkbookGenerator.bytes(), "参数 Parameters",
                ServiceParameters.COOLING_OFF_DAYS, 2, "十五");
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        try (CompiledRuleset rules = compiler.compile(RuleFamily.SERVICE, 2, "service.xlsx", edited)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServiceParameters.of(rules));
            assertTrue(e.getMessage().contains(ServiceParameters.COOLING_OFF_DAYS), e.getMessage());
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", edited, rules, HARNESS);
            assertTrue(!report.passed());
        }
    }
}
