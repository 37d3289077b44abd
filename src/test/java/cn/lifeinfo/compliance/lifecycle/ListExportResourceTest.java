package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LIFE-LIST-001: downloaded customer lists are destroyed within 30 days (day 30 in time, day 31 overdue); an overdue
 * list is one LIST_NOT_DESTROYED violation (3 points) of its holder, never two.
 */
@QuarkusTest
class ListExportResourceTest {

    static final Header CORE = Tokens.as("core-system", Roles.DECISION_CLIENT);
    static final Header INSPECTOR = Tokens.as("inspector.li", Roles.INSPECTOR);

    static void agent(String code) {
        given().contentType(ContentType.JSON).body("{\"agentCode\":\"" + code + "\",\"name\":\"清单" + code
                        + "\",\"branchCode\":\"3301\",\"status\":\"ACTIVE\"}")
                .when().put("/api/v1/agents/" + code).then().statusCode(201);
    }

    /** Downloaded at 10:00 Beijing time on {@code day}. */
    static String export(String agentCode, String day) {
        return given().header(CORE).contentType(ContentType.JSON)
                .body("{\"downloadedBy\":\"zhang.san\"," + (agentCode == null ? "" : "\"agentCode\":\"" + agentCode + "\",")
                        + "\"purpose\":\"续期回访\",\"rowCount\":120,\"exportedAt\":\"" + day + "T02:00:00Z\"}")
                .when().post("/api/v1/lifecycle/list-exports").then().statusCode(201)
                .body("exportedOn", equalTo(day)).body("ruleId", equalTo("LIFE-LIST-001"))
                .extract().path("exportId");
    }

    static List<String> overdueIds(String asOf) {
        return given().header(INSPECTOR).when().get("/api/v1/lifecycle/list-exports/overdue?asOf=" + asOf + "&limit=1000")
                .then().statusCode(200).extract().path("exportId");
    }

    static ValidatableResponse check(String asOf) {
        return given().header(INSPECTOR).contentType(ContentType.JSON).body("{\"asOf\":\"" + asOf + "\"}")
                .when().post("/api/v1/lifecycle/list-exports/overdue-check").then().statusCode(200);
    }

    static List<String> violationTypes(String agentCode) {
        return given().header(INSPECTOR).when().get("/api/v1/agents/" + agentCode + "/violations").then()
                .statusCode(200).extract().path("type");
    }

    @Test
    void day30IsInTimeAndDay31IsOverdue() {
        agent("LST-A1");
        String list = export("LST-A1", "2026-01-01");
        given().header(CORE).contentType(ContentType.JSON).body("{}").when()
                .post("/api/v1/lifecycle/list-exports").then().statusCode(400);
        assertEquals(false, overdueIds("2026-01-31").contains(list), "day 30 is still in time");
        assertEquals(true, overdueIds("2026-02-01").contains(list), "day 31 is overdue");
        check("2026-01-31");
        assertEquals(List.of(), violationTypes("LST-A1"));
        check("2026-02-01").body("ruleId", equalTo("LIFE-LIST-001")).body("destroyWithinDays", equalTo(30));
        assertEquals(List.of("LIST_NOT_DESTROYED"), violationTypes("LST-A1"));
        given().header(INSPECTOR).when().get("/api/v1/agents/LST-A1/violations").then()
                .body("[0].date", equalTo("2026-02-01"));
        given().header(INSPECTOR).when().get("/api/v1/agents/LST-A1/score?asOf=2026-02-01").then()
                .statusCode(200).body("activePoints", equalTo(3));
    }

    @Test
    void theCheckNeverRecordsAListTwice() {
        agent("LST-A2");
        String list = export("LST-A2", "2026-03-01");
        check("2026-05-01");
        check("2026-05-02");
        check("2026-06-01");
        assertEquals(List.of("LIST_NOT_DESTROYED"), violationTypes("LST-A2"));
        given().header(Tokens.as("audit.wu", Roles.AUDITOR)).when()
                .get("/api/v1/lifecycle/list-exports/overdue?asOf=2026-06-01&limit=1000").then().statusCode(200)
                .body("find { it.exportId == '" + list + "' }.violationId", not(equalTo(null)));
    }

