package cn.lifeinfo.compliance.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** PEN-INT-000..004 commission actions and the PEN-STAFF-008 hiring check. */
@QuarkusTest
class DecisionResourceTest {

    static ValidatableResponse commission(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/decisions/commission").then();
    }

    static void expect(String body, String action, String ruleId) {
        commission(body).statusCode(200).body("action", equalTo(action)).body("ruleId", equalTo(ruleId))
                .body("rulesetVersion", startsWith("assessment@"));
    }

    @Test
    void payWhenTheInformationIsTrue() {
        commission("{\"policyNo\":\"P-C-0\",\"truthfulnessOverall\":\"PASS\",\"commissionAlreadyPaid\":false}")
                .statusCode(200).body("action", equalTo("PAY")).body("ruleId", equalTo("PEN-INT-000"))
                .body("messageZh", equalTo("客户信息真实完整,正常支付手续费"));
    }

    @Test
    void withholdOrDeductUntilCorrected() {
        expect("{\"policyNo\":\"P-C-1\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false,"
                + "\"issueDate\":\"2024-03-01\",\"asOf\":\"2024-03-31\"}", "WITHHOLD", "PEN-INT-001");
        commission("{\"policyNo\":\"P-C-1\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false,"
                + "\"issueDate\":\"2024-03-01\",\"asOf\":\"2024-03-31\"}").body("correctionDeadline", equalTo("2024-03-31"));
        expect("{\"policyNo\":\"P-C-2\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":true,"
                + "\"issueDate\":\"2024-03-01\",\"asOf\":\"2024-03-10\"}", "DEDUCT_NEXT_PAYMENT", "PEN-INT-002");
    }

    @Test
    void releaseWhenCorrectedOnOrBeforeTheDeadline() {
        expect("{\"policyNo\":\"P-C-3\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false,"
                + "\"issueDate\":\"2024-03-01\",\"correctedDate\":\"2024-03-31\",\"asOf\":\"2024-04-15\"}",
                "RELEASE", "PEN-INT-004");
    }

    @Test
    void terminateWhenOverdueLateOrRefused() {
        expect("{\"policyNo\":\"P-C-4\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false,"
                + "\"issueDate\":\"2024-03-01\",\"asOf\":\"2024-04-01\"}", "TERMINATE_COOPERATION_AND_REPORT", "PEN-INT-003");
        expect("{\"policyNo\":\"P-C-5\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":true,"
                + "\"issueDate\":\"2024-03-01\",\"correctedDate\":\"2024-04-01\",\"asOf\":\"2024-04-02\"}",
                "TERMINATE_COOPERATION_AND_REPORT", "PEN-INT-003");
        expect("{\"policyNo\":\"P-C-6\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false,"
                + "\"intermediaryRefused\":true,\"issueDate\":\"2024-03-01\",\"asOf\":\"2024-03-05\"}",
                "TERMINATE_COOPERATION_AND_REPORT", "PEN-INT-003");
    }

    @Test
    void badCommissionInput() {
        commission("{\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false}").statusCode(400)
                .body("errors.field", hasItem("policyNo"));
        commission("{\"policyNo\":\"P-C-7\",\"truthfulnessOverall\":\"MAYBE\",\"commissionAlreadyPaid\":false}")
                .statusCode(400).body("errors.field", hasItem("truthfulnessOverall"));
        commission("{\"policyNo\":\"P-C-8\",\"truthfulnessOverall\":\"FAIL\",\"commissionAlreadyPaid\":false}")
                .statusCode(400).body("errors.field", hasItem("issueDate"));
        commission("{\"policyNo\":\"P-NEVER-DECIDED\",\"commissionAlreadyPaid\":false}").statusCode(422);
        commission("{\"policyNo\":\"P-C-9\",\"truthfulnessOverall\":\"PASS\",\"commissionAlreadyPaid\":false,"
                + "\"asOf\":\"2999-01-01\"}").statusCode(400).body("errors.field", hasItem("asOf"));
    }

    @Test
    void hiringCheckAgainstTheNoRehireList() {
        String banned = "110105195012310020";
        Agents.register("HR-BAN-2", "BR-HR", banned);
        Agents.violation("HR-BAN-2", "2023-01-01", "INDUCE_FALSE_INFO");
        given().contentType(ContentType.JSON).body("{\"idNumber\":\"" + banned + "\"}")
                .when().post("/api/v1/decisions/hiring").then().statusCode(200)
                .body("decision", equalTo("DENY")).body("ruleId", equalTo("PEN-STAFF-008"))
                .body("noRehireAgentCodes", equalTo(List.of("HR-BAN-2")));
        // terminated by accumulation only: may be hired elsewhere
        Agents.register("HR-ACC-1", "BR-HR", "440524188001010014");
        Agents.violation("HR-ACC-1", "2023-01-01", "PROXY_CALLBACK");
        Agents.violation("HR-ACC-1", "2023-01-02", "PROXY_CALLBACK");
        given().contentType(ContentType.JSON)
                .body("{\"idNumber\":\"440524188001010014\",\"commitmentSignedOn\":\"2024-01-02\"}")
                .when().post("/api/v1/decisions/hiring").then().statusCode(200)
                .body("decision", equalTo("PERMIT"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/decisions/hiring").then()
                .statusCode(400);
    }
}
