package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.service.ServiceRequests;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * Test helpers over HTTP: register salespeople of a branch, store their new business (clean, in-scope records
 * whose only difference is the policy number), store completed callbacks, open runs and read them. Branch codes,
 * agent codes and policy numbers are unique per call, because the test database is shared by every test class.
 */
final class Samples {

    static final String RUNS = "/api/v1/sampling/runs";
    private static final String RUN_TAG = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Samples() {
    }

    /** A fresh code, e.g. a branch "SB-k3f-7". */
    static String unique(String prefix) {
        return prefix + "-" + RUN_TAG + "-" + NEXT.incrementAndGet();
    }

    static void registerAgent(String agentCode, String branchCode) {
        given().contentType(ContentType.JSON)
                .body("{\"agentCode\":\"" + agentCode + "\",\"name\":\"王芳\",\"mobile\":\"13600001234\","
                        + "\"branchCode\":\"" + branchCode + "\",\"status\":\"ACTIVE\"}")
                .when().put("/api/v1/agents/" + agentCode).then().statusCode(anyOf(is(200), is(201)));
    }

    /** Stores {@code n} new policies sold by the agent, applied for on the given date; answers their numbers. */
    static List<String> newBusiness(String agentCode, int n, String applicationDate) {
        String prefix = unique("P-" + agentCode);
        List<ObjectNode> records = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(record(agentCode, prefix + "-" + i, applicationDate));
        }
        store(records);
        return records.stream().map(r -> r.get("policyNo").asText()).toList();
    }

    /** A clean, in-scope policy sold by the agent. */
    static ObjectNode record(String agentCode, String policyNo, String applicationDate) {
        ObjectNode r = TestRecords.with(TestRecords.clean(), "policyNo", policyNo);
        r = TestRecords.with(r, "salesperson.agentCode", agentCode);
        r = TestRecords.with(r, "applicationDate", applicationDate);
        return TestRecords.with(r, "effectiveDate", LocalDate.parse(applicationDate).plusDays(1).toString());
    }

    /** Decides and stores the records as one batch. */
    static void store(List<ObjectNode> records) {
        ObjectNode body = TestRecords.JSON.createObjectNode();
        body.putArray("records").addAll(records);
        given().contentType(ContentType.JSON).body(body.toString()).when()
                .post("/api/v1/decisions/truthfulness/batch").then().statusCode(200);
    }

    /** A callback to the number on file, answered and identity-verified on {@code date}. */
    static void completedCallback(String policyNo, String date) {
        ObjectNode r = ServiceRequests.callback().put("asOfDate", date);
        ((ObjectNode) r.get("policy")).put("policyNo", policyNo)
                .put("policyReceiptDate", LocalDate.parse(date).minusDays(3).toString());
        ServiceRequests.attempt(r, date, "13800138000", true, true);
        given().contentType(ContentType.JSON).body(r.toString()).when().post("/api/v1/decisions/service")
                .then().statusCode(200).body("decision", is("COMPLETED"));
    }

    static Response open(String kind, String period, String branchCode) {
        String body = "{\"kind\":\"" + kind + "\",\"period\":\"" + period + "\""
                + (branchCode == null ? "" : ",\"branchCode\":\"" + branchCode + "\"") + "}";
        return given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", Roles.INSPECTOR)).body(body)
                .when().post(RUNS);
    }

    /** Opens the branch's run and answers the whole body ({@code runs[0]} is the run), created or not. */
    static JsonPath openOne(String kind, String period, String branchCode) {
        Response r = open(kind, period, branchCode);
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new AssertionError("opening " + kind + " " + period + " " + branchCode + ": " + r.asString());
        }
        return r.jsonPath();
    }

    static JsonPath detail(String runId) {
        return given().header(Tokens.as("inspector.li", Roles.INSPECTOR)).when().get(RUNS + "/" + runId)
                .then().statusCode(200).extract().jsonPath();
    }

    static Response verify(String itemId, String verifierId, String result) {
        return given().contentType(ContentType.JSON).header(Tokens.as("inspector.li", Roles.INSPECTOR))
                .body("{\"verifierId\":\"" + verifierId + "\",\"result\":\"" + result + "\",\"note\":\"电话核实\"}")
                .when().post("/api/v1/sampling/items/" + itemId + "/verification");
    }
}
