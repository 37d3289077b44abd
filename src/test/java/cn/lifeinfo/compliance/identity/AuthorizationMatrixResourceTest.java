package cn.lifeinfo.compliance.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static cn.lifeinfo.compliance.identity.Roles.AUDITOR;
import static cn.lifeinfo.compliance.identity.Roles.DECISION_CLIENT;
import static cn.lifeinfo.compliance.identity.Roles.INSPECTOR;
import static cn.lifeinfo.compliance.identity.Roles.MANAGER;
import static cn.lifeinfo.compliance.identity.Roles.REGISTRY_ADMIN;
import static cn.lifeinfo.compliance.identity.Roles.RULE_APPROVER;
import static cn.lifeinfo.compliance.identity.Roles.RULE_AUTHOR;
import static cn.lifeinfo.compliance.identity.Roles.SCREENING_OPERATOR;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API.md's role table, operation by operation: no token → 401, every role the table does not name → 403, each role
 * it names → neither. The table is checked against the published OpenAPI document, so an endpoint added without a
 * row here fails this test.
 */
@QuarkusTest
class AuthorizationMatrixResourceTest {

    static final String JSON = "application/json";

    record Operation(String method, String path, String example, String contentType, String body, Set<String> roles) {
    }

    static Operation op(String method, String path, String example, String contentType, String body,
                        String... roles) {
        return new Operation(method, path, example, contentType, body, Set.of(roles));
    }

