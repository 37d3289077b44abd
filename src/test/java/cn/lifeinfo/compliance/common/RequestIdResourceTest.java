package cn.lifeinfo.compliance.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** X-Request-Id: carried through from the caller, made when missing or unusable, and quoted in problem bodies. */
@QuarkusTest
class RequestIdResourceTest {

    @Test
    void theCallersIdComesBackInTheHeaderAndTheProblemBody() {
        given().header(RequestIds.HEADER, "core-7f3a.42").contentType(ContentType.JSON).body("{\"policyNo\": ")
                .when().post("/api/v1/decisions/truthfulness?dryRun=true")
                .then().statusCode(400).header(RequestIds.HEADER, "core-7f3a.42")
                .body("requestId", equalTo("core-7f3a.42"));
    }

    @Test
    void withoutOneTheServiceMakesOne() {
        String id = given().when().get("/api/v1/agents/NO-SUCH-AGENT")
                .then().statusCode(404).header(RequestIds.HEADER, matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"))
                .extract().header(RequestIds.HEADER);
        given().when().get("/api/v1/agents/NO-SUCH-AGENT").then().statusCode(404)
                .body("requestId", not(equalTo(id)));
    }

    @Test
    void anUnusableIdIsReplacedNotEchoed() {
        given().header(RequestIds.HEADER, "<script>" + "x".repeat(100)).when().get("/api/v1/agents/NO-SUCH-AGENT")
                .then().statusCode(404).header(RequestIds.HEADER, matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"));
    }

    @Test
    void successfulAnswersCarryItToo() {
        given().header(RequestIds.HEADER, "ok-1").when().get("/api/v1/rulesets")
                .then().statusCode(200).header(RequestIds.HEADER, "ok-1");
    }

    @Test
    void aBodyRefusedByItsLengthCarriesIt() {
        given().header(RequestIds.HEADER, "big-1").contentType(ContentType.JSON)
                .body("{\"policyNo\":\"" + "x".repeat(1_100_000) + "\"}")
                .when().post("/api/v1/decisions/truthfulness?dryRun=true")
                .then().statusCode(413).header(RequestIds.HEADER, "big-1").body("requestId", equalTo("big-1"));
    }
}
