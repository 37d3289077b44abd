package cn.lifeinfo.compliance.common;

import cn.lifeinfo.compliance.access.AccessRequests;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad input stays a 4xx: thousands of mutated records and access requests (wrong types, huge strings, deep nesting,
 * control characters, invalid UTF-8, truncated JSON) are answered with a decision or a problem, never a 5xx and never
 * a stack trace. Mutations come from a seeded generator (jqwik's arbitraries need a jqwik-run test, which a
 * Quarkus test is not), so a failure names its seed and case and reproduces.
 */
@QuarkusTest
class MutatedInputFuzzResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int CASES = 1500;

    @Test
    void mutatedTruthfulnessRecordsAreNeverAServerError() {
        fuzz(TestRecords.clean(), "/api/v1/decisions/truthfulness?dryRun=true", 20_261_201L);
    }

    @Test
    void mutatedRecordsStoredAsDecisionsAreNeverAServerError() {
        fuzz(TestRecords.clean(), "/api/v1/decisions/truthfulness", 7L, 300);
    }

    @Test
    void mutatedAccessRequestsAreNeverAServerError() {
        fuzz(AccessRequests.underwriter(), "/api/v1/decisions/access", 31L);
    }

    private void fuzz(ObjectNode valid, String path, long seed) {
        fuzz(valid, path, seed, CASES);
    }

    private void fuzz(ObjectNode valid, String path, long seed, int cases) {
        Random random = new Random(seed);
        List<String> paths = new ArrayList<>();
        collect(valid, "", paths);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases && failures.size() < 5; i++) {
            byte[] body = mutate(valid, paths, random, i);
            Response r = given().contentType("application/json").body(body).when().post(path);
            String answer = r.asString();
            if (r.statusCode() >= 500 || looksLikeAStackTrace(answer)) {
                failures.add("case " + i + " (seed " + seed + "): " + r.statusCode() + " for "
                        + preview(body) + " → " + preview(answer.getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static boolean looksLikeAStackTrace(String body) {
        return body.contains("\tat ") || body.contains("Exception") || body.contains("cn.lifeinfo.");
    }

    /** One to three mutations of the valid request, or a whole-body mutation every tenth case. */
    private static byte[] mutate(ObjectNode valid, List<String> paths, Random random, int i) {
        ObjectNode copy = valid.deepCopy();
        if (i % 10 == 9) {
            return wholeBody(copy, random);
        }
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            String at = paths.get(random.nextInt(paths.size()));
            replace(copy, at, value(random));
        }
        return bytes(copy);
    }

    private static byte[] wholeBody(ObjectNode record, Random random) {
        byte[] json = bytes(record);
        return switch (random.nextInt(5)) {
            case 0 -> java.util.Arrays.copyOf(json, random.nextInt(json.length)); // truncated
            case 1 -> { // invalid UTF-8 inside a string value
                int quote = indexOf(json, (byte) '"', random.nextInt(json.length));
                byte[] broken = json.clone();
                if (quote >= 0 && quote + 1 < broken.length) {
                    broken[quote + 1] = (byte) (0x80 | random.nextInt(0x40));
                }
                yield broken;
            }
            case 2 -> ("[" + "[".repeat(5000) + "]".repeat(5000) + "]").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"records\":" + new String(json, StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8);
            default -> random(random, 1 + random.nextInt(400));
        };
    }

    /** Hostile strings: control characters, CJK, digits, emoji and bidi marks, or tens of thousands of letters. */
    private static String string(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> chars(random, random.nextInt(41), 0x20, 0x7e);
            case 1 -> chars(random, 1 + random.nextInt(20), 0x00, 0x1f);
            case 2 -> chars(random, random.nextInt(31), 0x4e00, 0x9fa5);
            case 3 -> chars(random, 10 + random.nextInt(16), '0', '9');
            case 4 -> "\uD83D\uDE00\u202E\uFEFF\u200B".repeat(1 + random.nextInt(5));
            default -> chars(random, 20_000 + random.nextInt(40_000), 'a', 'z');
        };
    }

    private static String chars(Random random, int length, int from, int to) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (from + random.nextInt(to - from + 1)));
        }
        return s.toString();
    }

    /** A replacement value: a wrong type, a hostile string, a huge number, a deep structure, or nothing. */
    private static JsonNode value(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode(string(random));
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e" + (300 + random.nextInt(10_000))));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> deep(1 + random.nextInt(900));
            case 6 -> NODES.objectNode().put("unexpected", string(random));
            case 7 -> {
                ArrayNode many = NODES.arrayNode();
                int n = random.nextInt(50);
                for (int k = 0; k < n; k++) {
                    many.add(string(random));
                }
                yield many;
            }
            default -> NODES.textNode(chars(random, 1 + random.nextInt(8), 0x21, 0x2ff));
        };
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("x");
        for (int d = 0; d < depth; d++) {
            node = d % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("k", node);
        }
        return node;
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int p = 0; p < parts.length - 1; p++) {
            parent = step(parent, parts[p]);
            if (parent == null || !parent.isContainerNode()) {
                return;
            }
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("]") && parent.isObject()) {
            JsonNode array = parent.get(last.substring(0, last.indexOf('[')));
            int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
            if (array instanceof ArrayNode a && index < a.size()) {
                a.set(index, value);
            }
        } else if (parent instanceof ObjectNode o) {
            o.set(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("]")) {
            JsonNode array = node.get(part.substring(0, part.indexOf('[')));
            int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
            return array == null ? null : array.get(index);
        }
        return node.get(part);
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
                String path = prefix + "[" + i + "]";
                into.add(path);
                collect(node.get(i), path, into);
            }
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String preview(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return s.replaceAll("\\p{Cntrl}", "?") + (body.length > 300 ? "…(" + body.length + " bytes)" : "");
    }

    @Test
    void theGeneratorReallyMutates() {
        Random random = new Random(1);
        List<String> paths = new ArrayList<>();
        collect(TestRecords.clean(), "", paths);
        byte[] valid = bytes(TestRecords.clean());
        int changed = 0;
        for (int i = 0; i < 100; i++) {
            if (!java.util.Arrays.equals(valid, mutate(TestRecords.clean(), paths, random, i))) {
                changed++;
            }
        }
        assertTrue(changed >= 90, "mutations that change the body: " + changed);
    }
}
