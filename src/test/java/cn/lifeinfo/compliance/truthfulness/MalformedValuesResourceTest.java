package cn.lifeinfo.compliance.truthfulness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;

/**
 * "A record with missing, null or malformed fields is evaluated": every field of a record, set to null, to an empty
 * string and to garbage, still gets a 200 decision (never a 500).
 */
@QuarkusTest
class MalformedValuesResourceTest {

    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        collect(clean(), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                into.add(path);
                collect(e.getValue(), path, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), prefix + "[" + i + "]", into);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void nullEmptyOrGarbageIsEvaluatedNotRejected(String path) {
        if (path.endsWith("]")) {
            return;
        }
        JsonNode original = at(clean(), path);
        List<Object> values = new ArrayList<>();
        values.add(null);
        if (original.isTextual()) {
            values.add("");
            values.add("１２３-～!@#");
            values.add("无");
        }
        for (Object value : values) {
            ObjectNode record = with(clean(), path, value);
            given().contentType(ContentType.JSON).body(record.toString())
                    .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200);
        }
    }

    private static JsonNode at(JsonNode node, String path) {
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = bracket < 0 ? node.get(part)
                    : node.get(part.substring(0, bracket)).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
        }
        return node;
    }
}
