package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;
import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import cn.lifeinfo.compliance.ruleset.RulesetTestHarness.CaseResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The workbook's settings are the sheet's, not Java's: a copy of rules/assessment/assessment.xlsx with one cell
 * changed behaves differently. Also the test harness, and "rules in force at that date".
 */
class AssessmentRulesTest {

    static byte[] workbook;
    static CompiledRuleset standard;
    static CompiledRuleset calendarYear;
    static CompiledRuleset keyInfoFivePoints;

    @BeforeAll
    static void compile() throws Exception {
        workbook = Files.readAllBytes(Path.of("rules/assessment/assessment.xlsx"));
        RulesetCompiler compiler = new RulesetCompiler(AssessmentRulesTest.class.getClassLoader());
        standard = compiler.compile(RuleFamily.ASSESSMENT, 1, "assessment.xlsx", workbook);
        calendarYear = compiler.compile(RuleFamily.ASSESSMENT, 2, "assessment.xlsx",
                edit("参数 Parameters", "windowMode", 2, "CALENDAR_YEAR"));
        keyInfoFivePoints = compiler.compile(RuleFamily.ASSESSMENT, 3, "assessment.xlsx",
                edit("违规类型 Types", "KEY_INFO_MISSING", 1, "5"));
    }

    @AfterAll
    static void close() {
        standard.close();
        calendarYear.close();
        keyInfoFivePoints.close();
    }

    /** Sets the cell {@code offset} columns right of the cell holding {@code key} on the sheet. */
    static byte[] edit(String sheetName, String key, int offset, String value) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet(sheetName);
            DataFormatter f = new DataFormatter();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (key.equals(f.formatCellValue(cell))) {
                        WorkbookEditor.put(row, cell.getColumnIndex() + offset, value);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        wb.write(out);
                        return out.toByteArray();
                    }
                }
            }
            throw new AssertionError(key + " not on " + sheetName);
        }
    }

    static CaseResult run(CompiledRuleset rules, String json) throws Exception {
        return new AssessmentTestHarness().run(rules, new ObjectMapper().readTree(json));
    }

    @Test
    void calendarYearResetIsASheetSetting() throws Exception {
        String json = "{\"asOf\":\"%s\",\"violations\":[{\"date\":\"2023-12-20\",\"type\":\"LIST_NOT_DESTROYED\"}]}";
        assertEquals("GREY_LIST", run(standard, json.formatted("2024-01-01")).outcome());
        assertEquals("NORMAL", run(calendarYear, json.formatted("2024-01-01")).outcome());
        assertEquals("GREY_LIST", run(calendarYear, json.formatted("2023-12-31")).outcome());
        assertEquals(AssessmentRules.WindowMode.CALENDAR_YEAR, AssessmentRules.of(calendarYear).windowMode());
    }

    @Test
    void pointsAreASheetSetting() throws Exception {
        String json = "{\"asOf\":\"2024-01-01\",\"violations\":[{\"date\":\"2024-01-01\",\"type\":\"KEY_INFO_MISSING\"}]}";
        assertEquals("NORMAL", run(standard, json).outcome());
        assertEquals(new CaseResult("GREY_LIST", Set.of("GREY_LIST")), run(keyInfoFivePoints, json));
    }

    @Test
    void harnessReportsStatusAndFlags() throws Exception {
        CaseResult r = run(standard, "{\"asOf\":\"2024-06-01\",\"violations\":[{\"date\":\"2024-01-01\","
                + "\"type\":\"LEAK_OR_SELL\",\"suspectedCrime\":true}]}");
        assertEquals("TERMINATED", r.outcome());
        assertEquals(List.of("JUDICIAL_REFERRAL", "NO_REHIRE", "TERMINATED"), List.copyOf(r.ruleIds()));
        assertThrows(IllegalArgumentException.class, () -> run(standard,
                "{\"asOf\":\"2024-06-01\",\"violations\":[{\"date\":\"2024-01-01\",\"type\":\"NAPPING\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> run(standard, "{\"violations\":[]}"));
    }

    @Test
    void eachDateIsScoredWithTheRulesInForceOnIt() {
        // version 3 (KEY_INFO_MISSING = 5 points) in force from 2024-03-01
        AssessmentRulesProvider history = d -> AssessmentRules.of(
                d.isBefore(LocalDate.of(2024, 3, 1)) ? standard : keyInfoFivePoints);
        Scorer scorer = new Scorer(history);
        List<ViolationEvent> events = List.of(new ViolationEvent("v1", LocalDate.of(2024, 1, 10), "KEY_INFO_MISSING", false));
        Score before = scorer.score(events, LocalDate.of(2024, 2, 1));
        assertEquals(1, before.activePoints());
        assertEquals(standard.label(), before.rulesetVersion());
        Score after = scorer.score(events, LocalDate.of(2024, 3, 1));
        assertEquals(5, after.activePoints());
        assertEquals("GREY_LIST", after.status());
        assertEquals(keyInfoFivePoints.label(), after.rulesetVersion());
    }

    @Test
    void derivationAndCommissionComeFromTheSheet() {
        AssessmentRules rules = AssessmentRules.of(standard);
        assertEquals(Set.of("NON_CUSTOMER_CONTACT", "KEY_INFO_MISSING"),
                rules.derive(List.of("TRU-PHONE-009", "TRU-NAME-001", "GATE-UW-001"), false));
        assertEquals(Set.of(), rules.derive(List.of("TRU-XREC-002"), false));
        assertEquals(Set.of("SHARED_FAKE_CONTACT"), rules.derive(List.of("TRU-XREC-002"), true));
        assertEquals(30, rules.correctionDeadlineDays());
        assertEquals("PEN-INT-003", rules.commission(
                new cn.lifeinfo.compliance.assessment.facts.CommissionCase(true, true, true, false, false)).ruleId());
    }
}
