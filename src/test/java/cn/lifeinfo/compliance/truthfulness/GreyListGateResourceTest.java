package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.identity.Tokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalog GATE-UW-004: new business of a salesperson grey-listed on the application date goes to manual review; the
 * gate never lowers a BLOCK, and follows violations as they are recorded, here or on another replica.
 */
@QuarkusTest
class GreyListGateResourceTest {

    @Inject
    AgroalDataSource db;

    private static void register(String agentCode) {
        given().contentType(ContentType.JSON).body("{\"agentCode\":\"" + agentCode + "\",\"name\":\"灰名单" + agentCode
                        + "\",\"mobile\":\"13600004321\",\"branchCode\":\"3301\",\"status\":\"ACTIVE\"}")
                .when().put("/api/v1/agents/" + agentCode).then().statusCode(201);
    }

    private static void violation(String agentCode, String date, String type) {
        given().contentType(ContentType.JSON).header(Tokens.user("inspector.li"))
                .body("{\"date\":\"" + date + "\",\"type\":\"" + type + "\"}")
                .when().post("/api/v1/agents/" + agentCode + "/violations").then().statusCode(201);
    }

    private static JsonPath decide(ObjectNode record) {
        return given().contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200).extract().jsonPath();
    }

    private static ObjectNode soldBy(String agentCode, String applicationDate) {
        return with(with(clean(), "salesperson.agentCode", agentCode), "applicationDate", applicationDate);
    }

    @Test
    void greyListedOnTheApplicationDateRaisesAllowToReview() {
        register("GL-1");
        assertEquals("ALLOW", decide(soldBy("GL-1", "2024-03-01")).getString("underwritingGate"));
        violation("GL-1", "2024-02-01", "LIST_NOT_DESTROYED"); // 3 points: GREY_LIST
        JsonPath grey = decide(soldBy("GL-1", "2024-03-01"));
        assertEquals("REVIEW", grey.getString("underwritingGate"), grey::prettify);
        assertEquals(List.of("GATE-UW-004"), grey.getList("gateRules"));
        assertEquals("PASS", grey.getString("overall"), "a gate, not a finding about the customer");
        // before the violation, and after it expired, he was not grey-listed
        assertEquals("ALLOW", decide(soldBy("GL-1", "2024-01-31")).getString("underwritingGate"));
        assertEquals("ALLOW", decide(soldBy("GL-1", "2025-02-01")).getString("underwritingGate"));
    }

    @Test
    void neverLowersABlock() {
        register("GL-2");
        violation("GL-2", "2024-01-15", "LIST_NOT_DESTROYED");
        JsonPath blocked = decide(with(soldBy("GL-2", "2024-03-01"), "policyholder.name", null));
        assertEquals("BLOCK", blocked.getString("underwritingGate"), blocked::prettify);
        assertFalse(blocked.getList("gateRules").contains("GATE-UW-004"));
    }

    @Test
    void anotherReplicasViolationArrivesWithoutARestart() throws Exception {
        register("GL-3");
        assertEquals("ALLOW", decide(soldBy("GL-3", "2024-03-01")).getString("underwritingGate"));
        // written as another instance writes it: straight to the table, this instance not told
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO agent_violation"
                + " (violation_id, agent_code, violation_date, type, suspected_crime, source, ruleset_version, entered_by,"
                + " created_at, hash_key_id) VALUES (?, 'GL-3', '2024-02-20', 'PROXY_CALLBACK', 0, 'MANUAL',"
                + " 'assessment@1', 'inspector.elsewhere', ?, '1')")) {
            s.setString(1, "01GL3OTHERREPLICA" + System.nanoTime() % 1_000_000_000L);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        String gate = "ALLOW";
        while (!gate.equals("REVIEW") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            gate = decide(soldBy("GL-3", "2024-03-01")).getString("underwritingGate");
        }
        assertTrue(gate.equals("REVIEW"), "the other replica's violation reached the gate within 10 s");
    }
}
