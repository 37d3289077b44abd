package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Verification of sampled policies: the selling salesperson may not verify (GATE-SMP-002, 403 DENY, only the
 * refusal recorded); a policy found false is a violation of the seller (GATE-SMP-003, NON_CUSTOMER_CONTACT by the
 * service workbook) that his score shows; a post-callback check that finds a proxy answered is PROXY_CALLBACK
 * (GATE-CB-004). One verification per item, never changed.
 */
@QuarkusTest
class SamplingVerificationResourceTest {

    @Inject
    AgroalDataSource db;

    /** A branch with one salesperson and five policies applied for in August 2026, sampled: answers the run. */
    private static JsonPath sampledBranch(String agent) {
        String branch = Samples.unique("SV");
        Samples.registerAgent(agent, branch);
        Samples.newBusiness(agent, 5, "2026-08-11");
        String runId = Samples.openOne("CONSISTENCY", "2026-08", branch).getString("runs[0].runId");
        return Samples.detail(runId);
    }

    private long refusals() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM decision_audit WHERE family = 'sampling'"
                     + " AND outcome = 'DENY' AND fired_rules = 'GATE-SMP-002'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSellerMayNotVerifyHisOwnPolicy() throws Exception {
        String agent = Samples.unique("SA");
        JsonPath run = sampledBranch(agent);
        String itemId = run.getString("items[0].itemId");
        long before = refusals();

        Response refused = Samples.verify(itemId, agent, "CONFIRMED");
        assertEquals(403, refused.statusCode(), refused.asString());
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("/problems/self-verification"))
                .body("errors[0].field", equalTo("verifierId"))
                .body("errors[0].ruleId", equalTo("GATE-SMP-002"))
                .body("errors[0].decision", equalTo("DENY"))
                .body("errors[0].reasonZh", equalTo("定期抽取保单核实客户信息真实性,销售人员不得单独直接核实"))
                .body("errors[0].reasonEn", equalTo("Truthfulness verification sample; seller may not verify alone"));
        // the same in another case: refused
        assertEquals(403, Samples.verify(itemId, agent.toLowerCase(), "FALSE_INFO").statusCode());
        assertEquals(before + 2, refusals(), "each refusal is audited");
        assertNull(Samples.detail(run.getString("run.runId")).get("items[0].verification"), "nothing recorded");
        assertEquals(0, given().when().get("/api/v1/agents/" + agent + "/violations").then().statusCode(200)
                .extract().jsonPath().getList("$").size());

        // an independent verifier: recorded once, never changed
        Response ok = Samples.verify(itemId, "QC-007", "CONFIRMED");
        assertEquals(201, ok.statusCode(), ok.asString());
        ok.then().body("result", equalTo("CONFIRMED")).body("verifierId", equalTo("QC-007"))
                .body("enteredBy", equalTo("inspector.li")).body("violationId", nullValue());
        Response again = Samples.verify(itemId, "QC-008", "FALSE_INFO");
        assertEquals(409, again.statusCode(), again.asString());
        assertEquals("QC-007", Samples.detail(run.getString("run.runId")).getString("items.find { it.itemId == '"
                + itemId + "' }.verification.verifierId"));
    }

    @Test
    void aSampledPolicyFoundFalseBecomesAViolationInTheSellersScore() {
        String agent = Samples.unique("SA");
        JsonPath run = sampledBranch(agent);
        given().when().get("/api/v1/agents/" + agent + "/score").then().statusCode(200).body("activePoints", equalTo(0));
        String itemId = run.getString("items[0].itemId");

        Response found = Samples.verify(itemId, "QC-007", "FALSE_INFO");
        assertEquals(201, found.statusCode(), found.asString());
        found.then().body("violationType", equalTo("NON_CUSTOMER_CONTACT"))
                .body("violationRuleId", equalTo("GATE-SMP-003")).body("violationRecorded", equalTo(true));
        String violationId = found.jsonPath().getString("violationId");

        given().when().get("/api/v1/agents/" + agent + "/score").then().statusCode(200)
                .body("activePoints", equalTo(4));
        given().when().get("/api/v1/agents/" + agent + "/violations").then().statusCode(200)
                .body("violationId", equalTo(List.of(violationId))).body("[0].source", equalTo("SAMPLING"))
                .body("[0].type", equalTo("NON_CUSTOMER_CONTACT")).body("[0].decisionId", equalTo(itemId))
                .body("[0].policyNo", equalTo(run.getString("items[0].policyNoMasked")));

        // a second false policy of the same seller: two false-information events escalate (catalog §5.3)
        Response second = Samples.verify(run.getString("items[1].itemId"), "QC-007", "FALSE_INFO");
        assertEquals(201, second.statusCode(), second.asString());
        given().when().get("/api/v1/agents/" + agent + "/score").then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("flags", hasItem("NO_REHIRE"));
    }

    @Test
    void aProxyFoundByThePostCallbackCheckIsAProxyCallbackViolation() {
        String branch = Samples.unique("SC");
        String agent = Samples.unique("SA");
        Samples.registerAgent(agent, branch);
        List<String> policies = Samples.newBusiness(agent, 20, "2026-04-20");
        policies.forEach(p -> Samples.completedCallback(p, "2026-05-06"));

        JsonPath opened = Samples.openOne("POST_CALLBACK", "2026-05", branch);
        assertEquals("GATE-CB-004", opened.getString("runs[0].ruleId"));
        assertEquals(20, opened.getInt("runs[0].population"));
        assertEquals(5, opened.getInt("runs[0].ratePercent"));
        assertEquals(1, opened.getInt("runs[0].size"), "5% of 20");
        JsonPath run = Samples.detail(opened.getString("runs[0].runId"));
        assertEquals(agent, run.getString("items[0].agentCode"), "the seller comes from the policy's decision");
        assertEquals("2026-05-06", run.getString("items[0].businessDate"));

        Response proxy = Samples.verify(run.getString("items[0].itemId"), "QC-007", "PROXY_ANSWERED");
        assertEquals(201, proxy.statusCode(), proxy.asString());
        proxy.then().body("violationType", equalTo("PROXY_CALLBACK")).body("violationRuleId", equalTo("GATE-CB-004"));
        given().when().get("/api/v1/agents/" + agent + "/score").then().statusCode(200)
                .body("activePoints", equalTo(6));

        // callbacks are checked only once they are six months old (sheet 参数, sampling.postCallback.afterMonths)
        Samples.open("POST_CALLBACK", java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1)
                .toString(), branch).then().statusCode(409);
    }

    @Test
    void proxyAnsweredAppliesToPostCallbackSamplesAndBadInputIs400() {
        String agent = Samples.unique("SA");
        JsonPath run = sampledBranch(agent);
        String itemId = run.getString("items[0].itemId");
        Samples.verify(itemId, "QC-007", "PROXY_ANSWERED").then().statusCode(400)
                .body("errors.field", hasItem("result"));
        Samples.verify(itemId, "QC-007", "MAYBE").then().statusCode(400).body("errors.field", hasItem("result"));
        given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", Roles.INSPECTOR))
                .body("{\"note\":\"" + "x".repeat(1001) + "\"}").when()
                .post("/api/v1/sampling/items/" + itemId + "/verification").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("verifierId", "result", "note"));
        given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", Roles.INSPECTOR))
                .body("{\"verifierId\":7,\"result\":[]}").when()
                .post("/api/v1/sampling/items/" + itemId + "/verification").then().statusCode(400);
        Samples.verify("NO-SUCH-ITEM", "QC-007", "CONFIRMED").then().statusCode(404);
    }
}
