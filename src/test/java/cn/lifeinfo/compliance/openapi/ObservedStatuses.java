package cn.lifeinfo.compliance.openapi;

import cn.lifeinfo.compliance.common.Management;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Holds every HTTP test to the published document: each answer a test observes on the public API is looked up in
 * /q/openapi (method + path template), and a status the document does not list for that operation fails the test
 * that observed it. Unknown routes and methods (404/405 of no operation) are not operations and are skipped. Every
 * observation is also appended to {@code target/observed-statuses.txt} ("METHOD template status"), which
 * {@code OpenApiContractResourceTest} reads. Installed before each @QuarkusTest method (META-INF/services).
 */
public class ObservedStatuses implements Filter, QuarkusTestBeforeEachCallback {

    static final Path FILE = Path.of("target", "observed-statuses.txt");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile List<Op> document;

    record Op(String method, String template, Pattern pattern, int variables, Set<Integer> statuses) {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String path = URI.create(request.getURI()).getPath();
        if (path.startsWith("/api/")) {
            check(request.getMethod(), path, answer.statusCode());
        }
        return answer;
    }

    static void check(String method, String path, int status) {
        Optional<Op> op = operation(method, path);
        if (op.isEmpty()) {
            return;
        }
        record(method + " " + op.get().template() + " " + status);
        if (!op.get().statuses().contains(status)) {
            throw new AssertionError(method + " " + path + " answered " + status + ", which /q/openapi does not "
                    + "document for " + method + " " + op.get().template() + " (it lists " + op.get().statuses()
                    + "); add it to apidoc/ApiStatuses if the answer is right");
        }
    }

    /** The operation a request addressed: the matching template with the fewest variables. */
    static Optional<Op> operation(String method, String path) {
        return document().stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .min(Comparator.comparingInt(Op::variables));
    }

    static List<Op> document() {
        if (document == null) {
            synchronized (ObservedStatuses.class) {
                if (document == null) {
                    document = load();
                }
            }
        }
        return document;
    }

    private static List<Op> load() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Management.url("/q/openapi?format=json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode paths = JSON.readTree(r.body()).path("paths");
            List<Op> ops = new ArrayList<>();
            paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
                if (!m.getValue().has("responses")) {
                    return;
                }
                Set<Integer> statuses = new HashSet<>();
                m.getValue().get("responses").fieldNames().forEachRemaining(code -> {
                    if (code.matches("\\d{3}")) {
                        statuses.add(Integer.parseInt(code));
                    }
                });
                String template = p.getKey();
                Pattern pattern = Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
                int variables = template.split("\\{", -1).length - 1;
                ops.add(new Op(m.getKey().toUpperCase(), template, pattern, variables, statuses));
            }));
            return List.copyOf(ops);
        } catch (IOException e) {
            throw new IllegalStateException("/q/openapi unreadable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void record(String line) {
        try {
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof ObservedStatuses)) {
            RestAssured.filters(new ObservedStatuses());
        }
    }
}
