package cn.lifeinfo.compliance.openapi;

import cn.lifeinfo.compliance.apidoc.ApiStatuses;
import cn.lifeinfo.compliance.common.Management;
import cn.lifeinfo.compliance.identity.DefaultCaller;
import cn.lifeinfo.compliance.identity.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published document (/q/openapi) against the service: each operation lists exactly the statuses of
 * {@link ApiStatuses} with problem+json bodies and the bearer scheme; the statuses this and the other HTTP tests
 * observed are among them ({@link ObservedStatuses} fails any test that sees another); one answer of each kind
 * (201, 400, 401, 403, 404, 413, 415, 422) is provoked here; the examples decide; "Try it out" reaches the
 * public port from Swagger UI's origin with a token.
 */
@QuarkusTest
class OpenApiContractResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The published document; also left at target/openapi.json for reading and for CI artifacts. */
    static JsonNode document() throws IOException {
        String doc = given().noFiltersOfType(DefaultCaller.class).when()
                .get(Management.url("/q/openapi?format=json")).then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "openapi.json"), doc);
        return JSON.readTree(doc);
    }

    @Test
    void everyOperationListsTheStatusesItAnswersWithProblemBodiesAndTheBearerScheme() throws IOException {
        JsonNode doc = document();
        JsonNode scheme = doc.path("components").path("securitySchemes").path("bearer");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        assertEquals("JWT", scheme.path("bearerFormat").asText());
        assertTrue(doc.path("components").path("schemas").has("Problem"));

        Map<String, List<Integer>> published = new TreeMap<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String op = m.getKey().toUpperCase() + " " + p.getKey();
            if (!p.getKey().startsWith("/api/")) {
                return;
            }
            List<Integer> codes = new ArrayList<>();
            m.getValue().path("responses").fields().forEachRemaining(r -> {
                codes.add(Integer.parseInt(r.getKey()));
                if (r.getKey().startsWith("2")) {
                    r.getValue().path("content").fields().forEachRemaining(c -> assertTrue(
                            c.getValue().path("schema").size() > 0, op + " " + r.getKey() + " " + c.getKey()
                                    + " has no schema"));
                }
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    JsonNode body = r.getValue().path("content").path("application/problem+json");
                    assertEquals("#/components/schemas/Problem", body.path("schema").path("$ref").asText(),
                            op + " " + r.getKey() + " has no problem+json body");
                }
            });
            codes.sort(Integer::compare);
            published.put(op, codes);
            assertEquals("[{\"bearer\":[]}]", m.getValue().path("security").toString(), op + " security");
        }));
        assertEquals(new TreeMap<>(ApiStatuses.TABLE), published);
    }

    @Test
    void oneAnswerOfEachKindIsTheOneTheDocumentStates() {
        String agent = "OA-" + System.nanoTime();
        given().contentType(ContentType.JSON).body("{\"institutionId\":\"" + agent + "\",\"type\":\"BANK_OUTLET\","
                + "\"name\":\"工行西湖支行\"}").when().put("/api/v1/institutions/" + agent).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"policyNo\": ").when()
                .post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(400)
                .contentType("application/problem+json");
        given().noFiltersOfType(DefaultCaller.class).contentType(ContentType.JSON).body("{}").when()
                .post("/api/v1/decisions/access").then().statusCode(401);
        given().noFiltersOfType(DefaultCaller.class).header(Tokens.as("someone", "auditor"))
                .contentType(ContentType.JSON).body("{}").when().post("/api/v1/decisions/access")
                .then().statusCode(403);
        given().when().get("/api/v1/agents/NO-SUCH-" + agent).then().statusCode(404);
        given().when().get("/api/v1/screenings/NO-SUCH-" + agent).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"policyNo\":\"" + "x".repeat(1_100_000) + "\"}")
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(413);
        given().contentType(ContentType.TEXT).body("x").when().post("/api/v1/decisions/access")
                .then().statusCode(415);
        given().contentType(ContentType.JSON).body("{\"policyNo\":\"NO-DECISION-" + agent
                        + "\",\"commissionAlreadyPaid\":false}").when().post("/api/v1/decisions/commission")
                .then().statusCode(422).contentType("application/problem+json");
        given().when().get("/api/v1/access/alerts?since=2030-01-02T00:00:00Z&until=2030-01-01T00:00:00Z")
                .then().statusCode(400);
    }

    @Test
    void statusesObservedByTheHttpTestsAreDocumented() throws IOException {
        ObservedStatuses.check("GET", "/api/v1/rulesets", 200); // at least one observation
        TreeSet<String> undocumented = new TreeSet<>();
        for (String line : Files.readAllLines(ObservedStatuses.FILE)) {
            String[] parts = line.split(" ");
            List<Integer> documented = ApiStatuses.TABLE.get(parts[0] + " " + parts[1]);
            if (documented == null || !documented.contains(Integer.parseInt(parts[2]))) {
                undocumented.add(line);
            }
        }
        assertEquals(new TreeSet<>(), undocumented);
    }

    @Test
    void theExamplesAreDecidedAsDocumented() throws IOException {
        JsonNode paths = document().path("paths");
        for (String path : List.of("/api/v1/decisions/truthfulness", "/api/v1/decisions/truthfulness/batch",
                "/api/v1/decisions/access")) {
            JsonNode post = paths.path(path).path("post");
            JsonNode example = post.path("requestBody").path("content").path("application/json").path("example");
            assertEquals(ApiExamplesTest.requests().get(
                    "post-" + path.substring("/api/v1/".length()).replace('/', '-') + ".request.json"), example, path);
            Response answer = given().contentType(ContentType.JSON).body(example.toString())
                    .when().post(path + (path.contains("truthfulness") ? "?dryRun=true" : ""));
            assertEquals(200, answer.statusCode(), answer.asString());
            if (Boolean.getBoolean("openapi.examples.write")) {
                Files.writeString(ApiExamplesTest.DIR.resolve("post-" + path.substring("/api/v1/".length())
                        .replace('/', '-') + ".response.json"), JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(JSON.readTree(answer.asString())) + "\n");
            }
            JsonNode documented = post.path("responses").path("200").path("content").path("application/json")
                    .path("example");
            if (!documented.isMissingNode()) {
                List<String> want = new ArrayList<>();
                documented.fieldNames().forEachRemaining(want::add);
                List<String> got = new ArrayList<>();
                JSON.readTree(answer.asString()).fieldNames().forEachRemaining(got::add);
                assertEquals(want, got, path + ": the response example has other fields than the answer");
            }
        }
    }

    @Test
    void tryItOutReachesThePublicPortFromSwaggerUisOriginWithAToken() throws IOException {
        String origin = "http://localhost:" + Management.port();
        assertEquals("http://localhost:" + RestAssured.port, document().path("servers").path(0).path("url").asText());
        given().noFiltersOfType(DefaultCaller.class).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/decisions/access")
                .then().statusCode(200).header("Access-Control-Allow-Origin", origin);
        given().noFiltersOfType(DefaultCaller.class).header("Origin", origin).header(Tokens.user("test-client"))
                .contentType(ContentType.JSON).body(ApiExamplesTest.requests().get("post-decisions-access.request.json")
                        .toString())
                .when().post("/api/v1/decisions/access")
                .then().statusCode(200).header("Access-Control-Allow-Origin", origin);
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/swagger-ui/"))
                .then().statusCode(200);
    }
}
