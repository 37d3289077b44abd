package cn.lifeinfo.compliance.audit;

import cn.lifeinfo.compliance.access.AccessRequests;
import cn.lifeinfo.compliance.common.Management;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** 留痕: what a core system was answered is already in the audit trail, and nothing is answered that is not. */
@QuarkusTest
class DurableDecisionResourceTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aStoredTruthfulnessDecisionIsCommittedWhenItIsAnswered() throws SQLException {
        String id = given().contentType(ContentType.JSON)
                .body(TestRecords.with(TestRecords.clean(), "policyNo", "P-DUR-1").toString())
                .when().post("/api/v1/decisions/truthfulness")
                .then().statusCode(200).extract().path("decisionId");
        // no flush, no wait: the row is there because the answer waited for it
        assertEquals(1, count("SELECT COUNT(*) FROM decision_audit WHERE decision_id = ?", id));
    }

    @Test
    void everyDecisionOfABatchIsCommittedWhenTheBatchIsAnswered() throws SQLException {
        String body = "{\"records\":[" + TestRecords.with(TestRecords.clean(), "policyNo", "P-DUR-B1") + ","
                + TestRecords.with(TestRecords.clean(), "policyNo", "P-DUR-B2") + "]}";
        List<String> ids = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/decisions/truthfulness/batch")
                .then().statusCode(200).extract().path("decisions.decisionId");
        assertEquals(2, ids.size());
        for (String id : ids) {
            assertEquals(1, count("SELECT COUNT(*) FROM decision_audit WHERE decision_id = ?", id));
        }
    }

    @Test
    void anAccessDecisionIsAnsweredOnlyWithItsLogRow() throws SQLException {
        String id = given().contentType(ContentType.JSON).body(AccessRequests.underwriter().toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(200).extract().path("decisionId");
        assertEquals(1, count("SELECT COUNT(*) FROM access_decision_log WHERE decision_id = ?", id));
    }

    @Test
    void whenTheAuditTableCannotTakeRowsTheCallerGets503AndNoDecision() throws Exception {
        Response answer = whileLocked("decision_audit", () -> given().contentType(ContentType.JSON)
                .body(TestRecords.with(TestRecords.clean(), "policyNo", "P-DUR-LOCK").toString())
                .when().post("/api/v1/decisions/truthfulness"));
        answer.then().statusCode(503)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", equalTo("1"))
                .body("type", containsString("decision-not-recorded"));
        assertFalse(answer.asString().contains("decisionId"), "no decision leaves without its record");
        // the service recovers by itself once the database takes rows again
        given().contentType(ContentType.JSON)
                .body(TestRecords.with(TestRecords.clean(), "policyNo", "P-DUR-AFTER").toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200);
    }

    @Test
    void whenTheAccessLogCannotTakeRowsNoPermitIsAnswered() throws Exception {
        Response answer = whileLocked("access_decision_log", () -> given().contentType(ContentType.JSON)
                .body(AccessRequests.underwriter().toString()).when().post("/api/v1/decisions/access"));
        answer.then().statusCode(503).header("Retry-After", equalTo("1"));
        assertFalse(answer.asString().contains("PERMIT"));
    }

    @Test
    void aRecordTooLongForItsColumnsFailsAloneAndTheWritersKeepGoing() {
        int status = given().contentType(ContentType.JSON)
                .body(TestRecords.with(TestRecords.clean(), "channel", "C".repeat(40)).toString())
                .when().post("/api/v1/decisions/truthfulness").then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status >= 400 && status < 500, "a 4xx, not a 500: " + status);
        given().contentType(ContentType.JSON)
                .body(TestRecords.with(TestRecords.clean(), "policyNo", "P-DUR-NEXT").toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200);
    }

    @Test
    void writersReportTheirStateInReadinessAndMetrics() {
        given().when().get(Management.url("/q/health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'writers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'writers' }.data.'decision-audit-writer'", containsString("alive"));
        given().when().get(Management.url("/q/metrics")).then().statusCode(200)
                .body(containsString("compliance_writer_queue_depth{writer=\"access-log-writer\"}"))
                .body(containsString("compliance_writer_lag_seconds{writer=\"decision-audit-writer\"}"))
                .body(containsString("compliance_writer_commits_seconds_count{writer=\"decision-audit-writer\"}"));
    }

    /** Another session holds a write lock on the table while the request runs, as a stalled database would. */
    private Response whileLocked(String table, java.util.function.Supplier<Response> request) throws SQLException {
        try (Connection locker = db.getConnection(); Statement s = locker.createStatement()) {
            s.execute("LOCK TABLES " + table + " WRITE");
            try {
                return request.get();
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }
    }

    private long count(String sql, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
