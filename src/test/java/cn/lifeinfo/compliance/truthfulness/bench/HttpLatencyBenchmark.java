package cn.lifeinfo.compliance.truthfulness.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop HTTP load at a fixed rate against a running service on 127.0.0.1: request i is due at
 * {@code start + i / rate} whether or not earlier ones have answered, and its latency is measured from that due time
 * (so a stalled server is not hidden by a generator that waits for it: no coordinated omission). POSTs the
 * {@link RecordMix} to /api/v1/decisions/truthfulness without dryRun, so audit rows are part of the cost.
 * Started by src/test/bench/http-latency.sh, which also starts and stops the packaged service.
 *
 * <p>Arguments: url (http://127.0.0.1:18080), rate per second (500), seconds measured (30), warmup seconds (20),
 * records (5000), seed (11).
 */
public final class HttpLatencyBenchmark {

    private HttpLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>(TruthfulnessBenchmark.options(args));
        URI base = URI.create(opt.getOrDefault("url", "http://127.0.0.1:18080"));
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("only 127.0.0.1 may be targeted, not " + base.getHost());
        }
        int rate = Integer.parseInt(opt.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        int count = Integer.parseInt(opt.getOrDefault("records", "5000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "11"));

        List<RecordMix.Entry> mix = RecordMix.generate(seed, count);
        byte[][] bodies = new byte[count][];
        for (int i = 0; i < count; i++) {
            ObjectNode json = mix.get(i).json();
            bodies[i] = json.toString().getBytes(StandardCharsets.UTF_8);
        }
        // bench.dryRun=true isolates the decision from the writes (population, audit, inputs, violations)
        URI uri = base.resolve("/api/v1/decisions/truthfulness" + (Boolean.getBoolean("bench.dryRun") ? "?dryRun=true" : ""));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        System.out.printf(Locale.ROOT, "POST %s, %d records (avg %d bytes), open loop at %d/s: warm-up %d s, "
                        + "measured %d s; load average %.2f%n", uri, count,
                Arrays.stream(bodies).mapToInt(b -> b.length).sum() / count, rate, warmup, seconds, load());
        // ramp up in five steps so that a cold JIT does not start the measured phase with a backlog
        int sent = 0;
        for (int step = 1; step <= 5; step++) {
            int stepRate = Math.max(1, rate * step / 5);
            int stepSeconds = Math.max(1, warmup / 5);
            Phase warm = phase(client, uri, bodies, stepRate, stepSeconds, sent);
            sent += warm.sent;
            System.out.printf(Locale.ROOT, "warm-up at %d/s: %s%n", stepRate, warm.summary());
        }
        Phase measured = phase(client, uri, bodies, rate, seconds, sent);
        System.out.printf(Locale.ROOT, "measured: %s%n", measured.summary());
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n", load());
        System.exit(measured.errors.get() + measured.unanswered == 0 ? 0 : 1);
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static final class Phase {
        final long[] latencyNanos;
        final AtomicInteger errors = new AtomicInteger();
        final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        final long[] sendNanos;
        int unanswered;
        final int sent;
        long scheduleLagMaxNanos;
        double elapsedSeconds;

        Phase(int n) {
            latencyNanos = new long[n];
            sendNanos = new long[n];
            sent = n;
        }

        String summary() {
            long[] ok = Arrays.stream(latencyNanos).filter(v -> v > 0).sorted().toArray();
            if (ok.length == 0) {
                return "no successful request; errors " + errors.get();
            }
            long[] service = Arrays.stream(sendNanos).filter(v -> v > 0).sorted().toArray();
            return String.format(Locale.ROOT, "%d requests in %.1f s (%.0f/s), errors %d %s, unanswered after 15 s %d; "
                            + "latency ms p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.2f mean %.2f "
                            + "(from send instead of due time: p50 %.2f p99 %.2f max %.2f); "
                            + "generator's worst schedule lag %.2f ms",
                    sent, elapsedSeconds, sent / elapsedSeconds, errors.get(), errorKinds, unanswered,
                    ms(pct(ok, 50)), ms(pct(ok, 90)), ms(pct(ok, 99)), ms(pct(ok, 99.9)), ms(ok[ok.length - 1]),
                    Arrays.stream(ok).average().orElse(0) / 1e6,
                    ms(pct(service, 50)), ms(pct(service, 99)), ms(service[service.length - 1]),
                    scheduleLagMaxNanos / 1e6);
        }
    }

    static Phase phase(HttpClient client, URI uri, byte[][] bodies, int rate, int seconds, int offset)
            throws InterruptedException {
        int n = rate * seconds;
        Phase phase = new Phase(n);
        CountDownLatch outstanding = new CountDownLatch(n);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long sentAt = System.nanoTime();
            phase.scheduleLagMaxNanos = Math.max(phase.scheduleLagMaxNanos, sentAt - due);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies[(offset + i) % bodies.length])).build();
            int index = i;
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                if (error != null) {
                    phase.errors.incrementAndGet();
                    Throwable cause = error.getCause() == null ? error : error.getCause();
                    phase.errorKinds.computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger())
                            .incrementAndGet();
                } else if (response.statusCode() != 200) {
                    phase.errors.incrementAndGet();
                    phase.errorKinds.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicInteger())
                            .incrementAndGet();
                } else {
                    phase.latencyNanos[index] = Math.max(1, now - due);
                    phase.sendNanos[index] = Math.max(1, now - sentAt);
                }
                outstanding.countDown();
            });
        }
        outstanding.await(15, TimeUnit.SECONDS);
        phase.unanswered = (int) outstanding.getCount();
        phase.elapsedSeconds = (System.nanoTime() - start) / 1e9;
        return phase;
    }

    static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
