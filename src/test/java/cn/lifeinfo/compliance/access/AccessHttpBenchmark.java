// HTTP latency of POST /api/v1/decisions/access at a fixed arrival rate (not a test; surefire skips *Benchmark).
// Latency is measured from each request's scheduled send time, so a stalled server cannot hide its queueing
// (no coordinated omission). From the worktree root, against a running jar:
//   ./mvnw -q -o package -DskipTests && ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
//   COMPLIANCE_DB_URL='jdbc:mariadb://127.0.0.1:3306/compliance_bench_access?createDatabaseIfNotExist=true' \
//     COMPLIANCE_HASH_KEY=bench COMPLIANCE_INPUT_KEY=bench java -Dquarkus.http.port=18089 -jar target/quarkus-app/quarkus-run.jar &
//   java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
//     cn.lifeinfo.compliance.access.AccessHttpBenchmark http://127.0.0.1:18089 500 60
package cn.lifeinfo.compliance.access;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

public final class AccessHttpBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18089";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmupSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        URI uri = URI.create(base + "/api/v1/decisions/access");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> bodies = bodies();

        System.out.printf("warm-up %d s at %d req/s ...%n", warmupSeconds, rate);
        run(client, uri, bodies, rate, warmupSeconds);
        System.out.printf("measuring %d s at %d req/s ...%n", seconds, rate);
        Result r = run(client, uri, bodies, rate, seconds);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf("sent %d, non-200 %d, errors %d%n", lat.length, r.non200, r.errors);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                pct(lat, 50), pct(lat, 90), pct(lat, 99), pct(lat, 99.9), lat[lat.length - 1] / 1e6);
        System.exit(0);
    }

    record Result(long[] latencies, int non200, int errors) {
    }

    static Result run(HttpClient client, URI uri, List<String> bodies, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger non200 = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
            inFlight.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).handle((resp, err) -> {
                latencies[n] = System.nanoTime() - scheduled;
                if (err != null) {
                    errors.incrementAndGet();
                } else if (resp.statusCode() != 200) {
                    non200.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        return new Result(latencies, non200.get(), errors.get());
    }

    static double pct(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))] / 1e6;
    }

    /** A mix of permits (with and without masks) and denials from several rules, for 50 different users. */
    static List<String> bodies() {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < 50; u++) {
            String user = "bench-" + u;
            out.add(AccessRequests.with(AccessRequests.agent(), "subject.userId", user).toString());
            ObjectNode uw = AccessRequests.underwriter();
            out.add(AccessRequests.with(uw, "subject.userId", user).toString());
            ObjectNode cs = AccessRequests.as("CUSTOMER_SERVICE", "CUSTOMER_SERVICE");
            out.add(AccessRequests.with(AccessRequests.with(cs, "context.callerVerified", true), "subject.userId", user)
                    .toString());
            out.add(AccessRequests.with(AccessRequests.with(AccessRequests.agent(), "resource.servicingAgentCode", "A9"),
                    "subject.userId", user).toString());
            out.add(AccessRequests.with(AccessRequests.with(AccessRequests.agent(), "purpose", "PERSONAL"),
                    "subject.userId", user).toString());
        }
        return out;
    }
}
