package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PEN-BR-001 tasks and findings, PEN-BR-002 remediation deadlines and sanctions, over HTTP. */
@QuarkusTest
class InspectionResourceTest {

    static boolean ready;

    @BeforeEach
    void branches() {
        if (ready) {
            return;
        }
        ready = true;
        agent("INS-A", "5301");
        agent("INS-B", "530102");
        agent("INS-C", "5302");
    }

    static void agent(String code, String branch) {
        given().contentType(ContentType.JSON)
                .body("{\"agentCode\":\"" + code + "\",\"name\":\"测试\",\"gender\":\"F\",\"birthDate\":\"1990-01-02\","
                        + "\"idType\":\"RESIDENT_ID\",\"idNumber\":\"11010519491231002X\",\"mobile\":\"13600001234\","
                        + "\"branchCode\":\"" + branch + "\",\"status\":\"ACTIVE\"}")
                .when().put("/api/v1/agents/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static JsonPath open(int year) {
        return given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", "inspector"))
                .body("{\"year\":" + year + "}").when().post("/api/v1/branches/inspections")
                .then().statusCode(200).extract().jsonPath();
    }

    static String inspectionOf(String branch, int year) {
        open(year);
        List<Map<String, Object>> found = given().when()
                .get("/api/v1/branches/inspections?year=" + year + "&branchCode=" + branch)
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.branchCode == '" + branch + "' }");
        assertEquals(1, found.size(), branch + " " + year);
        return (String) found.get(0).get("inspectionId");
    }

    static String finding(String inspectionId, String foundOn, String deadline) {
        return given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", "inspector"))
                .body("{\"description\":\"客户电话为业务员电话未整改\",\"severity\":\"HIGH\",\"foundOn\":\"" + foundOn
                        + "\",\"remediationDeadline\":\"" + deadline + "\",\"branchHeadId\":\"E1001\","
                        + "\"responsiblePersonIds\":[\"E2001\",\"E2002\"]}")
                .when().post("/api/v1/branches/inspections/" + inspectionId + "/findings")
                .then().statusCode(201).body("status", equalTo("OVERDUE")).extract().path("findingId");
    }

    static void remediate(String findingId, String on, int status) {
        given().contentType(ContentType.JSON).body("{\"remediatedOn\":\"" + on + "\",\"evidence\":\"整改报告 2025-07 号\"}")
                .when().post("/api/v1/branches/inspections/findings/" + findingId + "/remediation")
                .then().statusCode(status);
    }

    static JsonPath check(String asOf) {
        return given().when().post("/api/v1/branches/inspections/sanction-check?asOf=" + asOf)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void openingAYearTwiceOpensEachKnownBranchOnce() {
        JsonPath first = open(2023);
        assertTrue(first.getInt("opened") >= 3, first.prettify());
        List<String> mine = given().when().get("/api/v1/branches/inspections?year=2023&branchCode=53")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.everyItem(equalTo("OPEN")))
                .body("ruleId", hasItem("PEN-BR-001"))
                .extract().jsonPath().getList("branchCode");
        assertEquals(List.of("5301", "530102", "5302"), mine);
        JsonPath again = open(2023);
        assertEquals(0, again.getInt("opened"));
        assertEquals(first.getInt("opened") + first.getInt("alreadyOpen"), again.getInt("alreadyOpen"));
        assertEquals(first.getList("inspections.inspectionId"), again.getList("inspections.inspectionId"));
        given().when().get("/api/v1/branches/inspections?year=2023&branchCode=5301").then().statusCode(200)
                .body("branchName", hasItem("云南省昆明市"));
    }

    @Test
    void aFindingRemediatedOnItsDeadlineIsInTimeTheDayAfterIsNot() {
        String inspection = inspectionOf("530102", 2025);
        String onDeadline = finding(inspection, "2025-03-01", "2025-03-31");
        String late = finding(inspection, "2025-03-01", "2025-03-31");
        String never = finding(inspection, "2025-03-01", "2025-03-31");
        remediate(onDeadline, "2025-03-31", 200);
        remediate(late, "2025-04-01", 200);

        // on the deadline day nothing is overdue yet
        JsonPath onDay = check("2025-03-31");
        assertTrue(onDay.getList("sanctions.findingId").stream().noneMatch(List.of(onDeadline, late, never)::contains));

        JsonPath dayAfter = check("2025-04-01");
        List<String> sanctioned = dayAfter.getList("sanctions.findingId");
        assertTrue(sanctioned.containsAll(List.of(late, never)), dayAfter.prettify());
        assertTrue(!sanctioned.contains(onDeadline), dayAfter.prettify());
        Map<String, Object> s = dayAfter.getMap("sanctions.find { it.findingId == '" + never + "' }");
        assertEquals("PEN-BR-002", s.get("ruleId"));
        assertEquals("清查整改不到位,对主管人员和直接责任人处罚", s.get("reasonZh"));
        assertEquals("E1001", s.get("branchHeadId"));
        assertEquals(List.of("E2001", "E2002"), s.get("responsiblePersonIds"));
        assertEquals("530102", s.get("branchCode"));
        assertEquals("2025-04-01", s.get("checkedAsOf"));

        // once per finding, however often it is checked
        JsonPath later = check("2025-06-30");
        assertTrue(later.getList("sanctions.findingId").stream().noneMatch(List.of(onDeadline, late, never)::contains));
        given().when().get("/api/v1/branches/inspections/" + inspection).then().statusCode(200)
                .body("status", equalTo("SANCTIONED"))
                .body("sanctions.size()", equalTo(2))
                .body("findings.find { it.findingId == '" + onDeadline + "' }.status", equalTo("REMEDIATED"))
                .body("findings.find { it.findingId == '" + late + "' }.status", equalTo("REMEDIATED_LATE"))
                .body("findings.find { it.findingId == '" + never + "' }.status", equalTo("OVERDUE"));

        // a remediation is recorded once; a sanction is never changed or removed
        remediate(onDeadline, "2025-04-02", 409);
        LegacyCleanupResourceTest.assertAppendOnly("branch_sanction", "branch_head_id = 'nobody'");
    }

