package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.access.AccessTestHarness;
import cn.lifeinfo.compliance.assessment.AssessmentTestHarness;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessTestHarness;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each shipped workbook carries its own "测试用例 Tests" sheet: every case passes with the family's harness (the
 * CDI beans the service runs on upload and at first start), and changing one expected outcome is reported as exactly
 * one failure at that sheet, row and column.
 */
@QuarkusTest
class WorkbookTestCasesTest {

    static final String TESTS = "测试用例 Tests";
    static final String EXPECTED_OUTCOME = "期望结论";

    @Inject
    ObjectMapper json;
    @Inject
    TruthfulnessTestHarness truthfulness;
    @Inject
    AccessTestHarness access;
    @Inject
    AssessmentTestHarness assessment;

    @Test
    void truthfulnessCasesPassAndAnEditedOutcomeFails() throws IOException {
        check(RuleFamily.TRUTHFULNESS, "rules/truthfulness/truthfulness.xlsx", truthfulness, "TC-02", "PASS");
    }

    @Test
    void accessCasesPassAndAnEditedOutcomeFails() throws IOException {
        check(RuleFamily.ACCESS, "rules/access/access.xlsx", access, "AC-03", "PERMIT");
    }

    @Test
    void assessmentCasesPassAndAnEditedOutcomeFails() throws IOException {
        check(RuleFamily.ASSESSMENT, "rules/assessment/assessment.xlsx", assessment, "AS-06", "DEMOTION");
    }

    void check(RuleFamily family, String path, RulesetTestHarness harness, String caseId, String wrongOutcome)
            throws IOException {
        assertEquals(family, harness.family());
        byte[] bytes = Files.readAllBytes(Path.of(path));
        String file = Path.of(path).getFileName().toString();
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());

        try (CompiledRuleset shipped = compiler.compile(family, 1, file, bytes)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(json).run(file, bytes, shipped, harness);
            assertTrue(report.cases() >= 5, () -> file + " has only " + report.cases() + " test cases");
            assertEquals(List.of(), report.failures(), file);
        }

        WorkbookEditor editor = WorkbookEditor.of(bytes).set(TESTS, caseId, EXPECTED_OUTCOME, wrongOutcome);
        int row = editor.rowOf(TESTS, caseId);
        String column = editor.columnOf(TESTS, EXPECTED_OUTCOME);
        byte[] edited = editor.bytes();
        try (CompiledRuleset candidate = compiler.compile(family, 2, file, edited)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(json).run(file, edited, candidate, harness);
            assertEquals(1, report.failures().size(), () -> file + ": " + report.failures());
            SheetProblem failure = report.failures().get(0);
            assertEquals(TESTS, failure.sheet());
            assertEquals(row, failure.row());
            assertEquals(column, failure.column());
            assertEquals(file, failure.file());
            assertTrue(failure.message().contains(wrongOutcome), failure::message);
        }
    }

    /** Issue #12 item 2: the input is the row's field cells; one edited cell changes the case, "(空)" is null. */
    @Test
    void aFieldCellIsTheCasesInput() throws IOException {
        byte[] bytes = WorkbookEditor.shipped(RuleFamily.TRUTHFULNESS);
        RulesetCompiler compiler = new RulesetCompiler(getClass().getClassLoader());
        WorkbookEditor editor = WorkbookEditor.of(bytes).set(TESTS, "TC-01", "投保人姓名", "(空)");
        int row = editor.rowOf(TESTS, "TC-01");
        byte[] edited = editor.bytes();
        try (CompiledRuleset rules = compiler.compile(RuleFamily.TRUTHFULNESS, 3, "t.xlsx", edited)) {
            WorkbookTestCases.Report report = new WorkbookTestCases(json).run("t.xlsx", edited, rules, truthfulness);
            assertEquals(2, report.failures().size(), () -> "outcome and rules: " + report.failures());
            assertEquals(row, report.failures().get(0).row());
            assertTrue(report.failures().get(0).message().contains("期望 expected PASS, 实际 actual FAIL"),
                    report.failures().get(0)::message);
            assertTrue(report.failures().get(1).message().contains("TRU-NAME-001"), report.failures().get(1)::message);
        }
    }
}
