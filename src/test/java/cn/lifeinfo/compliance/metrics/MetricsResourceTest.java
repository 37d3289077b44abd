package cn.lifeinfo.compliance.metrics;

import cn.lifeinfo.compliance.access.AccessAlertMetrics;
import cn.lifeinfo.compliance.common.Management;
import cn.lifeinfo.compliance.identity.DefaultCaller;
import cn.lifeinfo.compliance.screening.ScreeningMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static cn.lifeinfo.compliance.access.AccessRequests.agent;
import static cn.lifeinfo.compliance.access.AccessRequests.with;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a few decisions, /q/metrics (management port) carries each domain series with its labels, and no label
 * value that belongs to a person or a policy.
 */
@QuarkusTest
class MetricsResourceTest {

    @Inject
    ScreeningMetrics screening;

    @Inject
    AccessAlertMetrics alerts;

    @Test
    void domainSeriesAppearWithTheirLabelsAfterAFewDecisions() {
        given().contentType(ContentType.JSON).body(clean().toString())
                .when().post("/api/v1/decisions/truthfulness").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(cn.lifeinfo.compliance.truthfulness.TestRecords.with(clean(), "policyholder.name", null)
                        .put("policyNo", "PMETRICS0002").toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"records\":[" + clean().put("policyNo", "PMETRICS0003") + "]}")
                .when().post("/api/v1/decisions/truthfulness/batch?dryRun=true").then().statusCode(200);
        given().contentType(ContentType.JSON).body(with(agent(), "subject.employmentStatus", "RESIGNED").toString())
                .when().post("/api/v1/decisions/access").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"agentCode\":\"NO-SUCH-AGENT\"}")
                .when().post("/api/v1/decisions/hiring").then().statusCode(200);
        screening.refresh();
        alerts.refresh();

        String metrics = given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/metrics"))
                .then().statusCode(200).extract().asString();

        has(metrics, "compliance_decisions_total", "family=\"truthfulness\"", "outcome=\"PASS\"", "gate=\"ALLOW\"");
        has(metrics, "compliance_decisions_total", "family=\"truthfulness\"", "outcome=\"FAIL\"", "gate=\"BLOCK\"");
        has(metrics, "compliance_decisions_total", "family=\"access\"", "outcome=\"DENY\"", "gate=\"none\"");
        has(metrics, "compliance_decisions_total", "family=\"assessment\"", "gate=\"none\"");
        has(metrics, "compliance_findings_total", "family=\"truthfulness\"", "rule_id=\"TRU-NAME-001\"",
                "severity=\"FAIL\"");
        has(metrics, "compliance_access_denials_total", "rule_id=\"ACC-SUBJ-001\"");
        for (String call : List.of("single", "batch")) {
            has(metrics, "compliance_decision_duration_seconds_bucket", "family=\"truthfulness\"",
                    "call=\"" + call + "\"", "le=\"0.025\"");
            has(metrics, "compliance_decision_duration_seconds_count", "family=\"truthfulness\"",
                    "call=\"" + call + "\"");
        }
        has(metrics, "compliance_decision_duration_seconds_bucket", "family=\"access\"", "le=\"+Inf\"");
        for (String family : List.of("truthfulness", "access", "assessment")) {
            hasValue(metrics, "compliance_ruleset_active_version", "[1-9][0-9]*(\\.0)?", "family=\"" + family + "\"");
        }
        for (String writer : List.of("decision-audit-writer", "access-log-writer")) {
            has(metrics, "compliance_writer_queue_depth", "writer=\"" + writer + "\"");
            has(metrics, "compliance_writer_commits_seconds_count", "writer=\"" + writer + "\"");
            has(metrics, "compliance_writer_lag_seconds", "writer=\"" + writer + "\"");
            has(metrics, "compliance_writer_alive", "writer=\"" + writer + "\"");
        }
        has(metrics, "compliance_screening_records_total");
        for (String state : List.of("RECEIVING", "RUNNING", "DONE", "FAILED")) {
            has(metrics, "compliance_screening_jobs", "state=\"" + state + "\"");
        }
        has(metrics, "compliance_access_alerts", "rule_id=\"ACC-MON-001\"");

        // bounded labels only: no policy number, agent code or user id of the requests above
        for (String personal : List.of("PMETRICS", "P2024000001", "NO-SUCH-AGENT", "u-agent", "A001", "C0001")) {
            assertFalse(metrics.lines().filter(l -> l.startsWith("compliance_")).anyMatch(l -> l.contains(personal)),
                    () -> "a metric label carries " + personal);
        }
    }

    private static void has(String metrics, String name, String... labels) {
        hasValue(metrics, name, "\\S+", labels);
    }

    /** A sample line of {@code name} holding every label given, with a value matching {@code value}. */
    private static void hasValue(String metrics, String name, String value, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? " + value + "$");
        assertTrue(metrics.lines().anyMatch(l -> sample.matcher(l).matches()
                        && Arrays.stream(labels).allMatch(l::contains)),
                () -> "no sample " + name + " " + Arrays.toString(labels) + " among\n"
                        + String.join("\n", metrics.lines().filter(l -> l.startsWith(name)).toList()));
    }
}
