package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import cn.lifeinfo.compliance.ruleset.RulesetTestHarness;
import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.lifeinfo.compliance.access.AccessRequests.agent;
import static cn.lifeinfo.compliance.access.AccessRequests.fields;
import static cn.lifeinfo.compliance.access.AccessRequests.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ACC-AUD-001 (the log), ACC-MON-001 (alerts), the masking endpoint and the workbook test harness. */
@QuarkusTest
class AccessLogResourceTest {

    @Inject
    AccessLogWriter writer;
    @Inject
    EntityManager em;
    @Inject
    IdentifierHasher hasher;
    @Inject
    AccessAlerts alerts;
    @Inject
    AccessTestHarness harness;
    @Inject
    RulesetRegistry registry;

    static String decide(ObjectNode request) {
        return given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(200).extract().path("decisionId");
    }

    @Test
    void everyDecisionIsLoggedWithHashedCustomerIdentifiers() {
        String id = decide(with(agent(), "subject.userId", "log-user-1"));
        writer.flush(Duration.ofSeconds(5));
        AccessDecisionLog row = QuarkusTransaction.requiringNew().call(() -> AccessDecisionLog.findById(id));
        assertNotNull(row);
        assertEquals("log-user-1", row.userId);
        assertEquals("AGENT", row.role);
        assertEquals("A001", row.agentCode);
        assertEquals("VIEW", row.action);
        assertEquals("SALES_SERVICE", row.purpose);
        assertEquals("name,mobile,idNumber", row.fields);
        assertEquals("PERMIT", row.decision);
        assertEquals("ACC-MASK-001", row.ruleId);
        assertEquals("idNumber", row.mask);
        assertEquals(hasher.hash("C0001"), row.customerHash);
        assertEquals(hasher.hash("P0001"), row.policyHash);
        assertTrue(row.rulesetVersion.startsWith("access@"));
        assertNotNull(row.evaluatedAt);
    }

    @Test
    void denialsAndUnknownRolesAreLoggedToo() {
        String id = decide(with(with(agent(), "subject.userId", "log-user-2"), "subject.role", "JANITOR"));
        writer.flush(Duration.ofSeconds(5));
        AccessDecisionLog row = QuarkusTransaction.requiringNew().call(() -> AccessDecisionLog.findById(id));
        assertEquals("DENY", row.decision);
        assertEquals("ACC-ROLE-001", row.ruleId);
        assertEquals("JANITOR", row.role);
    }

    @Test
    void theLogIsAppendOnly() {
        String id = decide(with(agent(), "subject.userId", "log-user-3"));
        writer.flush(Duration.ofSeconds(5));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE access_decision_log SET decision = 'DENY' WHERE decision_id = ?1").setParameter(1, id)
                .executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM access_decision_log WHERE decision_id = ?1").setParameter(1, id).executeUpdate()));
        AccessDecisionLog row = QuarkusTransaction.requiringNew().call(() -> AccessDecisionLog.findById(id));
        assertEquals("PERMIT", row.decision);
    }

    @Test
    void threeOverScopeDenialsIn24HoursRaiseAnAlert() {
        ObjectNode outOfScope = with(with(agent(), "subject.userId", "mon-user-1"), "resource.servicingAgentCode", "A9");
        ObjectNode badField = fields(with(agent(), "subject.userId", "mon-user-1"), "healthDeclaration");
        decide(outOfScope);
        decide(badField);
        decide(with(agent(), "subject.userId", "mon-user-1"));           // a PERMIT does not count
        decide(with(with(agent(), "subject.userId", "mon-user-1"), "purpose", "PERSONAL")); // nor another denial
        given().queryParam("userId", "mon-user-1").when().get("/api/v1/access/alerts")
                .then().statusCode(200).body("alerts", empty());
        decide(outOfScope);
        JsonPath list = given().queryParam("userId", "mon-user-1").when().get("/api/v1/access/alerts")
                .then().statusCode(200).body("alerts", hasSize(1)).extract().jsonPath();
        assertEquals("ACC-MON-001", list.getString("alerts[0].ruleId"));
        assertEquals("mon-user-1", list.getString("alerts[0].userId"));
        assertEquals("A001", list.getString("alerts[0].agentCode"));
        assertEquals(3, list.getInt("alerts[0].count"));
        assertEquals("疑似越权查询", list.getString("alerts[0].messageZh"));
        assertEquals("ACCESS_BEYOND_SCOPE", list.getString("alerts[0].suggestedViolationType"));

        List<AccessAlert> open = alerts.openAlerts(Instant.now().minus(Duration.ofDays(1)), Instant.now().plusSeconds(1),
                null);
        AccessAlert alert = open.stream().filter(a -> a.userId().equals("mon-user-1")).findFirst().orElseThrow();
        assertEquals(list.getString("alerts[0].alertId"), alert.alertId());
        assertEquals(Duration.ofHours(24), Duration.between(alert.windowStart(), alert.windowEnd()));
    }