    @Test
    void anInspectionWhoseFindingsAreAllRemediatedInTimeIsRemediated() {
        String inspection = inspectionOf("5301", 2025);
        String f = finding(inspection, "2025-05-01", "2025-05-31");
        given().when().get("/api/v1/branches/inspections/" + inspection).then()
                .body("status", equalTo("REMEDIATION_PENDING"));
        remediate(f, "2025-05-20", 200);
        check("2025-12-31");
        given().when().get("/api/v1/branches/inspections/" + inspection).then()
                .body("status", equalTo("REMEDIATED")).body("sanctions.size()", equalTo(0))
                .body("findings[0].evidence", equalTo("整改报告 2025-07 号"))
                .body("findings[0].remediationRecordedBy", equalTo("test-client"));
    }

    @Test
    void aManagerReadsHisOwnBranchesInspectionsOnly() {
        String other = inspectionOf("5302", 2025);
        inspectionOf("5301", 2025);
        List<String> seen = given().header(Tokens.manager("wang.km", "5301")).when()
                .get("/api/v1/branches/inspections?year=2025").then().statusCode(200)
                .extract().jsonPath().getList("branchCode");
        assertTrue(seen.contains("5301") && seen.contains("530102"), seen.toString());
        assertTrue(seen.stream().allMatch(b -> b.startsWith("5301")), seen.toString());
        // a wider prefix narrows to his branches; another branch is refused
        assertEquals(seen, given().header(Tokens.manager("wang.km", "5301")).when()
                .get("/api/v1/branches/inspections?year=2025&branchCode=53").then().statusCode(200)
                .extract().jsonPath().getList("branchCode"));
        given().header(Tokens.manager("wang.km", "5301")).when()
                .get("/api/v1/branches/inspections?branchCode=5302").then().statusCode(403)
                .contentType("application/problem+json");
        given().header(Tokens.manager("wang.km", "5301")).when().get("/api/v1/branches/inspections/" + other)
                .then().statusCode(403);
        given().header(Tokens.manager("wang.km", "5301")).contentType(ContentType.JSON).body("{\"year\":2025}")
                .when().post("/api/v1/branches/inspections").then().statusCode(403);
    }

    @Test
    void invalidRequestsName400FieldPaths() {
        post("/api/v1/branches/inspections", "{}").body("errors.field", hasItem("year"));
        post("/api/v1/branches/inspections", "{\"year\":\"next\"}").body("errors.field", hasItem("year"));
        post("/api/v1/branches/inspections", "{\"year\":2012}").body("errors.field", hasItem("year"));
        post("/api/v1/branches/inspections", "{\"year\":9999}").body("errors.field", hasItem("year"));
        String inspection = inspectionOf("5302", 2024);
        post("/api/v1/branches/inspections/" + inspection + "/findings", "{}").body("errors.field",
                hasItems("description", "severity", "remediationDeadline", "branchHeadId", "responsiblePersonIds"));
        post("/api/v1/branches/inspections/" + inspection + "/findings", "{\"description\":\"x\",\"severity\":\"BAD\","
                + "\"foundOn\":\"2025-02-30\",\"remediationDeadline\":\"2025-01-01\",\"branchHeadId\":\"E1\","
                + "\"responsiblePersonIds\":[\"E2\",\" \"]}")
                .body("errors.field", hasItems("severity", "foundOn", "responsiblePersonIds[1]"));
        post("/api/v1/branches/inspections/" + inspection + "/findings", "{\"description\":\"x\",\"severity\":\"LOW\","
                + "\"foundOn\":\"2025-02-01\",\"remediationDeadline\":\"2025-01-01\",\"branchHeadId\":\"E1\","
                + "\"responsiblePersonIds\":[\"E2\"]}")
                .body("errors.field", hasItem("remediationDeadline"));
        post("/api/v1/branches/inspections/" + inspection + "/findings", "{\"responsiblePersonIds\":\"E2\"}")
                .body("errors.field", hasItem("responsiblePersonIds"));
        String f = finding(inspection, "2025-02-01", "2025-02-28");
        post("/api/v1/branches/inspections/findings/" + f + "/remediation", "{\"remediatedOn\":\"2999-01-01\"}")
                .body("errors.field", hasItems("remediatedOn", "evidence"));
        post("/api/v1/branches/inspections/findings/" + f + "/remediation",
                "{\"remediatedOn\":\"2025-01-31\",\"evidence\":\"e\"}").body("errors.field", hasItem("remediatedOn"));
        given().when().post("/api/v1/branches/inspections/sanction-check?asOf=2999-01-01").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        given().when().get("/api/v1/branches/inspections?year=abc").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body("{\"description\":\"x\"}").when()
                .post("/api/v1/branches/inspections/NO-SUCH/findings").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"remediatedOn\":\"2025-01-31\",\"evidence\":\"e\"}").when()
                .post("/api/v1/branches/inspections/findings/NO-SUCH/remediation").then().statusCode(404);
        given().when().get("/api/v1/branches/inspections/NO-SUCH").then().statusCode(404);
    }

    static io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
