package cn.lifeinfo.compliance.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * PEN-STAFF-007: the hiring check refuses a salesperson without a signed truthfulness commitment; the registry
 * (PUT and import) carries the date it was signed. PEN-STAFF-008 (no-rehire) still refuses first.
 */
@QuarkusTest
class HiringCommitmentResourceTest {

    static ValidatableResponse hiring(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/decisions/hiring").then()
                .statusCode(200);
    }

    static ValidatableResponse putAgent(String code, String commitment) {
        return given().contentType(ContentType.JSON).body("{\"agentCode\":\"" + code + "\",\"name\":\"承诺" + code
                        + "\",\"branchCode\":\"3301\",\"status\":\"ACTIVE\""
                        + (commitment == null ? "" : ",\"commitmentSignedOn\":\"" + commitment + "\"") + "}")
                .when().put("/api/v1/agents/" + code).then();
    }

    @Test
    void aSalespersonWithoutASignedCommitmentIsRefused() {
        putAgent("CMT-NONE", null).statusCode(201).body("commitmentSignedOn", nullValue());
        hiring("{\"agentCode\":\"CMT-NONE\"}").body("decision", equalTo("DENY"))
                .body("ruleId", equalTo("PEN-STAFF-007"))
                .body("messageZh", equalTo("合同中明确客户信息义务与责任"))
                .body("messageEn", equalTo("Duties in contracts; signed commitment"));
        hiring("{\"idNumber\":\"330106198005120017\"}").body("decision", equalTo("DENY"))
                .body("ruleId", equalTo("PEN-STAFF-007"));
    }

    @Test
    void aSignedCommitmentFromTheRegistryOrTheRequestPermits() {
        putAgent("CMT-SIGNED", "2024-03-01").statusCode(201);
        given().when().get("/api/v1/agents/CMT-SIGNED").then().statusCode(200)
                .body("commitmentSignedOn", equalTo("2024-03-01"));
        hiring("{\"agentCode\":\"CMT-SIGNED\"}").body("decision", equalTo("PERMIT"))
                .body("ruleId", equalTo("PEN-STAFF-008")).body("commitmentSignedOn", equalTo("2024-03-01"));
        hiring("{\"idNumber\":\"330106198005120017\",\"commitmentSignedOn\":\"2025-01-01\"}")
                .body("decision", equalTo("PERMIT"));
    }

    @Test
    void theNoRehireListRefusesEvenWithACommitment() {
        String banned = "44052418800101001X";
        Agents.register("CMT-BAN", "3301", banned);
        Agents.violation("CMT-BAN", "2023-05-01", "LEAK_OR_SELL");
        hiring("{\"idNumber\":\"" + banned + "\",\"commitmentSignedOn\":\"2025-01-01\"}")
                .body("decision", equalTo("DENY")).body("ruleId", equalTo("PEN-STAFF-008"));
    }

    @Test
    void theImportCarriesTheCommitmentDate() {
        String csv = """
                agentCode,name,branchCode,status,commitmentSignedOn
                CMT-IMP1,周一,3301,ACTIVE,2023-12-31
                CMT-IMP2,吴二,3301,ACTIVE,
                CMT-IMP3,郑三,3301,ACTIVE,2023-02-30
                """;
        given().contentType("text/csv").body(csv).when().post("/api/v1/agents/import").then().statusCode(200)
                .body("created", equalTo(2)).body("failed", equalTo(1)).body("errors[0].line", equalTo(4));
        hiring("{\"agentCode\":\"CMT-IMP1\"}").body("decision", equalTo("PERMIT"));
        hiring("{\"agentCode\":\"CMT-IMP2\"}").body("ruleId", equalTo("PEN-STAFF-007"));
    }

    @Test
    void invalidCommitmentDatesAre400() {
        putAgent("CMT-BAD", "2999-01-01").statusCode(400).body("errors.field", hasItem("commitmentSignedOn"));
        putAgent("CMT-BAD", "01/02/2024").statusCode(400).body("errors.field", hasItem("commitmentSignedOn"));
        given().contentType(ContentType.JSON).body("{\"idNumber\":\"330106198005120017\",\"commitmentSignedOn\":\"soon\"}")
                .when().post("/api/v1/decisions/hiring").then().statusCode(400)
                .body("errors.field", hasItem("commitmentSignedOn"));
    }
}
