package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lifeinfo.compliance.sampling.Samples.RUNS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalog GATE-SMP-001/002 and §7: a branch's monthly consistency sample is 3% of its new in-scope policies rounded
 * up, at least 20 (all when fewer), plus every policy of a salesperson grey-listed on the application date; a
 * quarter's truthfulness sample is 2%, at least 30. A run is drawn once per kind, period and branch.
 */
@QuarkusTest
class SamplingResourceTest {

    @Test
    void aHundredPoliciesGiveTheMinimumOfTwentyAThousandGiveThreePercent() {
        String small = Samples.unique("SB");
        String large = Samples.unique("SB");
        String smallAgent = Samples.unique("SA");
        String largeAgent = Samples.unique("SA");
        Samples.registerAgent(smallAgent, small);
        Samples.registerAgent(largeAgent, large);
        Samples.newBusiness(smallAgent, 100, "2026-09-12");
        Samples.newBusiness(largeAgent, 1000, "2026-09-20");

        JsonPath s = Samples.openOne("CONSISTENCY", "2026-09", small);
        assertEquals("GATE-SMP-001", s.getString("runs[0].ruleId"));
        assertEquals(100, s.getInt("runs[0].population"));
        assertEquals(3, s.getInt("runs[0].ratePercent"));
        assertEquals(20, s.getInt("runs[0].minimum"));
        assertEquals(20, s.getInt("runs[0].size"));
        JsonPath l = Samples.openOne("CONSISTENCY", "2026-09", large);
        assertEquals(1000, l.getInt("runs[0].population"));
        assertEquals(30, l.getInt("runs[0].size"));

        // the quarter's truthfulness sample: 2%, at least 30 (2% of 1000 is 20)
        JsonPath q = Samples.openOne("TRUTHFULNESS", "2026-Q3", large);
        assertEquals("GATE-SMP-002", q.getString("runs[0].ruleId"));
        assertEquals(2, q.getInt("runs[0].ratePercent"));
        assertEquals(30, q.getInt("runs[0].minimum"));
        assertEquals(30, q.getInt("runs[0].size"));
        JsonPath q2 = Samples.openOne("TRUTHFULNESS", "2026-Q2", large);
        assertEquals(0, q2.getInt("runs[0].population"), "the policies were applied for in September");
        assertEquals(0, q2.getInt("runs[0].size"));
    }

    @Test
    void fewerPoliciesThanTheMinimumAreAllSampled() {
        String branch = Samples.unique("SB");
        String agent = Samples.unique("SA");
        Samples.registerAgent(agent, branch);
        List<String> sold = Samples.newBusiness(agent, 12, "2026-09-03");
        // counted once, as last decided: two resubmitted, one moved to October, two out of scope (one-year terms)
        Samples.store(List.of(Samples.record(agent, sold.get(0), "2026-09-03"),
                Samples.record(agent, sold.get(1), "2026-09-04")));
        String moved = Samples.newBusiness(agent, 1, "2026-09-05").get(0);
        Samples.store(List.of(Samples.record(agent, moved, "2026-10-01")));
        String prefix = Samples.unique("P-short");
        Samples.store(List.of(
                TestRecords.with(Samples.record(agent, prefix + "-1", "2026-09-06"), "coverageTerm.value", 1),
                TestRecords.with(Samples.record(agent, prefix + "-2", "2026-09-07"), "coverageTerm.value", 1)));
        JsonPath run = Samples.openOne("CONSISTENCY", "2026-09", branch);
        assertEquals(12, run.getInt("runs[0].population"));
        assertEquals(12, run.getInt("runs[0].size"));
        JsonPath detail = Samples.detail(run.getString("runs[0].runId"));
        assertEquals(new HashSet<>(sold), new HashSet<>(detail.getList("items.policyNo")));
        assertEquals(Set.of("RATE"), new HashSet<>(detail.getList("items.reason")));
    }

