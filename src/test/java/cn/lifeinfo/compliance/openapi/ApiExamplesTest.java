package cn.lifeinfo.compliance.openapi;

import cn.lifeinfo.compliance.access.AccessRequests;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The request examples of the published document (src/main/resources/openapi/examples/) are the test records, so
 * Swagger UI's "Try it out" starts from a record the tests decide. {@code -Dopenapi.examples.write=true} rewrites
 * them from the test records.
 */
class ApiExamplesTest {

    static final Path DIR = Path.of("src/main/resources/openapi/examples");
    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, JsonNode> requests() {
        ObjectNode batch = JSON.createObjectNode();
        batch.putArray("records").add(TestRecords.clean());
        return Map.of(
                "post-decisions-truthfulness.request.json", TestRecords.clean(),
                "post-decisions-truthfulness-batch.request.json", batch,
                "post-decisions-access.request.json", AccessRequests.agent());
    }

    @Test
    void requestExamplesAreTheTestRecords() throws IOException {
        for (Map.Entry<String, JsonNode> e : requests().entrySet()) {
            Path file = DIR.resolve(e.getKey());
            if (Boolean.getBoolean("openapi.examples.write")) {
                Files.createDirectories(DIR);
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()) + "\n");
            }
            assertEquals(e.getValue(), JSON.readTree(file.toFile()), file + " is not the test record; rewrite it "
                    + "with -Dopenapi.examples.write=true");
        }
    }
}
