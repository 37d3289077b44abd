package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;
import cn.lifeinfo.compliance.ruleset.RulesetInvalidException;
import cn.lifeinfo.compliance.ruleset.SheetProblem;
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
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compliance staff change access control by editing the workbook only: here a new role is added as a row, a
 * field is reclassified, a role's level is changed, a message is reworded and the ACC-MON-001 alert retuned, and the
 * edited workbook is compiled and decides accordingly, with no Java change.
 */
class AccessWorkbookEditTest {

    static CompiledRuleset edited;
    static RulesetInvalidException brokenMonitoring;
    static final AccessEngine ENGINE = new AccessEngine();
    static final DataFormatter FMT = new DataFormatter();

    @BeforeAll
    static void editAndCompile() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("rules/access/access.xlsx"));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            // 1. a new role: a copy of the AGENT row named SENIOR_AGENT, seeing FINANCIAL in full
            Sheet roles = wb.getSheet("角色矩阵 Roles");
            Row agent = find(roles, 0, "AGENT");
            Row added = roles.createRow(roles.getLastRowNum() + 1);
            for (Cell c : agent) {
                WorkbookEditor.put(added, c.getColumnIndex(), FMT.formatCellValue(c));
            }
            WorkbookEditor.put(added, 0, "SENIOR_AGENT");
            WorkbookEditor.put(added, 15, "F");                 // FINANCIAL column
            // 2. a role's level: CUSTOMER_SERVICE now sees CONTACT in full
            WorkbookEditor.put(find(roles, 0, "CUSTOMER_SERVICE"), 11, "F");
            // 3. a field's class: email becomes HEALTH (which an AGENT may not see)
            WorkbookEditor.put(find(wb.getSheet("字段分类 Fields"), 0, "email"), 2, "HEALTH");
            // 4. a message
            Sheet decisions = wb.getSheet("判定顺序 Decisions");
            for (Row r : decisions) {
                Cell id = r.getCell(0);
                if (id != null && FMT.formatCellValue(id).equals("ACC-ROLE-001")) {
                    WorkbookEditor.put(r, 34, "Role not authorised (edited)");
                }
            }
            // 5. the ACC-MON-001 alert: two ACC-SCOPE-001 denials within 8 hours, reworded
            Row monitor = find(wb.getSheet(AccessMonitoring.SHEET), 0, AccessMonitoring.RULE_ID);
            WorkbookEditor.put(monitor, 2, "ACC-SCOPE-001");
            WorkbookEditor.put(monitor, 3, "2");
            WorkbookEditor.put(monitor, 4, "8");
            WorkbookEditor.put(monitor, 5, "疑似越权查询(已修改)");
            // 6. PIPL Art. 28's age, as a company stricter than the law would set it: under 16
            WorkbookEditor.put(find(wb.getSheet("参数 Parameters"), 0, AccessEngine.MINOR_AGE), 2, "16");
            edited = compile(wb, 99);
            // and a threshold nobody can use
            WorkbookEditor.put(monitor, 3, "三次");
            brokenMonitoring = assertThrows(RulesetInvalidException.class, () -> compile(wb, 100));
        }
    }

    static CompiledRuleset compile(Workbook wb, int version) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return new RulesetCompiler(AccessWorkbookEditTest.class.getClassLoader())
                .compile(RuleFamily.ACCESS, version, "access.xlsx", out.toByteArray());
    }

    @AfterAll
    static void close() {
        edited.close();
    }

    static Row find(Sheet sheet, int col, String value) {
        for (Row r : sheet) {
            if (r.getCell(col) != null && FMT.formatCellValue(r.getCell(col)).equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row " + value + " in " + sheet.getSheetName());
    }

    static AccessRequest request(String role, String purpose, List<String> fields, Boolean callerVerified) {
        return new AccessRequest(
                new AccessRequest.Subject("u", role, "ACTIVE", "INSURER", "3301", "A001", null, null, null),
                "VIEW",
                new AccessRequest.Resource("C1", "P1", "330106", "A001", null, null, 40, fields),
                purpose,
                new AccessRequest.Context(null, null, callerVerified, null, null, null));
    }

    @Test
    void anAddedRoleRowIsARole() {
        AccessEngine.Outcome o = ENGINE.decide(edited, request("SENIOR_AGENT", "SALES_SERVICE",
                List.of("name", "bankAccount", "idNumber"), null));
        assertEquals(AccessVerdict.PERMIT, o.decision());
        assertEquals(List.of("idNumber"), o.mask());
    }

    @Test
    void aChangedLevelChangesTheMask() {
        AccessEngine.Outcome o = ENGINE.decide(edited, request("CUSTOMER_SERVICE", "CUSTOMER_SERVICE",
                List.of("mobile", "idNumber"), true));
        assertEquals(List.of("idNumber"), o.mask());
    }

    @Test
    void aReclassifiedFieldFollowsItsNewClass() {
        AccessEngine.Outcome o = ENGINE.decide(edited, request("AGENT", "SALES_SERVICE", List.of("email"), null));
        assertEquals(AccessVerdict.DENY, o.decision());
        assertEquals("ACC-FIELD-001", o.ruleId());
    }

    @Test
    void aChangedMessageIsAnswered() {
        AccessEngine.Outcome o = ENGINE.decide(edited, request("NOBODY", "SALES_SERVICE", List.of("name"), null));
        assertEquals("ACC-ROLE-001", o.ruleId());
        assertEquals("Role not authorised (edited)", o.messageEn());
    }

    @Test
    void theAlertThresholdWindowAndMessageComeFromTheSheet() {
        AccessMonitoring m = AccessMonitoring.of(edited);
        assertEquals(List.of("ACC-SCOPE-001"), m.countedRuleIds());
        assertEquals(2, m.denials());
        assertEquals(Duration.ofHours(8), m.window());
        assertEquals("疑似越权查询(已修改)", m.messageZh());
        assertEquals("ACCESS_BEYOND_SCOPE", m.suggestedViolationType());
    }

    static AccessRequest marketingTo(int dataSubjectAge) {
        return new AccessRequest(
                new AccessRequest.Subject("u", "MARKETING_STAFF", "ACTIVE", "INSURER", "3301", null, null, null, null),
                "VIEW",
                new AccessRequest.Resource("C1", "P1", "330106", "A001", null, null, dataSubjectAge,
                        List.of("name", "productName", "mobile")),
                "MARKETING",
                new AccessRequest.Context(null, null, null, null, new AccessRequest.CustomerConsent(true, null, null),
                        null));
    }

    // the age below which everything about a data subject is sensitive is the workbook's, not the code's
    @Test
    void theMinorAgeComesFromTheParametersSheet() throws Exception {
        try (CompiledRuleset shipped = new RulesetCompiler(AccessWorkbookEditTest.class.getClassLoader())
                .compile(RuleFamily.ACCESS, 98, "access.xlsx", Files.readAllBytes(Path.of("rules/access/access.xlsx")))) {
            assertEquals(AccessVerdict.PERMIT, ENGINE.decide(shipped, marketingTo(15)).decision());
            assertEquals("ACC-MINOR-001", ENGINE.decide(shipped, marketingTo(13)).ruleId());
        }
        AccessEngine.Outcome fifteen = ENGINE.decide(edited, marketingTo(15));
        assertEquals(AccessVerdict.DENY, fifteen.decision());
        assertEquals("ACC-MINOR-001", fifteen.ruleId());
        assertEquals(AccessVerdict.PERMIT, ENGINE.decide(edited, marketingTo(16)).decision());
    }

    @Test
    void anUnusableThresholdIsRejectedNamingTheSheetAndColumn() {
        // the column's grammar (a whole number) refuses it on upload, before anything is compiled
        SheetProblem p = brokenMonitoring.problems().get(0);
        assertEquals(AccessMonitoring.SHEET, p.sheet());
        assertEquals("D", p.column());
        assertTrue(p.message().contains("次数阈值") && p.message().contains("三次"), p.message());
    }
}
