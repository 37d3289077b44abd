package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.audit.DecisionRecords;
import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessDecided;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Violations derived from stored truthfulness decisions: once per policy and type, traceable to the decision. */
@QuarkusTest
class ViolationDerivationTest {

    @Inject
    Event<TruthfulnessDecided> decided;

    static String decide(ObjectNode record) {
        return given().contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200).extract().path("decisionId");
    }

    static ObjectNode record(String policyNo, String agentCode) {
        return with(with(clean(), "policyNo", policyNo), "salesperson.agentCode", agentCode);
    }

    static JsonPath violations(String agent) {
        return given().when().get("/api/v1/agents/" + agent + "/score").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void keyInformationMissingIsRecordedOncePerPolicy() {
        Agents.register("DV-UW-1", "BR-DV");
        ObjectNode bad = with(record("P-DV-UW-1", "DV-UW-1"), "policyholder.name", null);
        String first = decide(bad);
        decide(bad); // resubmission of the same policy: no double counting
        JsonPath s = violations("DV-UW-1");
        assertEquals(List.of("KEY_INFO_MISSING"), s.getList("violations.type"));
        assertEquals("TRUTHFULNESS", s.getString("violations[0].source"));
        assertEquals(first, s.getString("violations[0].decisionId"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), s.getString("violations[0].date"));
        assertEquals(1, s.getInt("activePoints"));
        // a second policy of the same agent counts again
        decide(with(record("P-DV-UW-2", "DV-UW-1"), "policyholder.name", null));
        assertEquals(2, violations("DV-UW-1").getInt("activePoints"));
    }

    @Test
    void serviceNumberAsPolicyholderPhoneIsNonCustomerContact() {
        Agents.register("DV-PH-1", "BR-DV");
        ObjectNode bad = with(record("P-DV-PH-1", "DV-PH-1"), "policyholder.mobile", "95588");
        decide(bad);
        decide(bad);
        JsonPath s = violations("DV-PH-1");
        assertEquals(List.of("NON_CUSTOMER_CONTACT"), s.getList("violations.type"));
        assertEquals(4, s.getInt("activePoints"));
        assertEquals("GREY_LIST", s.getString("status"));
    }

    @Test
    void cleanAndDryRunDecisionsRecordNothing() {
        Agents.register("DV-OK-1", "BR-DV");
        decide(record("P-DV-OK-1", "DV-OK-1"));
        given().contentType(ContentType.JSON)
                .body(with(record("P-DV-OK-2", "DV-OK-1"), "policyholder.name", null).toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200);
        assertEquals(0, violations("DV-OK-1").getList("violations").size());
    }

    @Test
    void crossRecordRulesFromTheEvent() {
        Agents.register("DV-XR-1", "BR-DV");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        decided.fire(new TruthfulnessDecided("D-XR-1", "P-DV-XR-1", "DV-XR-1", today, "truthfulness@1",
                List.of("TRU-XREC-001", "GATE-UW-002"), false, new DecisionRecords()));
        decided.fire(new TruthfulnessDecided("D-XR-2", "P-DV-XR-1", "DV-XR-1", today, "truthfulness@1",
                List.of("TRU-XREC-001", "TRU-ADDR-007", "GATE-UW-002"), false, new DecisionRecords()));
        // a TRU-XREC-002 cluster counts only when it is one salesperson's
        decided.fire(new TruthfulnessDecided("D-XR-3", "P-DV-XR-2", "DV-XR-1", today, "truthfulness@1",
                List.of("TRU-XREC-002"), false, new DecisionRecords()));
        JsonPath s = violations("DV-XR-1");
        assertEquals(List.of("NON_CUSTOMER_CONTACT"), s.getList("violations.type"));
        assertEquals("D-XR-1", s.getString("violations[0].decisionId"));
        decided.fire(new TruthfulnessDecided("D-XR-4", "P-DV-XR-3", "DV-XR-1", today, "truthfulness@1",
                List.of("TRU-XREC-002", "GATE-UW-002"), true, new DecisionRecords()));
        s = violations("DV-XR-1");
        assertEquals(List.of("NON_CUSTOMER_CONTACT", "SHARED_FAKE_CONTACT"), s.getList("violations.type").stream().sorted().toList());
        // two false-information events: escalation
        assertEquals("TERMINATED", s.getString("status"));
        assertEquals(List.of("NO_REHIRE", "TERMINATED"), s.getList("flags"));
    }

    @Test
    void manualEntryForAnAlreadyDerivedPolicyAndTypeIsAConflict() {
        Agents.register("DV-MAN-1", "BR-DV");
        decide(with(record("P-DV-MAN-1", "DV-MAN-1"), "policyholder.name", null));
        given().contentType(ContentType.JSON).header(Tokens.user("inspector.li"))
                .body("{\"date\":\"2024-01-01\",\"type\":\"KEY_INFO_MISSING\",\"policyNo\":\"P-DV-MAN-1\"}")
                .when().post("/api/v1/agents/DV-MAN-1/violations").then().statusCode(409);
    }
}
