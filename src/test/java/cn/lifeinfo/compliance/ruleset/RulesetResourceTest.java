package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.identity.DefaultCaller;
import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class RulesetResourceTest {

    static final String RULES = "/api/v1/rulesets/truthfulness";
    int original;

    @BeforeEach
    void rememberActive() {
        original = activeVersion();
    }

    @AfterEach
    void restoreActive() {
        if (activeVersion() != original) {
            activate(original, "restorer").then().statusCode(200);
        }
    }

    static int activeVersion() {
        return given().when().get("/api/v1/rulesets").then().statusCode(200).extract()
                .path("find { it.family == 'truthfulness' }.activeVersion");
    }

    public static Response upload(byte[] bytes, String fileName, String user) {
        return given().header(Tokens.user(user)).multiPart("file", fileName, bytes)
                .when().post(RULES);
    }

    static Response activate(int version, String user) {
        return given().header(Tokens.user(user)).when().post(RULES + "/versions/" + version + "/activate");
    }

    static JsonPath decideOther() {
        return given().contentType(ContentType.JSON)
                .body(with(clean(), "insured.relationshipToPolicyholder", "OTHER").toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200).extract().jsonPath();
    }

    /** TRU-REL-006 raised from WARN to FAIL, with the workbook's own test case TC-03 updated to match. */
    public static byte[] relationshipOtherFails() {
        return WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook())
                .set("关系", "TRU-REL-006", "严重程度", "FAIL")
                .set("测试用例", "TC-03", "期望结论", "FAIL")
                .set("测试用例", "TC-03", "期望规则", "TRU-REL-006, GATE-UW-002")
                .bytes();
    }

    @Test
    void severityChangedInTheSheetChangesDecisionsAfterFourEyesActivationWithoutRestart() {
        assertEquals("WARN", decideOther().getString("findings[0].severity"));
        int version = upload(relationshipOtherFails(), "truthfulness.xlsx", "alice")
                .then().statusCode(201).body("status", equalTo("VALIDATED")).extract().path("version");
        // nothing changes on upload
        assertEquals("WARN", decideOther().getString("findings[0].severity"));
        activate(version, "alice").then().statusCode(403).contentType("application/problem+json");
        activate(version, "bob").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("approvedBy", equalTo("bob"));
        JsonPath after = decideOther();
        assertEquals("FAIL", after.getString("findings[0].severity"));
        assertEquals("BLOCK", after.getString("underwritingGate"));
        assertEquals("truthfulness@" + version, after.getString("rulesetVersion"));
        // rollback = activating the earlier version
        activate(original, "bob").then().statusCode(200);
        JsonPath back = decideOther();
        assertEquals("WARN", back.getString("findings[0].severity"));
        assertEquals("truthfulness@" + original, back.getString("rulesetVersion"));
        List<Map<String, Object>> changes = given().when().get(RULES + "/changes").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertTrue(changes.stream().anyMatch(c -> "ACTIVATED".equals(c.get("action")) && "bob".equals(c.get("actor"))
                && Integer.valueOf(version).equals(c.get("toVersion"))));
        assertTrue(changes.stream().anyMatch(c -> "ROLLED_BACK".equals(c.get("action"))
                && Integer.valueOf(version).equals(c.get("fromVersion"))));
    }

    @Test
    void failingOwnTestCaseRejectsTheUploadWithTheRowAndKeepsServing() {
        byte[] changedWithoutTest = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook())
                .set("关系", "TRU-REL-006", "严重程度", "FAIL").bytes();
        Response r = upload(changedWithoutTest, "truthfulness.xlsx", "alice");
        r.then().statusCode(422).contentType("application/problem+json")
                .body("errors.sheet", hasItem("测试用例 Tests"))
                .body("errors.row", hasItem(4))
                .body("errors.column", hasItem("C"))
                .body("errors.message", hasItem(containsString("expected PASS, 实际 actual FAIL")));
        int rejected = given().when().get("/api/v1/rulesets").then().extract()
                .path("find { it.family == 'truthfulness' }.versions.max { it.version }.version");
        activate(rejected, "bob").then().statusCode(409).body("detail", containsString("rejected"));
        assertEquals("WARN", decideOther().getString("findings[0].severity"));
    }

    @Test
    void badLiteralIsRejectedWithSheetRowAndColumn() {
        WorkbookEditor editor = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook());
        int row = editor.rowOf("人员", "TRU-AGE-001");
        String column = editor.columnOf("人员", "年龄大于");
        byte[] bad = editor.set("人员", "TRU-AGE-001", "年龄大于", "abc").bytes();
        upload(bad, "truthfulness.xlsx", "alice").then().statusCode(422)
                .body("errors[0].file", equalTo("truthfulness.xlsx"))
                .body("errors[0].sheet", equalTo("人员 Person"))
                .body("errors[0].row", equalTo(row))
                .body("errors[0].column", equalTo(column));
        assertEquals("WARN", decideOther().getString("findings[0].severity"));
    }

    @Test
    void blankRequiredActionCellIsRejected() {
        WorkbookEditor editor = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook());
        int row = editor.rowOf("电话", "TRU-PHONE-003");
        byte[] bad = editor.set("电话", "TRU-PHONE-003", "中文原因", "").bytes();
        upload(bad, "truthfulness.xlsx", "alice").then().statusCode(422)
                .body("errors[0].sheet", equalTo("电话 Phone"))
                .body("errors[0].row", equalTo(row))
                .body("errors[0].message", containsString("required"));
    }

    @Test
    void corruptAndNonSpreadsheetFilesAreRejectedClearly() {
        byte[] good = WorkbookEditor.truthfulnessWorkbook();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 3);
        upload(truncated, "truthfulness.xlsx", "alice").then().statusCode(422)
                .body("errors[0].message", containsString("corrupt"));
        upload("just some text".getBytes(), "rules.xlsx", "alice").then().statusCode(422)
                .body("errors[0].message", containsString("Not a spreadsheet"));
        assertEquals("WARN", decideOther().getString("findings[0].severity"));
    }

    @Test
    void twoActivationsAtOnceLeaveExactlyOneActiveVersion() throws Exception {
        int a = upload(relationshipOtherFails(), "a.xlsx", "alice").then().statusCode(201).extract().path("version");
        int b = upload(relationshipOtherFails(), "b.xlsx", "alice").then().statusCode(201).extract().path("version");
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> activate(a, "bob"));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> activate(b, "carol"));
        for (Response r : List.of(first.get(), second.get())) {
            assertTrue(r.statusCode() == 200 || r.statusCode() == 409, () -> "status " + r.statusCode());
        }
        List<String> active = given().when().get("/api/v1/rulesets").then().extract()
                .path("find { it.family == 'truthfulness' }.versions.findAll { it.status == 'ACTIVE' }.label");
        assertEquals(1, active.size());
        int served = given().when().get("/api/v1/rulesets").then().extract()
                .path("find { it.family == 'truthfulness' }.servedVersion");
        assertEquals(active.get(0), "truthfulness@" + served);
    }

    @Test
    void diffShowsTheChangedCellAndTheFileComesBackAsUploaded() {
        byte[] changed = relationshipOtherFails();
        int version = upload(changed, "truthfulness.xlsx", "alice").then().statusCode(201).extract().path("version");
        given().when().get(RULES + "/versions/" + original + "/diff/" + version).then().statusCode(200)
                .body("sheets.find { it.sheet == '关系 Relationship' }.changed[0].key", equalTo("TRU-REL-006#1"))
                .body("sheets.find { it.sheet == '关系 Relationship' }.changed[0].cells[0].before", equalTo("WARN"))
                .body("sheets.find { it.sheet == '关系 Relationship' }.changed[0].cells[0].after", equalTo("FAIL"));
        byte[] back = given().when().get(RULES + "/versions/" + version + "/file").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(changed, back);
    }

    @Test
    void fourEyesComparesTokenUsersAndNeedsTheApproverRole() {
        byte[] same = WorkbookEditor.truthfulnessWorkbook();
        int version = given().header(Tokens.as("carol", Roles.RULE_AUTHOR, Roles.RULE_APPROVER))
                .multiPart("file", "truthfulness.xlsx", same).when().post(RULES)
                .then().statusCode(201).body("uploadedBy", equalTo("carol")).extract().path("version");
        // both roles, still the uploader
        given().header(Tokens.as("carol", Roles.RULE_AUTHOR, Roles.RULE_APPROVER))
                .when().post(RULES + "/versions/" + version + "/activate")
                .then().statusCode(403).contentType("application/problem+json");
        // another user, but only an author
        given().header(Tokens.as("alice", Roles.RULE_AUTHOR)).when().post(RULES + "/versions/" + version + "/activate")
                .then().statusCode(403);
        given().header(Tokens.as("bob", Roles.RULE_APPROVER)).when().post(RULES + "/versions/" + version + "/activate")
                .then().statusCode(200).body("approvedBy", equalTo("bob"));
        List<Map<String, Object>> changes = given().header(Tokens.as("audit", Roles.AUDITOR))
                .when().get(RULES + "/changes").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(changes.stream().anyMatch(c -> "ACTIVATED".equals(c.get("action")) && "bob".equals(c.get("actor"))
                && Integer.valueOf(version).equals(c.get("toVersion"))), "activation names the approver's token user");
        assertTrue(changes.stream().anyMatch(c -> "carol".equals(c.get("actor"))
                && Integer.valueOf(version).equals(c.get("toVersion"))), "upload names the uploader's token user");
    }

    @Test
    void uploadNeedsAUserAndAKnownFamily() {
        given().noFiltersOfType(DefaultCaller.class).multiPart("file", "t.xlsx", WorkbookEditor.truthfulnessWorkbook())
                .when().post(RULES).then().statusCode(401);
        given().header(Tokens.user("alice")).multiPart("file", "t.xlsx", new byte[]{1})
                .when().post("/api/v1/rulesets/astrology").then().statusCode(404);
    }
}
