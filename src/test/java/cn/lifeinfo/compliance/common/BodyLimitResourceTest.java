package cn.lifeinfo.compliance.common;

import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies sent chunked carry no Content-Length: the limit of their route must hold while they stream, with the same
 * 413 problem+json as a declared length gets.
 */
@QuarkusTest
class BodyLimitResourceTest {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Sent as a stream of unknown length, so the client uses Transfer-Encoding: chunked. */
    static HttpResponse<String> chunked(String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Authorization", Tokens.user("limits").getValue())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static byte[] paddedRecord(int padding) {
        String record = clean().toString();
        return ("{" + " ".repeat(padding) + record.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    static void assertTooLarge(HttpResponse<String> r, long limit) {
        assertEquals(413, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonPath body = JsonPath.from(r.body());
        assertEquals(413, body.getInt("status"));
        assertEquals("body", body.getString("errors[0].field"));
        assertTrue(body.getString("detail").contains(String.valueOf(limit)), r::body);
    }

    @Test
    void chunkedSingleDecisionOverOneMebibyteIs413() throws Exception {
        assertTooLarge(chunked("/api/v1/decisions/truthfulness?dryRun=true", "application/json",
                paddedRecord(2 * 1024 * 1024)), 1048576);
    }

    @Test
    void chunkedAccessDecisionOverOneMebibyteIs413() throws Exception {
        byte[] body = ("{\"subject\": {\"userId\": \"u\"}, \"action\": \"VIEW\", \"purpose\": \"UNDERWRITING\"," +
                " ".repeat(2 * 1024 * 1024) + "\"resource\": {\"fields\": [\"name\"]}}").getBytes(StandardCharsets.UTF_8);
        assertTooLarge(chunked("/api/v1/decisions/access", "application/json", body), 1048576);
    }

    @Test
    void chunkedBodyUnderTheLimitIsDecided() throws Exception {
        HttpResponse<String> r = chunked("/api/v1/decisions/truthfulness?dryRun=true", "application/json",
                paddedRecord(900 * 1024));
        assertEquals(200, r.statusCode(), r::body);
        assertEquals("PASS", JsonPath.from(r.body()).getString("overall"));
    }

    /** Read by the resource as an InputStream, line by line: counted all the same. */
    @Test
    void chunkedRegistryImportOverItsLimitIs413() throws Exception {
        long limit = 64L * 1024 * 1024;
        byte[] body = new byte[(int) limit + 1024];
        java.util.Arrays.fill(body, (byte) '\n');
        byte[] header = "agentCode,name\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, body, 0, header.length);
        assertTooLarge(chunked("/api/v1/agents/import", "text/csv", body), limit);
    }

    @Test
    void batchHasItsOwnLargerLimit() throws Exception {
        byte[] body = ("{\"records\": [" + " ".repeat(2 * 1024 * 1024) + clean() + "]}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = chunked("/api/v1/decisions/truthfulness/batch?dryRun=true", "application/json", body);
        assertEquals(200, r.statusCode(), r::body);
        assertEquals(1, JsonPath.from(r.body()).getList("decisions").size());
    }
}
