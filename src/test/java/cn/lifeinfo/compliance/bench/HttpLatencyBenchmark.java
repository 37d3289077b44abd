package cn.lifeinfo.compliance.bench;

import cn.lifeinfo.compliance.access.AccessRequestMix;
import cn.lifeinfo.compliance.truthfulness.bench.RecordMix;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP latency of a decision endpoint at a fixed request rate ({@link FixedRateLoad}), against a service already
 * running on 127.0.0.1. Started by src/test/bench/http-latency.sh, which also starts and stops the packaged service.
 *
 * <p>Options (key=value): url (http://127.0.0.1:18080), target ({@code truthfulness}: the {@link RecordMix} stored
 * as real decisions, or with dryRun=true without the writes; {@code access}: the {@link AccessRequestMix}), rate per
 * second (500), seconds measured (30), warmup seconds (20), records (5000), seed (11), dump (a file for each request's due time and latency).
 */
public final class HttpLatencyBenchmark {

    private HttpLatencyBenchmark() {
    }

    /** A decision-client token signed with the key whose public half the benchmarked service was started with. */
    static String token(Map<String, String> opt) {
        String key = opt.get("signingKey");
        if (key == null) {
            throw new IllegalArgumentException("signingKey=<PKCS#8 PEM> is required (src/test/bench/http-latency.sh makes one)");
        }
        return cn.lifeinfo.compliance.identity.DevTokens.sign(cn.lifeinfo.compliance.identity.DevTokens.readKey(
                        java.nio.file.Path.of(key)), opt.getOrDefault("issuer", "bench"), java.time.Duration.ofHours(2),
                "bench", java.util.List.of(cn.lifeinfo.compliance.identity.Roles.DECISION_CLIENT), null);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        URI base = URI.create(opt.getOrDefault("url", "http://127.0.0.1:18080"));
        String target = opt.getOrDefault("target", "truthfulness");
        int rate = Integer.parseInt(opt.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        boolean dryRun = Boolean.parseBoolean(opt.getOrDefault("dryRun", "false"));

        List<String> bodies;
        URI uri;
        switch (target) {
            case "truthfulness" -> {
                int count = Integer.parseInt(opt.getOrDefault("records", "5000"));
                long seed = Long.parseLong(opt.getOrDefault("seed", "11"));
                bodies = RecordMix.generate(seed, count).stream().map(e -> e.json().toString()).toList();
                uri = base.resolve("/api/v1/decisions/truthfulness" + (dryRun ? "?dryRun=true" : ""));
            }
            case "access" -> {
                bodies = AccessRequestMix.bodies();
                uri = base.resolve("/api/v1/decisions/access");
            }
            default -> throw new IllegalArgumentException("target must be truthfulness or access, not " + target);
        }
        byte[][] payloads = bodies.stream().map(b -> b.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        System.out.printf(Locale.ROOT, "POST %s, %d bodies (avg %d bytes), open loop at %d/s: warm-up %d s, "
                        + "measured %d s%n", uri, payloads.length,
                Arrays.stream(payloads).mapToInt(b -> b.length).sum() / payloads.length, rate, warmup, seconds);
        FixedRateLoad.Phase measured = new FixedRateLoad(uri, payloads, token(opt)).warmUpAndMeasure(rate, warmup, seconds);
        if (opt.containsKey("dump")) {
            measured.dump(java.nio.file.Path.of(opt.get("dump")));
        }
        System.exit(measured.failures() == 0 ? 0 : 1);
    }
}