    @Test
    void everyPolicyOfASalespersonGreyListedOnItsApplicationDateIsSampled() {
        String branch = Samples.unique("SB");
        String clean = Samples.unique("SA");
        String grey = Samples.unique("SG");
        Samples.registerAgent(clean, branch);
        Samples.registerAgent(grey, branch);
        given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", Roles.INSPECTOR))
                .body("{\"date\":\"2026-08-01\",\"type\":\"LIST_NOT_DESTROYED\"}") // 3 points: GREY_LIST
                .when().post("/api/v1/agents/" + grey + "/violations").then().statusCode(201);
        Samples.newBusiness(clean, 100, "2026-10-05");
        List<String> greyPolicies = Samples.newBusiness(grey, 10, "2026-10-06");

        JsonPath run = Samples.openOne("CONSISTENCY", "2026-10", branch);
        assertEquals(110, run.getInt("runs[0].population"));
        assertEquals(20, run.getInt("runs[0].quota"));
        assertEquals(10, run.getInt("runs[0].greyListed"));
        assertEquals(20, run.getInt("runs[0].size"), "the grey-listed policies count toward the quota");
        JsonPath detail = Samples.detail(run.getString("runs[0].runId"));
        List<Map<String, Object>> items = detail.getList("items");
        Set<Object> greyDrawn = new HashSet<>();
        for (Map<String, Object> i : items) {
            if ("GREY_LIST".equals(i.get("reason"))) {
                greyDrawn.add(i.get("policyNo"));
                assertEquals(grey, i.get("agentCode"));
            } else {
                assertEquals(clean, i.get("agentCode"));
            }
        }
        assertEquals(new HashSet<>(greyPolicies), greyDrawn);

        // the grey list applies on the application date: policies applied for before the violation are not all taken
        String earlier = Samples.unique("SB");
        String before = Samples.unique("SG");
        Samples.registerAgent(before, earlier);
        Samples.newBusiness(before, 25, "2026-07-10");
        given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", Roles.INSPECTOR))
                .body("{\"date\":\"2026-08-01\",\"type\":\"LIST_NOT_DESTROYED\"}")
                .when().post("/api/v1/agents/" + before + "/violations").then().statusCode(201);
        JsonPath july = Samples.openOne("CONSISTENCY", "2026-07", earlier);
        assertEquals(0, july.getInt("runs[0].greyListed"));
        assertEquals(20, july.getInt("runs[0].size"));
    }

    @Test
    void aSecondRequestReturnsTheRunAlreadyDrawnNeverASecondSample() {
        String branch = Samples.unique("SB");
        String agent = Samples.unique("SA");
        Samples.registerAgent(agent, branch);
        Samples.newBusiness(agent, 40, "2026-10-15");
        var first = Samples.open("CONSISTENCY", "2026-10", branch);
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(true, first.jsonPath().getBoolean("runs[0].created"));
        String runId = first.jsonPath().getString("runs[0].runId");
        List<String> drawn = Samples.detail(runId).getList("items.itemId");

        Samples.newBusiness(agent, 5, "2026-10-16"); // late arrivals do not reopen the month
        var second = Samples.open("CONSISTENCY", "2026-10", branch);
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals(runId, second.jsonPath().getString("runs[0].runId"));
        assertEquals(false, second.jsonPath().getBoolean("runs[0].created"));
        assertEquals(40, second.jsonPath().getInt("runs[0].population"));
        assertEquals(drawn, Samples.detail(runId).getList("items.itemId"));

        // without a branch: every branch with policies in the month, this one included and unchanged
        var all = Samples.open("CONSISTENCY", "2026-10", null);
        assertEquals(List.of(runId), all.jsonPath().getList("runs.findAll { it.branchCode == '" + branch + "' }.runId"));
        given().header(Tokens.as("auditor.wu", Roles.AUDITOR)).when()
                .get(RUNS + "?kind=CONSISTENCY&period=2026-10&branchCode=" + branch).then().statusCode(200)
                .body("runId", equalTo(List.of(runId)));
    }

