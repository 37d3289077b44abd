package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.bench.BenchOptions;
import cn.lifeinfo.compliance.identity.DevTokens;
import cn.lifeinfo.compliance.identity.Roles;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replicas sharing one book (run by {@code src/test/bench/replicas.sh}, which starts the instances): uploads a
 * generated book to the first instance, lets every instance's workers take chunks, optionally SIGKILLs one instance
 * once EVALUATE is under way, and waits on a surviving instance until the job is DONE. Prints the time and the
 * counts, and exits non-zero unless every record was screened exactly once in the counts and the counts equal
 * {@code expect=defective,review} when given (the script passes those of a run on one instance).
 *
 * <p>Options: urls (comma-separated, first = upload), records (200000), killPid (a pid to SIGKILL), killAfter
 * (fraction of the book evaluated before the kill, 0.3), expect, signingKey.
 */
public final class ReplicaScreening {

    private ReplicaScreening() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        List<URI> urls = Arrays.stream(opt.get("urls").split(",")).map(URI::create).toList();
        int n = Integer.parseInt(opt.getOrDefault("records", "200000"));
        var key = DevTokens.readKey(Path.of(opt.get("signingKey")));
        String bearer = "Bearer " + DevTokens.sign(key, "bench", Duration.ofHours(2), "bench",
                List.of(Roles.SCREENING_OPERATOR, Roles.REGISTRY_ADMIN), null);
        // HTTP/1.1, as curl and the core systems upload a book: the JDK client's default upgrades to HTTP/2, whose
        // framing and flow control cost both sides CPU on a 1 GB body
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Books book = Books.forBenchmark(0);
        for (int k = 0; k < book.agents.size(); k++) {
            String agent = "{\"name\":\"王芳\",\"mobile\":\"" + book.agentMobile(k)
                    + "\",\"branchCode\":\"3301\",\"status\":\"ACTIVE\",\"commitmentSignedOn\":\"2020-01-01\"}";
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(urls.get(0).resolve("/api/v1/agents/"
                            + book.agents.get(k))).header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(agent)).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() / 100 != 2) {
                throw new IllegalStateException("registering " + book.agents.get(k) + ": " + put.statusCode() + " "
                        + put.body());
            }
        }
        Path file = Files.createTempFile("replica-book", ".ndjson");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(book.record(i).toString());
                w.write('\n');
            }
        }

        long start = System.nanoTime();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(urls.get(0).resolve("/api/v1/screenings"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        Files.delete(file);
        if (posted.statusCode() / 100 != 2) {
            throw new IllegalStateException("upload: " + posted.statusCode() + " " + posted.body());
        }
        String id = Books.JSON.readTree(posted.body()).path("id").asText();
        System.out.printf(Locale.ROOT, "REPLICAS %d instance(s), %,d records, job %s uploaded in %.1f s%n",
                urls.size(), n, id, seconds(start));

        String killPid = opt.get("killPid");
        double killAfter = Double.parseDouble(opt.getOrDefault("killAfter", "0.3"));
        boolean killed = killPid == null;
        URI watched = urls.get(urls.size() - 1).resolve("/api/v1/screenings/" + id);
        JsonNode job;
        while (true) {
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(watched).header("Authorization", bearer)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (polled.statusCode() != 200) { // a refused poll must not look like progress
                throw new IllegalStateException("status " + polled.statusCode() + ": " + polled.body());
            }
            job = Books.JSON.readTree(polled.body());
            String status = job.path("status").asText();
            if (!killed && "EVALUATE".equals(job.path("phase").asText()) && job.path("done").asLong() >= killAfter * n) {
                long pid = Long.parseLong(killPid);
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown hook runs
                killed = true;
                System.out.printf(Locale.ROOT, "REPLICAS SIGKILL pid %d at %.1f s with %,d of %,d evaluated%n", pid,
                        seconds(start), job.path("done").asLong(), n);
            }
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                break;
            }
            Thread.sleep(500);
        }
        long screened = job.path("screened").asLong();
        long defective = job.path("defective").asLong();
        long review = job.path("review").asLong();
        System.out.printf(Locale.ROOT, "REPLICAS %s in %.1f s: screened %,d, defective %,d, review %,d%n",
                job.path("status").asText(), seconds(start), screened, defective, review);
        System.out.printf(Locale.ROOT, "REPLICAS counts %d,%d%n", defective, review);
        boolean ok = "DONE".equals(job.path("status").asText()) && screened == n;
        String expect = opt.get("expect");
        if (expect != null && !expect.isBlank()) {
            String[] e = expect.split(",");
            ok &= defective == Long.parseLong(e[0]) && review == Long.parseLong(e[1]);
            System.out.printf("REPLICAS expected defective %s, review %s: %s%n", e[0], e[1], ok ? "same" : "DIFFERENT");
        }
        if (!ok) {
            System.out.println("REPLICAS FAILED: " + job);
            System.exit(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
