package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.audit.DecisionInputEntry;
import cn.lifeinfo.compliance.ruleset.RulesetResourceTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.JSON;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The approver sees, before activating, how many decisions the candidate flips, per rule and per channel. */
@QuarkusTest
class ImpactPreviewResourceTest {

    @Inject
    DecisionAuditWriter audit;

    @Test
    void candidateVersusActiveOverASampleAndOverRecentStoredInputs() {
        int candidate = RulesetResourceTest.upload(RulesetResourceTest.relationshipOtherFails(), "t.xlsx", "alice")
                .then().statusCode(201).extract().path("version");
        ObjectNode sample = JSON.createObjectNode();
        sample.putArray("records")
                .add(with(with(clean(), "insured.relationshipToPolicyholder", "OTHER"), "policyNo", "IMP-1"))
                .add(with(clean(), "policyNo", "IMP-2"))
                .add(with(with(with(clean(), "insured.relationshipToPolicyholder", "OTHER"), "policyNo", "IMP-3"),
                        "channel", "TELESALES"));
        given().contentType(ContentType.JSON).body(sample.toString())
                .when().post("/api/v1/rulesets/truthfulness/versions/" + candidate + "/impact").then().statusCode(200)
                .body("records", equalTo(3))
                .body("passToFail", equalTo(2))
                .body("failToPass", equalTo(0))
                .body("byRule.'GATE-UW-002'.added", equalTo(2))
                .body("byRule.'GATE-UW-003'.removed", equalTo(2))
                .body("byChannel.AGENCY.passToFail", equalTo(1))
                .body("candidate", equalTo("truthfulness@" + candidate));

        // stored decisions leave (a unique person: stored records join the population other tests decide against) encrypted inputs that the preview reads back
        String marker = "预览甲乙";
        given().contentType(ContentType.JSON)
                .body(with(with(CrossRecordResourceTest.unique(), "insured.relationshipToPolicyholder", "OTHER"),
                        "policyholder.name", marker).toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200);
        audit.flush(Duration.ofSeconds(10));
        given().when().get("/api/v1/rulesets/truthfulness/versions/" + candidate + "/impact?last=1")
                .then().statusCode(200).body("records", equalTo(1)).body("passToFail", equalTo(1));
        List<DecisionInputEntry> rows = QuarkusTransaction.requiringNew().call(() ->
                DecisionInputEntry.<DecisionInputEntry>find("order by id desc").page(0, 1).list());
        String stored = new String(rows.get(0).payload, StandardCharsets.UTF_8);
        assertFalse(stored.contains(marker) || stored.contains("policyholder"), "inputs are stored encrypted");
        assertTrue(rows.get(0).subjectHash.length() == 64);
    }
}