    @Test
    void anActivatedWorkbookRetunesTheAlert() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("rules/access/access.xlsx"));
        byte[] edited = WorkbookEditor.of(original)
                .set(AccessMonitoring.SHEET, AccessMonitoring.RULE_ID, "次数阈值", "2")
                .set(AccessMonitoring.SHEET, AccessMonitoring.RULE_ID, "原因(中文)", "两次越权查询").bytes();
        int before = registry.active(RuleFamily.ACCESS).version();
        int version = given().header(Tokens.user("alice")).multiPart("file", "access.xlsx", edited)
                .when().post("/api/v1/rulesets/access").then().statusCode(201).extract().path("version");
        given().header(Tokens.user("bob")).when().post("/api/v1/rulesets/access/versions/" + version + "/activate")
                .then().statusCode(200);
        try {
            ObjectNode outOfScope = with(with(agent(), "subject.userId", "mon-user-4"), "resource.servicingAgentCode",
                    "A9");
            decide(outOfScope);
            decide(outOfScope);
            given().queryParam("userId", "mon-user-4").when().get("/api/v1/access/alerts")
                    .then().statusCode(200).body("alerts", hasSize(1))
                    .body("alerts[0].count", equalTo(2))
                    .body("alerts[0].messageZh", equalTo("两次越权查询"));
        } finally {
            given().header(Tokens.user("bob")).when().post("/api/v1/rulesets/access/versions/" + before + "/activate")
                    .then().statusCode(200);
        }
        given().queryParam("userId", "mon-user-4").when().get("/api/v1/access/alerts")
                .then().statusCode(200).body("alerts", empty());
    }

    @Test
    void twoDenialsAreNoAlert() {
        ObjectNode outOfScope = with(with(agent(), "subject.userId", "mon-user-2"), "resource.servicingAgentCode", "A9");
        decide(outOfScope);
        decide(outOfScope);
        given().queryParam("userId", "mon-user-2").when().get("/api/v1/access/alerts")
                .then().statusCode(200).body("alerts", empty());
    }

    @Test
    void alertQueryRejectsBadTimestamps() {
        given().queryParam("since", "yesterday").when().get("/api/v1/access/alerts")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void maskEndpointAppliesTheFormats() {
        String body = """
                {"mask": ["name", "mobile", "idNumber", "address", "birthDate"],
                 "record": {"name": "欧阳娜娜", "mobile": "13812345678", "idNumber": "33010619850312123X",
                            "birthDate": "1985-03-12", "policyNo": "P1",
                            "address": {"province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路1号"}}}
                """;
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/access/mask")
                .then().statusCode(200)
                .body("record.name", equalTo("欧阳**"))
                .body("record.mobile", equalTo("138****5678"))
                .body("record.idNumber", equalTo("330***********123X"))
                .body("record.birthDate", equalTo("1985-**-**"))
                .body("record.policyNo", equalTo("P1"))
                .body("record.address.district", equalTo("西湖区"))
                .body("record.address.detail", equalTo(null));
        given().contentType(ContentType.JSON).body("{\"mask\": [\"name\"]}").when().post("/api/v1/access/mask")
                .then().statusCode(400).body("errors[0].field", equalTo("record"));
    }

    @Test
    void harnessReportsTheDecidingRule() throws Exception {
        assertEquals(RuleFamily.ACCESS, harness.family());
        RulesetTestHarness.CaseResult r = harness.run(registry.active(RuleFamily.ACCESS),
                AccessRequests.JSON.readTree(with(agent(), "purpose", "CLAIMS").toString()));
        assertEquals("DENY", r.outcome());
        assertEquals(Set.of("ACC-PURP-001"), r.ruleIds());
        r = harness.run(registry.active(RuleFamily.ACCESS), AccessRequests.JSON.readTree(agent().toString()));
        assertEquals("PERMIT", r.outcome());
        assertEquals(Set.of("ACC-MASK-001"), r.ruleIds());
        assertThrows(IllegalArgumentException.class, () -> harness.run(registry.active(RuleFamily.ACCESS),
                AccessRequests.JSON.readTree(with(agent(), "action", "PRINT").toString())));
    }
}