    static final List<Operation> TABLE = List.of(
            op("POST", "/api/v1/decisions/truthfulness", "/api/v1/decisions/truthfulness?dryRun=true", JSON, "{}",
                    DECISION_CLIENT),
            op("POST", "/api/v1/decisions/truthfulness/batch", "/api/v1/decisions/truthfulness/batch?dryRun=true",
                    JSON, "{\"records\":[]}", DECISION_CLIENT),
            op("POST", "/api/v1/decisions/access", null, JSON, "{}", DECISION_CLIENT),
            op("POST", "/api/v1/decisions/service", null, JSON, "{}", DECISION_CLIENT),
            op("GET", "/api/v1/lifecycle/changes", null, null, null, AUDITOR),
            op("GET", "/api/v1/lifecycle/destructions", null, null, null, AUDITOR),
            op("POST", "/api/v1/lifecycle/list-exports", null, JSON, "{}", DECISION_CLIENT),
            op("POST", "/api/v1/lifecycle/list-exports/{exportId}/destruction",
                    "/api/v1/lifecycle/list-exports/NO-SUCH/destruction", JSON, "{}", DECISION_CLIENT),
            op("GET", "/api/v1/lifecycle/list-exports/overdue", null, null, null, INSPECTOR, AUDITOR),
            op("POST", "/api/v1/lifecycle/list-exports/overdue-check", null, JSON, "{\"asOf\":\"x\"}", INSPECTOR),
            op("POST", "/api/v1/lifecycle/reverification-runs", null, JSON, "{\"asOf\":\"x\"}", INSPECTOR),
            op("POST", "/api/v1/lifecycle/reverification-tasks/notification-failures", null, JSON, "{}",
                    DECISION_CLIENT),
            op("GET", "/api/v1/lifecycle/reverification-tasks", null, null, null, DECISION_CLIENT, INSPECTOR,
                    AUDITOR),
            op("POST", "/api/v1/lifecycle/reverification-tasks/search", null, JSON, "{}", DECISION_CLIENT,
                    INSPECTOR),
            op("POST", "/api/v1/lifecycle/reverification-tasks/{taskId}/completion",
                    "/api/v1/lifecycle/reverification-tasks/NO-SUCH/completion", JSON, "{}", DECISION_CLIENT),
            op("POST", "/api/v1/commission/payment-runs", null, JSON, "{}", DECISION_CLIENT),
            op("GET", "/api/v1/commission/payment-runs/{runId}", "/api/v1/commission/payment-runs/NO-SUCH", null,
                    null, DECISION_CLIENT, INSPECTOR, AUDITOR),
            op("POST", "/api/v1/commission/payment-runs/{runId}/sign-off",
                    "/api/v1/commission/payment-runs/NO-SUCH/sign-off", JSON, "{}", INSPECTOR),
            op("POST", "/api/v1/commission/payment-runs/{runId}/payment",
                    "/api/v1/commission/payment-runs/NO-SUCH/payment", null, null, DECISION_CLIENT),
            op("POST", "/api/v1/access/mask", null, JSON, "{}", DECISION_CLIENT),
            op("POST", "/api/v1/decisions/commission", null, JSON, "{}", DECISION_CLIENT),
            op("POST", "/api/v1/decisions/hiring", null, JSON, "{}", DECISION_CLIENT),
            op("GET", "/api/v1/agents/{agentCode}", "/api/v1/agents/NO-SUCH", null, null, REGISTRY_ADMIN),
            op("PUT", "/api/v1/agents/{agentCode}", "/api/v1/agents/MX-1", JSON, "{}", REGISTRY_ADMIN),
            op("GET", "/api/v1/institutions/{institutionId}", "/api/v1/institutions/NO-SUCH", null, null,
                    REGISTRY_ADMIN),
            op("PUT", "/api/v1/institutions/{institutionId}", "/api/v1/institutions/MX-1", JSON, "{}",
                    REGISTRY_ADMIN),
            op("POST", "/api/v1/agents/import", null, "text/csv", "agentCode\n", REGISTRY_ADMIN),
            op("POST", "/api/v1/institutions/import", null, "text/csv", "institutionId\n", REGISTRY_ADMIN),
            op("GET", "/api/v1/rulesets", null, null, null, RULE_AUTHOR, RULE_APPROVER, AUDITOR),
            op("POST", "/api/v1/rulesets/{family}", "/api/v1/rulesets/truthfulness", "multipart/form-data", null,
                    RULE_AUTHOR),
            op("POST", "/api/v1/rulesets/{family}/versions/{version}/activate",
                    "/api/v1/rulesets/truthfulness/versions/9999/activate", null, null, RULE_APPROVER),
            op("GET", "/api/v1/rulesets/{family}/versions/{version}", "/api/v1/rulesets/truthfulness/versions/1",
                    null, null, RULE_AUTHOR, RULE_APPROVER, AUDITOR),
            op("GET", "/api/v1/rulesets/{family}/versions/{version}/file",
                    "/api/v1/rulesets/truthfulness/versions/1/file", null, null, RULE_AUTHOR, RULE_APPROVER, AUDITOR),
            op("GET", "/api/v1/rulesets/{family}/versions/{a}/diff/{b}",
                    "/api/v1/rulesets/truthfulness/versions/1/diff/1", null, null, RULE_AUTHOR, RULE_APPROVER,
                    AUDITOR),
            op("GET", "/api/v1/rulesets/{family}/changes", "/api/v1/rulesets/truthfulness/changes", null, null,
                    RULE_AUTHOR, RULE_APPROVER, AUDITOR),
            op("GET", "/api/v1/rulesets/truthfulness/versions/{version}/impact",
                    "/api/v1/rulesets/truthfulness/versions/1/impact?last=1", null, null, RULE_AUTHOR, RULE_APPROVER),
            op("POST", "/api/v1/rulesets/truthfulness/versions/{version}/impact",
                    "/api/v1/rulesets/truthfulness/versions/1/impact", JSON, "{\"records\":[]}", RULE_AUTHOR,
                    RULE_APPROVER),
            op("POST", "/api/v1/agents/{agentCode}/violations", "/api/v1/agents/NO-SUCH/violations", JSON, "{}",
                    INSPECTOR),
            op("GET", "/api/v1/agents/{agentCode}/violations", "/api/v1/agents/NO-SUCH/violations", null, null,
                    INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/agents/{agentCode}/score", "/api/v1/agents/NO-SUCH/score", null, null, INSPECTOR,
                    MANAGER, AUDITOR),
            op("GET", "/api/v1/agents/{agentCode}/score/history", "/api/v1/agents/NO-SUCH/score/history", null,
                    null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/agents/scores", null, null, null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/agents/scores/export", null, null, null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/agents/scores/summary", null, null, null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/agents/scores/vocabulary", null, null, null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/access/alerts", null, null, null, AUDITOR),
            op("POST", "/api/v1/screenings", null, "text/csv", "", SCREENING_OPERATOR),
            op("GET", "/api/v1/screenings/{id}", "/api/v1/screenings/NO-SUCH", null, null, SCREENING_OPERATOR),
            op("GET", "/api/v1/screenings/{id}/report.xlsx", "/api/v1/screenings/NO-SUCH/report.xlsx", null, null,
                    SCREENING_OPERATOR),
            op("GET", "/api/v1/screenings/{id}/report.csv", "/api/v1/screenings/NO-SUCH/report.csv", null, null,
                    SCREENING_OPERATOR),
            op("POST", "/api/v1/sampling/runs", null, JSON, "{}", INSPECTOR),
            op("GET", "/api/v1/sampling/runs", null, null, null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/sampling/runs/{runId}", "/api/v1/sampling/runs/NO-SUCH", null, null, INSPECTOR,
                    MANAGER, AUDITOR),
            op("POST", "/api/v1/sampling/items/{itemId}/verification", "/api/v1/sampling/items/NO-SUCH/verification",
                    JSON, "{}", INSPECTOR),
            op("POST", "/api/v1/branches/inspections", null, JSON, "{}", INSPECTOR),
            op("GET", "/api/v1/branches/inspections", null, null, null, INSPECTOR, MANAGER, AUDITOR),
            op("GET", "/api/v1/branches/inspections/{inspectionId}", "/api/v1/branches/inspections/NO-SUCH", null,
                    null, INSPECTOR, MANAGER, AUDITOR),
            op("POST", "/api/v1/branches/inspections/{inspectionId}/findings",
                    "/api/v1/branches/inspections/NO-SUCH/findings", JSON, "{}", INSPECTOR),
            op("POST", "/api/v1/branches/inspections/findings/{findingId}/remediation",
                    "/api/v1/branches/inspections/findings/NO-SUCH/remediation", JSON, "{}", INSPECTOR),
            op("POST", "/api/v1/branches/inspections/sanction-check", "/api/v1/branches/inspections/sanction-check"
                    + "?asOf=2000-01-01", null, null, INSPECTOR),
            op("GET", "/api/v1/branches/legacy-cleanup", null, null, null, INSPECTOR, MANAGER, AUDITOR));

    /** Open to everyone: where the pages sign in. */
    static final Set<String> PUBLIC = Set.of("GET /pages/sign-in");

    static Response call(Operation op, Header auth) {
        RequestSpecification req = given().noFiltersOfType(DefaultCaller.class);
        if (auth != null) {
            req = req.header(auth);
        }
        if ("multipart/form-data".equals(op.contentType())) {
            req = req.multiPart("file", "x.xlsx", new byte[]{1, 2, 3});
        } else if (op.contentType() != null) {
            req = req.contentType(op.contentType()).body(op.body());
        }
        String url = op.example() == null ? op.path() : op.example();
        return req.when().request(op.method(), url);
    }

    @Test
    void everyOperationWithoutATokenIs401() {
        for (Operation op : TABLE) {
            Response r = call(op, null);
            assertEquals(401, r.statusCode(), op.method() + " " + op.path() + ": " + r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"), op.path());
            assertEquals("Bearer", r.header("WWW-Authenticate"), op.path());
        }
    }

    @Test
    void everyRoleTheTableDoesNotNameIs403() {
        for (Operation op : TABLE) {
            for (String role : Roles.ALL) {
                if (op.roles().contains(role)) {
                    continue;
                }
                Response r = call(op, Tokens.as("someone", role));
                assertEquals(403, r.statusCode(), op.method() + " " + op.path() + " as " + role + ": " + r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"), op.path());
            }
        }
    }

    @Test
    void everyRoleTheTableNamesGetsIn() {
        for (Operation op : TABLE) {
            for (String role : op.roles()) {
                Header auth = MANAGER.equals(role) ? Tokens.manager("someone", "*") : Tokens.as("someone", role);
                int status = call(op, auth).statusCode();
                assertTrue(status != 401 && status != 403,
                        op.method() + " " + op.path() + " as " + role + " answered " + status);
            }
        }
    }

    @Test
    void forgedAndExpiredTokensAre401() throws Exception {
        var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        String forged = DevTokens.sign(otherKey, Tokens.ISSUER, Duration.ofHours(1), "mallory",
                List.of(DECISION_CLIENT), null);
        String expired = DevTokens.sign(Tokens.KEY, Tokens.ISSUER, Duration.ofSeconds(-3600), "late",
                List.of(DECISION_CLIENT), null);
        for (String token : List.of(forged, expired, "not-a-jwt")) {
            given().noFiltersOfType(DefaultCaller.class).header(Tokens.bearer(token)).contentType(JSON).body("{}")
                    .when().post("/api/v1/decisions/truthfulness?dryRun=true")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void theTableCoversEveryPublishedOperation() {
        Map<String, Map<String, Object>> paths = given().noFiltersOfType(DefaultCaller.class)
                .when().get(cn.lifeinfo.compliance.common.Management.url("/q/openapi?format=json")).then().statusCode(200).extract().path("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> published.add(m.toUpperCase() + " " + path)));
        Set<String> covered = new TreeSet<>(PUBLIC);
        TABLE.forEach(op -> covered.add(op.method() + " " + op.path()));
        List<String> missing = new ArrayList<>(published);
        missing.removeAll(covered);
        assertEquals(List.of(), missing, "operations without a row in the role table");
        List<String> stale = new ArrayList<>(covered);
        stale.removeAll(published);
        assertEquals(List.of(), stale, "rows for operations the service does not publish");
    }

    @Test
    void pagesSignInIsPublic() {
        given().noFiltersOfType(DefaultCaller.class).when().get("/pages/sign-in").then().statusCode(200)
                .body("authServerUrl", org.hamcrest.Matchers.equalTo("/dev/sign-in"))
                .body("clientId", org.hamcrest.Matchers.equalTo("compliance-pages"));
    }
}
