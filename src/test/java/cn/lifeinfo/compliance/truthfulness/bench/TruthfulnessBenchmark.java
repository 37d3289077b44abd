package cn.lifeinfo.compliance.truthfulness.bench;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;
import cn.lifeinfo.compliance.truthfulness.FactExtractor;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessEngine;
import cn.lifeinfo.compliance.truthfulness.facts.PersonFacts;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * In-process throughput of truthfulness decisions: the real workbook through {@link TruthfulnessEngine#decide}
 * (what the service runs, minus HTTP, JSON and audit) against {@link PlainJavaTruthfulness}, the same checks as
 * if-statements over the same extracted facts. Also measures extraction alone, so that the engine's own share is
 * visible. Not a test (surefire skips *Benchmark): run with {@code ./mvnw -B -Pbench test-compile exec:exec}.
 *
 * <p>Arguments ({@code -Dbench.args="seconds=5 rounds=3"}): records (10000), seed (7), warmup seconds per path
 * (10), seconds per measured run (5), rounds (3; the median is reported), workbook path.
 */
public final class TruthfulnessBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong SINK = new AtomicLong();

    private TruthfulnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        quietLikeTheService();
        Map<String, String> opt = cn.lifeinfo.compliance.bench.BenchOptions.parse(args);
        int count = Integer.parseInt(opt.getOrDefault("records", "10000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "7"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "5"));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
        Path workbook = Path.of(opt.getOrDefault("workbook", "rules/truthfulness/truthfulness.xlsx"));

        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB, load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Divisions divisions = Divisions.standard();
        long heapBase = heapAfterGc();

        long t0 = System.nanoTime();
        CompiledRuleset rules = new RulesetCompiler(PersonFacts.class.getClassLoader())
                .compile(RuleFamily.TRUTHFULNESS, 1, workbook.getFileName().toString(), Files.readAllBytes(workbook));
        System.out.printf(Locale.ROOT, "Compiled %s: %d rules in %.2f s%n", workbook, rules.ruleCount(),
                (System.nanoTime() - t0) / 1e9);
        long heapRules = heapAfterGc();

        List<RecordMix.Entry> entries = RecordMix.generate(seed, count);
        PolicyRecord[] records = entries.stream().map(RecordMix.Entry::record).toArray(PolicyRecord[]::new);
        long clean = entries.stream().filter(RecordMix.Entry::clean).count();
        System.out.printf(Locale.ROOT, "Mix: %d records, %.0f%% clean, seed %d%n", count, 100.0 * clean / count, seed);
        long heapRecords = heapAfterGc();

        TruthfulnessEngine engine = new TruthfulnessEngine(divisions);
        PlainJavaTruthfulness plain = new PlainJavaTruthfulness(divisions);
        FactExtractor extractor = new FactExtractor(divisions);
        int findings = 0;
        for (PolicyRecord r : records) {
            TruthfulnessEngine.Outcome a = engine.decide(rules, r);
            if (!a.equals(plain.decide(r))) {
                throw new IllegalStateException("paths disagree on " + r.policyNo());
            }
            findings += a.findings().size();
        }
        System.out.printf(Locale.ROOT, "Both paths agree on all %d records (%.2f findings per record)%n", count,
                findings / (double) count);

        List<Path_> paths = List.of(
                new Path_("drools", r -> engine.decide(rules, r).findings().size()),
                new Path_("plain-java", r -> plain.decide(r).findings().size()),
                new Path_("extract-only", r -> extractor.extract(r).facts().size()));

        System.out.printf(Locale.ROOT, "Warm-up: %d s per path on 2 threads%n", warmup);
        for (Path_ p : paths) {
            run(p.decide, records, 2, warmup);
        }

        Map<String, double[]> results = new HashMap<>();
        for (int threads : new int[]{1, 2}) {
            for (Path_ p : paths) {
                results.put(p.name + "/" + threads, new double[rounds]);
            }
            for (int round = 0; round < rounds; round++) {
                for (Path_ p : paths) { // interleaved, so drift hits every path alike
                    results.get(p.name + "/" + threads)[round] = run(p.decide, records, threads, seconds);
                }
            }
        }
        Map<String, Long> alloc = new HashMap<>();
        for (Path_ p : paths) {
            alloc.put(p.name, allocatedPerCall(p.decide, records));
        }
        long heapEnd = heapAfterGc();

        System.out.println();
        System.out.printf(Locale.ROOT, "%-14s %14s %14s %10s %12s%n", "path", "1 thread /s", "2 threads /s",
                "µs/dec(1t)", "alloc B/dec");
        for (Path_ p : paths) {
            double one = median(results.get(p.name + "/1"));
            double two = median(results.get(p.name + "/2"));
            System.out.printf(Locale.ROOT, "%-14s %,14.0f %,14.0f %10.2f %,12d%n", p.name, one, two, 1e6 / one,
                    alloc.get(p.name));
        }
        double d1 = median(results.get("drools/1"));
        double d2 = median(results.get("drools/2"));
        double j1 = median(results.get("plain-java/1"));
        double j2 = median(results.get("plain-java/2"));
        double x1 = median(results.get("extract-only/1"));
        System.out.println();
        System.out.printf(Locale.ROOT, "Ratio drools/plain-java: %.2f (1 thread), %.2f (2 threads); target >= 0.33%n",
                d1 / j1, d2 / j2);
        System.out.printf(Locale.ROOT, "Per decision (1 thread): extraction %.2f µs, rules engine %.2f µs, "
                        + "if-statements %.2f µs%n", 1e6 / x1, 1e6 / d1 - 1e6 / x1, Math.max(0, 1e6 / j1 - 1e6 / x1));
        System.out.printf(Locale.ROOT, "Heap used after GC: %d MB at start, %d MB with the ruleset compiled "
                        + "(+%.1f MB), %d MB with %d records (+%.1f MB), %d MB after the runs%n",
                heapBase >> 20, heapRules >> 20, (heapRules - heapBase) / 1048576.0, heapRecords >> 20, count,
                (heapRecords - heapRules) / 1048576.0, heapEnd >> 20);
        System.out.printf(Locale.ROOT, "Load average at the end: %.2f (other processes share the cores)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("(sink " + SINK.get() + ")");
        rules.close();
    }

    /**
     * Outside Quarkus the JBoss log manager starts with every level enabled and buffers records for a Quarkus that
     * never comes, so Drools would format a TRACE line per inserted fact (measured: about half the engine's time).
     * The service runs with org.drools and org.kie at WARN (application.properties); so does the benchmark.
     */
    static void quietLikeTheService() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        java.util.logging.Logger.getLogger("org.drools").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.kie").setLevel(java.util.logging.Level.WARNING);
    }

    record Path_(String name, ToIntFunction<PolicyRecord> decide) {
    }

    /** Decisions per second over {@code seconds}, each thread walking the records from its own offset. */
    static double run(ToIntFunction<PolicyRecord> decide, PolicyRecord[] records, int threads, int seconds)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        long[] done = new long[threads];
        List<Thread> workers = new ArrayList<>();
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long deadline = window[0] + seconds * 1_000_000_000L;
                int i = id * records.length / threads;
                long n = 0;
                long sink = 0;
                while (true) {
                    for (int k = 0; k < 64; k++) {
                        sink += decide.applyAsInt(records[i]);
                        if (++i == records.length) {
                            i = 0;
                        }
                    }
                    n += 64;
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                }
                done[id] = n;
                SINK.addAndGet(sink);
            }, "bench-" + t);
            w.start();
            workers.add(w);
        }
        window[0] = System.nanoTime();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        long total = 0;
        for (long n : done) {
            total += n;
        }
        return total / elapsed;
    }

    /** Bytes allocated by the calling thread per decision, over one pass of the records. */
    static long allocatedPerCall(ToIntFunction<PolicyRecord> decide, PolicyRecord[] records) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long sink = 0;
        for (PolicyRecord r : records) {
            sink += decide.applyAsInt(r);
        }
        SINK.addAndGet(sink);
        return (threads.getThreadAllocatedBytes(id) - before) / records.length;
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