    @Test
    void destroyedOnDay30IsNeverOverdueButOnDay31ItIs() {
        agent("LST-A3");
        String inTime = export("LST-A3", "2026-04-01");
        String late = export("LST-A3", "2026-04-02");
        given().header(CORE).contentType(ContentType.JSON).body("{\"destroyedOn\":\"2026-05-01\",\"method\":\"SHRED\"}")
                .when().post("/api/v1/lifecycle/list-exports/" + inTime + "/destruction").then().statusCode(200)
                .body("destroyedOn", equalTo("2026-05-01")).body("destroyBy", equalTo("2026-05-01"))
                .body("overdue", equalTo(false));
        given().header(CORE).contentType(ContentType.JSON).body("{\"destroyedOn\":\"2026-05-03\"}")
                .when().post("/api/v1/lifecycle/list-exports/" + late + "/destruction").then().statusCode(200);
        given().header(CORE).contentType(ContentType.JSON).body("{\"destroyedOn\":\"2026-05-03\"}")
                .when().post("/api/v1/lifecycle/list-exports/" + late + "/destruction").then().statusCode(409)
                .body("type", equalTo("/problems/already-destroyed"));
        List<String> overdue = overdueIds("2026-06-01");
        assertEquals(false, overdue.contains(inTime));
        assertEquals(true, overdue.contains(late), "a late destruction does not undo the breach");
        check("2026-06-01");
        assertEquals(List.of("LIST_NOT_DESTROYED"), violationTypes("LST-A3"));
    }

    /** The daily job (off in tests, called here) does what an inspector's check does, as of today. */
    @Test
    void theDailyJobRecordsOverdueLists() {
        agent("LST-A4");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(31).toString();
        export("LST-A4", day);
        jobs.daily();
        assertEquals(List.of("LIST_NOT_DESTROYED"), violationTypes("LST-A4"));
    }

    @jakarta.inject.Inject
    LifecycleJobs jobs;

    @Test
    void aListWithoutASalespersonIsReportedNotCharged() {
        String list = export(null, "2026-02-01");
        check("2026-04-01").body("withoutAgent", hasItem(list));
        assertEquals(true, overdueIds("2026-04-01").contains(list));
    }

    @Test
    void invalidInputIs400WithTheFieldPath() {
        given().header(CORE).contentType(ContentType.JSON).body("{\"rowCount\":0,\"agentCode\":\"NO-SUCH-AGENT\","
                        + "\"exportedAt\":\"yesterday\"}")
                .when().post("/api/v1/lifecycle/list-exports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("downloadedBy", "purpose", "rowCount", "agentCode", "exportedAt")));
        given().header(CORE).contentType(ContentType.JSON).body("{\"downloadedBy\":\"z\",\"purpose\":\"p\",\"rowCount\":\"many\"}")
                .when().post("/api/v1/lifecycle/list-exports").then().statusCode(400).body("errors.field", hasItem("rowCount"));
        given().header(CORE).contentType(ContentType.JSON).body("{\"downloadedBy\":\"z\",\"purpose\":\"p\",\"rowCount\":1,"
                        + "\"exportedAt\":\"2999-01-01T00:00:00Z\"}")
                .when().post("/api/v1/lifecycle/list-exports").then().statusCode(400).body("errors.field", hasItem("exportedAt"));
        String list = export(null, "2026-02-10");
        given().header(CORE).contentType(ContentType.JSON).body("{\"destroyedOn\":\"2026-02-09\"}")
                .when().post("/api/v1/lifecycle/list-exports/" + list + "/destruction").then().statusCode(400)
                .body("errors.field", hasItem("destroyedOn"));
        given().header(CORE).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/lifecycle/list-exports/NO-SUCH/destruction").then().statusCode(404);
        given().header(INSPECTOR).when().get("/api/v1/lifecycle/list-exports/overdue?asOf=2999-01-01").then()
                .statusCode(400).body("errors.field", hasItem("asOf"));
        given().header(INSPECTOR).when().get("/api/v1/lifecycle/list-exports/overdue?limit=0").then()
                .statusCode(400).body("errors.field", hasItem("limit"));
        given().header(INSPECTOR).contentType(ContentType.JSON).body("{\"asOf\":\"2026-02-30\"}")
                .when().post("/api/v1/lifecycle/list-exports/overdue-check").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }
}