    @Test
    void concurrentRequestsForOneBranchOpenOneRun() throws Exception {
        String branch = Samples.unique("SB");
        String agent = Samples.unique("SA");
        Samples.registerAgent(agent, branch);
        Samples.newBusiness(agent, 30, "2026-10-21");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> Samples.open("CONSISTENCY", "2026-10", branch)));
            }
            Set<String> runIds = new HashSet<>();
            int created = 0;
            for (var call : calls) {
                var r = call.get();
                assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.asString());
                runIds.add(r.jsonPath().getString("runs[0].runId"));
                created += r.jsonPath().getBoolean("runs[0].created") ? 1 : 0;
            }
            assertEquals(1, runIds.size(), "one run for the branch and month");
            assertEquals(1, created);
            assertEquals(20, Samples.detail(runIds.iterator().next()).getList("items").size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void policyNumbersAreInClearForInspectorsOnlyAndManagersSeeTheirBranches() {
        String branch = Samples.unique("SB");
        String agent = Samples.unique("SA");
        Samples.registerAgent(agent, branch);
        List<String> sold = Samples.newBusiness(agent, 3, "2026-10-01");
        String runId = Samples.openOne("CONSISTENCY", "2026-10", branch).getString("runs[0].runId");

        JsonPath inspector = Samples.detail(runId);
        assertTrue(sold.containsAll(inspector.getList("items.policyNo")));
        given().header(Tokens.manager("manager.wang", branch)).when().get(RUNS + "/" + runId).then()
                .statusCode(200).body("items.policyNo", everyItem(nullValue()))
                .body("items.policyNoMasked", everyItem(not(nullValue())))
                .body("items.policyNoMasked", not(hasItems(sold.toArray())));
        given().header(Tokens.as("auditor.wu", Roles.AUDITOR)).when().get(RUNS + "/" + runId).then()
                .statusCode(200).body("items.policyNo", everyItem(nullValue()));
        given().header(Tokens.manager("manager.wang", "9999")).when().get(RUNS + "/" + runId).then()
                .statusCode(403).contentType("application/problem+json");
        given().header(Tokens.manager("manager.wang", "9999")).when().get(RUNS + "?branchCode=" + branch).then()
                .statusCode(200).body("runId", not(hasItem(runId)));
        given().when().get(RUNS + "/NO-SUCH-RUN").then().statusCode(404);
    }

    @Test
    void badInputIs400NamingTheFields() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"WEEKLY\",\"period\":\"2026-10\"}").when()
                .post(RUNS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"TRUTHFULNESS\",\"period\":\"2026-10\"}").when()
                .post(RUNS).then().statusCode(400).body("errors.field", hasItem("period"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"CONSISTENCY\",\"period\":\"2026-Q3\"}").when()
                .post(RUNS).then().statusCode(400).body("errors.field", hasItem("period"));
        given().contentType(ContentType.JSON).body("{\"branchCode\":\"  \"}").when()
                .post(RUNS).then().statusCode(400).body("errors.field", hasItems("kind", "period", "branchCode"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"CONSISTENCY\",\"period\":202610}").when()
                .post(RUNS).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"kind\":\"CONSISTENCY\",\"period\":\"2026-10\",\"branchCode\":\""
                + "B".repeat(41) + "\"}").when().post(RUNS).then().statusCode(400).body("errors.field", hasItem("branchCode"));
        given().when().get(RUNS + "?kind=DAILY").then().statusCode(400).body("errors.field", hasItem("kind"));
        // a period that has not ended is not sampled yet (a run is final)
        YearMonth next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        given().contentType(ContentType.JSON).body("{\"kind\":\"CONSISTENCY\",\"period\":\"" + next + "\"}")
                .when().post(RUNS).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/period-not-due"));
        String quarter = next.getYear() + "-Q" + ((next.getMonthValue() - 1) / 3 + 1);
        given().contentType(ContentType.JSON).body("{\"kind\":\"TRUTHFULNESS\",\"period\":\"" + quarter + "\"}")
                .when().post(RUNS).then().statusCode(409);
    }
}
