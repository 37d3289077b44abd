package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.identity.DefaultCaller;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** Bad input is a 4xx problem with detail, never a 500. */
@QuarkusTest
class ViolationInputTest {

    static final String PROBLEM = "application/problem+json";

    static boolean ready;

    /** Once per class; RestAssured knows the random port only from the first test on. */
    @BeforeEach
    void agent() {
        if (ready) {
            return;
        }
        ready = true;
        Agents.register("AS-BAD-1", "BR-BAD");
    }

    static io.restassured.response.ValidatableResponse post(String agent, String user, String body) {
        var req = given().contentType(ContentType.JSON).body(body);
        if (user != null) {
            req = req.header(Tokens.user(user));
        }
        return req.when().post("/api/v1/agents/" + agent + "/violations").then();
    }

    @Test
    void unknownViolationType() {
        post("AS-BAD-1", "u1", "{\"date\":\"2024-01-01\",\"type\":\"LATE_FOR_WORK\"}")
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("type"))
                .body("detail", containsString("type"));
    }

    @Test
    void dateInTheFuture() {
        post("AS-BAD-1", "u1", "{\"date\":\"2999-01-01\",\"type\":\"KEY_INFO_MISSING\"}")
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("date"))
                .body("detail", containsString("future"));
    }

    @Test
    void malformedDateAndMissingFields() {
        post("AS-BAD-1", "u1", "{\"date\":\"2024-02-30\",\"type\":\"KEY_INFO_MISSING\"}")
                .statusCode(400).body("errors.field", hasItem("date"));
        post("AS-BAD-1", "u1", "{}").statusCode(400).body("errors.field", hasItem("date"))
                .body("errors.field", hasItem("type"));
        post("AS-BAD-1", "u1", "{\"date\":20240101}").statusCode(400).contentType(PROBLEM);
        post("AS-BAD-1", "u1", "not json").statusCode(400).contentType(PROBLEM);
        post("AS-BAD-1", "u1", "{\"date\":\"2024-01-01\",\"type\":\"KEY_INFO_MISSING\",\"suspectedCrime\":\"maybe\"}")
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("suspectedCrime"));
    }

    @Test
    void unknownAgent() {
        post("NO-SUCH-AGENT", "u1", "{\"date\":\"2024-01-01\",\"type\":\"KEY_INFO_MISSING\"}")
                .statusCode(404).contentType(PROBLEM).body("detail", containsString("NO-SUCH-AGENT"));
        given().when().get("/api/v1/agents/NO-SUCH-AGENT/score").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/agents/NO-SUCH-AGENT/score/history").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void manualEntryNeedsWhoEnteredIt() {
        given().noFiltersOfType(DefaultCaller.class).contentType(ContentType.JSON)
                .body("{\"date\":\"2024-01-01\",\"type\":\"KEY_INFO_MISSING\"}")
                .when().post("/api/v1/agents/AS-BAD-1/violations")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void samePolicyAndTypeIsRecordedOnce() {
        String body = "{\"date\":\"2024-01-01\",\"type\":\"NON_CUSTOMER_CONTACT\",\"policyNo\":\"P-DUP-1\"}";
        post("AS-BAD-1", "u1", body).statusCode(201);
        post("AS-BAD-1", "u1", body).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void badScoreQueries() {
        given().when().get("/api/v1/agents/AS-BAD-1/score?asOf=yesterday").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("asOf"));
        given().when().get("/api/v1/agents/AS-BAD-1/score?asOf=2999-12-31").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("future"));
        given().when().get("/api/v1/agents/scores?status=SLEEPY").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("status"));
        given().when().get("/api/v1/agents/scores?size=0").then().statusCode(400).contentType(PROBLEM);
        given().when().get("/api/v1/agents/scores?page=x").then().statusCode(400);
    }
}
