package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.registry.AgentRequest;
import cn.lifeinfo.compliance.registry.RegistryService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screens a generated book end to end in-process (upload over HTTP as a stream, both phases by this instance's
 * workers, cross-record rules on) and prints records/s, seconds per phase and the heap used. Not a test: surefire
 * excludes *Benchmark; run it on its own database with
 * <pre>
 * COMPLIANCE_TEST_DB_URL='jdbc:mariadb://127.0.0.1:3306/compliance_bench?createDatabaseIfNotExist=true' \
 *   ./mvnw -B test -Dtest=ScreeningBenchmark -Dquarkus.http.test-port=0 -Dbench.records=1000000 \
 *   -D%test.compliance.screening.chunk-records=2000 -DargLine=-Xmx6g [-Dbench.waitStored=true]
 * </pre>
 */
@QuarkusTest
class ScreeningBenchmark {

    @Inject
    RegistryService registry;

    @TestHTTPResource("/api/v1/screenings")
    URL endpoint;

    @Test
    void screenGeneratedBook() throws Exception {
        int n = Integer.getInteger("bench.records", 1_000_000);
        int agents = 1000;
        Books book = Books.forBenchmark(0);
        Path file = Files.createTempFile("book", ".ndjson");
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(book.record(i).toString());
                w.write('\n');
            }
        }
        System.out.printf("BENCH generated %,d records (%,d MB) in %.1f s%n", n, Files.size(file) >> 20,
                (System.nanoTime() - t0) / 1e9);
        for (int k = 0; k < Math.min(agents, book.agents.size()); k++) {
            registry.putAgent(book.agents.get(k), new AgentRequest(book.agents.get(k), "王芳", null, null, null, null,
                    book.agentMobile(k), "3301", "ACTIVE", null, null));
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(endpoint.toURI())
                .header("Content-Type", "application/x-ndjson").header("Authorization", Tokens.user("bench").getValue())
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double uploaded = (System.nanoTime() - start) / 1e9;
        String id = posted.body().replaceAll(".*\"id\":\"([0-9A-Z]+)\".*", "$1");
        System.out.printf("BENCH upload %d in %.1f s (job %s)%n", posted.statusCode(), uploaded, id);
        URI status = URI.create(endpoint + "/" + id);
        Double indexed = null;
        String body;
        while (true) {
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(status)
                    .header("Authorization", Tokens.user("bench").getValue()).build(), HttpResponse.BodyHandlers.ofString());
            if (polled.statusCode() != 200) { // a poll that is refused must not look like progress
                throw new IllegalStateException("status " + polled.statusCode() + ": " + polled.body());
            }
            body = polled.body();
            double s = (System.nanoTime() - start) / 1e9;
            if (indexed == null && !body.contains("\"phase\":\"INDEX\"") && !body.contains("\"phase\":\"RECEIVING\"")) {
                indexed = s;
                System.out.printf("BENCH indexed (population holds the book) after %.1f s%n", s);
            }
            if (body.contains("\"status\":\"DONE\"") || body.contains("\"status\":\"FAILED\"")) {
                break;
            }
            Thread.sleep(1000);
        }
        double total = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.printf("BENCH done: %,d records in %.1f s = %,.0f records/s (upload %.1f s, index until %.1f s, "
                        + "evaluate %.1f s)%n", n, total, n / total, uploaded, indexed, total - indexed);
        System.out.printf("BENCH heap: max %d MB, used before %d MB, peak sampled %d MB%n",
                memory.getHeapMemoryUsage().getMax() >> 20, heapBefore >> 20, peak.get() >> 20);
        while (Boolean.getBoolean("bench.waitStored") && !body.contains("\"populationPending\":0")) {
            Thread.sleep(1000);
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(status)
                    .header("Authorization", Tokens.user("bench").getValue()).build(), HttpResponse.BodyHandlers.ofString());
            if (polled.statusCode() != 200) { // a poll that is refused must not look like progress
                throw new IllegalStateException("status " + polled.statusCode() + ": " + polled.body());
            }
            body = polled.body();
        }
        if (Boolean.getBoolean("bench.waitStored")) {
            System.out.printf("BENCH book stored in the population tables after %.1f s (not part of the job's time)%n",
                    (System.nanoTime() - start) / 1e9);
        }
        int agentsAt = body.indexOf("\"byAgent\"");
        System.out.println("BENCH status " + (agentsAt < 0 ? body : body.substring(0, agentsAt)));
        Files.delete(file);
    }
}
