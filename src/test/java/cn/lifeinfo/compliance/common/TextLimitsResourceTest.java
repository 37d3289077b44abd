package cn.lifeinfo.compliance.common;

import cn.lifeinfo.compliance.access.AccessRequests;
import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Free text longer than the column it is stored in is a 400 naming the field, never a 500 from the database. */
@QuarkusTest
class TextLimitsResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String agent(String name, String branchCode) {
        return agent(name, branchCode, "杭州市");
    }

    static String agent(String name, String branchCode, String city) {
        return "{\"name\":\"" + name + "\",\"gender\":\"F\",\"birthDate\":\"1990-01-02\",\"idType\":\"RESIDENT_ID\","
                + "\"idNumber\":\"33010619900102002X\",\"branchCode\":\"" + branchCode + "\",\"status\":\"ACTIVE\","
                + "\"address\":{\"province\":\"浙江省\",\"city\":\"" + city + "\",\"district\":\"西湖区\"}}";
    }

    @Test
    void registryEntriesOverTheirColumnsAre400WithEveryField() {
        given().contentType(ContentType.JSON).body(agent("王".repeat(101), "3".repeat(41), "杭".repeat(41)))
                .when().put("/api/v1/agents/AG-LONG-1")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("branchCode"))
                .body("errors.field", hasItem("address.city"))
                .body("errors.find { it.field == 'name' }.message", containsString("100"));
        given().contentType(ContentType.JSON).body(agent("王芳", "3301"))
                .when().put("/api/v1/agents/" + "A".repeat(65))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("agentCode"));
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"BANK_OUTLET\",\"name\":\"" + "行".repeat(201) + "\"}")
                .when().put("/api/v1/institutions/BO-LONG-1")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
    }

    @Test
    void aRegistryImportLineOverAColumnIsReportedAndSkipped() {
        String csv = "agentCode,name,branchCode\nAG-LONG-2," + "王".repeat(101) + ",3301\nAG-LONG-3,王芳,3301\n";
        given().contentType("text/csv").body(csv).when().post("/api/v1/agents/import")
                .then().statusCode(200).body(containsString("at most 100 characters"));
    }

    @Test
    void accessSubjectOverItsColumnIs400NotCut() {
        given().contentType(ContentType.JSON)
                .body(AccessRequests.with(AccessRequests.underwriter(), "subject.userId", "u".repeat(65)).toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("subject.userId"));
    }

    @Test
    void recordChannelAndAgentCodeOverTheirColumnsAre400() {
        given().contentType(ContentType.JSON).body(with(clean(), "channel", "C".repeat(31)).toString())
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON)
                .body("{\"records\": [" + clean() + ", "
                        + with(clean(), "salesperson.agentCode", "A".repeat(65)).put("policyNo", "P-LONG-2") + "]}")
                .when().post("/api/v1/decisions/truthfulness/batch?dryRun=true")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("records[1].salesperson.agentCode"));
    }

    @Test
    void violationNoteOverItsColumnIs400() {
        given().contentType(ContentType.JSON).body(agent("王芳", "3301")).when().put("/api/v1/agents/AG-LONG-4")
                .then().statusCode(201);
        given().header(Tokens.as("li", Roles.INSPECTOR)).contentType(ContentType.JSON)
                .body("{\"date\":\"2024-03-01\",\"type\":\"KEY_INFO_MISSING\",\"note\":\"" + "注".repeat(1001) + "\"}")
                .when().post("/api/v1/agents/AG-LONG-4/violations")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("note"));
    }

    @Test
    void anOverlongHeaderIsNoServerError() {
        // X-User no longer names anyone; a long one is ignored, a user name too long for the columns is refused
        given().header("X-User", "x".repeat(300)).contentType(ContentType.JSON).body(clean().toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200);
        given().header(Tokens.as("u".repeat(101), Roles.RULE_AUTHOR))
                .multiPart("file", "truthfulness.xlsx", new byte[]{1, 2, 3})
                .when().post("/api/v1/rulesets/truthfulness")
                .then().statusCode(403).contentType(PROBLEM).body("errors[0].field", equalTo("token.preferred_username"));
    }
}
