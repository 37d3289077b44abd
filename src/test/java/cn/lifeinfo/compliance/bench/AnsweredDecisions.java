package cn.lifeinfo.compliance.bench;

import cn.lifeinfo.compliance.truthfulness.bench.RecordMix;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stored truthfulness decisions at a fixed rate, writing the id of every decision answered 200 to a file the moment
 * its answer arrives: what a core system holds as decided. The fault scripts (src/test/bench/fault-*.sh) kill the
 * service or its database meanwhile and then check that every id in the file has its audit row.
 *
 * <p>Options: url, rate (100/s), seconds (30), records (5000), seed (17), out (file of answered ids),
 * signingKey (PKCS#8 PEM whose public half the service trusts).
 */
public final class AnsweredDecisions {

    private static final Pattern DECISION_ID = Pattern.compile("\"decisionId\"\\s*:\\s*\"([0-9A-Z]{26})\"");

    private AnsweredDecisions() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        URI uri = URI.create(opt.getOrDefault("url", "http://127.0.0.1:18080"))
                .resolve("/api/v1/decisions/truthfulness");
        int rate = Integer.parseInt(opt.getOrDefault("rate", "100"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        List<String> bodies = RecordMix.generate(Long.parseLong(opt.getOrDefault("seed", "17")),
                Integer.parseInt(opt.getOrDefault("records", "5000"))).stream().map(e -> e.json().toString()).toList();
        String bearer = "Bearer " + HttpLatencyBenchmark.token(opt);
        Path out = Path.of(opt.getOrDefault("out", "target/answered-decisions.txt"));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, AtomicInteger> outcomes = new ConcurrentSkipListMap<>();
        AtomicLong sent = new AtomicLong();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try (BufferedWriter answered = Files.newBufferedWriter(out)) {
            long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            clock.scheduleAtFixedRate(() -> {
                long i = sent.getAndIncrement();
                // a distinct policy number per request, so each answer is one stored decision
                String body = bodies.get((int) (i % bodies.size()))
                        .replaceFirst("\"policyNo\"\\s*:\\s*\"([^\"]*)\"", "\"policyNo\":\"$1-F" + i + "\"");
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("Authorization", bearer)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    String outcome = failure != null ? failure.getClass().getSimpleName()
                            : String.valueOf(response.statusCode());
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    if (failure == null && response.statusCode() == 200) {
                        Matcher m = DECISION_ID.matcher(response.body());
                        if (m.find()) {
                            write(answered, m.group(1));
                        }
                    }
                });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < until) {
                Thread.sleep(1000);
                System.out.printf(Locale.ROOT, "%d sent, outcomes %s%n", sent.get(), outcomes);
            }
            clock.shutdownNow();
            Thread.sleep(11_000); // the last requests' own timeout
        }
        System.out.printf(Locale.ROOT, "done: %d sent, outcomes %s, answered ids in %s%n", sent.get(), outcomes, out);
    }

    private static void write(BufferedWriter answered, String id) {
        synchronized (answered) {
            try {
                answered.write(id);
                answered.newLine();
                answered.flush(); // the file is what the caller holds: it must survive the test's own end
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
