package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.registry.AgentRequest;
import cn.lifeinfo.compliance.registry.RegistryService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screens a generated book end to end in-process (upload over HTTP as a stream, both phases by this instance's
 * workers, cross-record rules on) and prints records/s, seconds per phase, the heap used and the GC pauses of each
 * collector over the run; it fails unless the job is DONE with the book's counts (see {@link #expected}). The service
 * is warmed first with another book ({@code -Dbench.warmup=}, 200,000 records, screened and stored before the measured
 * upload), as a running service is; earlier runs' jobs are deleted first. Not a test: surefire excludes *Benchmark;
 * run it on its own database (its screening tables are emptied) with
 * <pre>
 * COMPLIANCE_TEST_DB_URL='jdbc:mariadb://127.0.0.1:3306/compliance_bench?createDatabaseIfNotExist=true' \
 *   ./mvnw -B test -Dtest=ScreeningBenchmark -Dquarkus.http.test-port=0 -Dbench.records=1000000 \
 *   -D%test.compliance.screening.chunk-records=2000 \
 *   -DargLine='-Xms2g -Xmx2g -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch -XX:G1HeapRegionSize=4m' \
 *   [-Dbench.waitStored=true] [-Dbench.warmup=0]
 * </pre>
 * The JVM flags are the image's ({@code src/main/docker/Dockerfile.jvm}) at a 2 GB heap; the run prints the ones it
 * had.
 */
@QuarkusTest
class ScreeningBenchmark {

    @Inject
    RegistryService registry;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/api/v1/screenings")
    URL endpoint;

    @Test
    void screenGeneratedBook() throws Exception {
        int n = Integer.getInteger("bench.records", 1_000_000);
        // 200,000, not 50,000: after the smaller book C2 still compiled 13-16 core-s inside the measured run (JFR: 828 of
        // its 865 compilations were first ones; the decision path still ran as profiled C1 code), 7.5-12 after this one
        int warmup = Integer.getInteger("bench.warmup", 200_000);
        forgetEarlierRuns();
        Books book = Books.forBenchmark(0);
        Path file = generate(book, n);
        // HTTP/1.1, as curl and the core systems upload a book: the JDK client's default upgrades to HTTP/2, whose
        // framing and flow control cost both sides CPU on a 1 GB body
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        if (warmup > 0) {
            // a running service has compiled its hot paths long before a book arrives; a fresh JVM on two cores
            // would otherwise spend the run's first minute interpreting them while its compiler queues up
            // its records end where the ID numbers wrap round, so that none of them is a person of the measured book
            if (n + warmup > Books.ID_PERIOD) {
                throw new IllegalArgumentException("bench.records + bench.warmup must not exceed " + Books.ID_PERIOD);
            }
            Books other = Books.forBenchmark(Books.ID_PERIOD - warmup);
            Path warm = generate(other, warmup);
            long t = System.nanoTime();
            URI job = submit(http, warm);
            await(http, job, true);
            System.out.printf("BENCH warm-up: another book of %,d records screened and stored in %.1f s (not measured;"
                    + " -Dbench.warmup=0 measures a cold JVM)%n", warmup, (System.nanoTime() - t) / 1e9);
            Files.delete(warm);
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

        Map<String, long[]> gcBefore = gcTotals();
        Map<Long, Long> threadsBefore = threadCpu();
        long processBefore = processCpuNanos();
        long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long stealBefore = stealTicks();
        long databaseBefore = databaseCpuNanos();
        long start = System.nanoTime();
        URI status = submit(http, file);
        double uploaded = (System.nanoTime() - start) / 1e9;
        long cpuUploaded = processCpuNanos() + databaseCpuNanos();
        System.out.printf("BENCH upload in %.1f s (job %s)%n", uploaded, status);
        System.out.println("BENCH jvm " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList());
        Double indexed = null;
        long cpuIndexed = 0;
        String body;
        long slowestPoll = 0;
        double slowestAt = 0;
        long asked;
        while (true) {
            asked = System.nanoTime();
            body = status(http, status);
            if (System.nanoTime() - asked > slowestPoll) {
                slowestPoll = System.nanoTime() - asked;
                slowestAt = (asked - start) / 1e9;
            }
            double s = (System.nanoTime() - start) / 1e9;
            if (indexed == null && !body.contains("\"phase\":\"INDEX\"") && !body.contains("\"phase\":\"RECEIVING\"")) {
                indexed = s;
                cpuIndexed = processCpuNanos() + databaseCpuNanos();
                System.out.printf("BENCH indexed (population holds the book) after %.1f s%n", s);
            }
            if (body.contains("\"status\":\"DONE\"") || body.contains("\"status\":\"FAILED\"")) {
                break;
            }
            Thread.sleep(250); // a poll costs a few milliseconds; a coarser one would time the polling, not the job
        }
        double total = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        // the client sees DONE at its next poll: the job's own clock says how much of the total is polling
        JsonNode ended = new ObjectMapper().readTree(body);
        System.out.printf("BENCH job's own time: created to finished %.1f s; seen DONE by this client %.1f s later "
                        + "(by the poll sent at %.1f s; polls every 250 ms, the slowest took %d ms, sent at %.1f s)%n",
                seconds(ended, "createdAt", "finishedAt"), total - seconds(ended, "createdAt", "finishedAt"),
                (asked - start) / 1e9, slowestPoll / 1_000_000, slowestAt);
        System.out.printf("BENCH done: %,d records in %.1f s = %,.0f records/s (upload %.1f s, index until %.1f s, "
                        + "evaluate %.1f s)%n", n, total, n / total, uploaded, indexed, total - indexed);
        // where the cores stood idle: waits between phases, or a phase that cannot use both cores
        long cpuDone = processCpuNanos() + databaseCpuNanos();
        long cpuStart = processBefore + databaseBefore;
        System.out.printf("BENCH cores busy (this JVM and MariaDB): upload %.2f, until indexed %.2f, evaluate %.2f%n",
                (cpuUploaded - cpuStart) / 1e9 / uploaded,
                (cpuIndexed - cpuUploaded) / 1e9 / Math.max(0.1, indexed - uploaded),
                (cpuDone - cpuIndexed) / 1e9 / (total - indexed));
        System.out.printf("BENCH heap: max %d MB, used before %d MB, peak sampled %d MB%n",
                memory.getHeapMemoryUsage().getMax() >> 20, heapBefore >> 20, peak.get() >> 20);
        cpuByThreadGroup(threadsBefore).forEach((group, nanos) -> System.out.printf("BENCH cpu %s: %.1f s%n", group,
                nanos / 1e9));
        System.out.printf("BENCH cpu this JVM %.1f s, MariaDB %.1f s (core-seconds over %.1f s: %.2f cores busy)%n",
                (processCpuNanos() - processBefore) / 1e9, (databaseCpuNanos() - databaseBefore) / 1e9, total,
                (processCpuNanos() - processBefore + databaseCpuNanos() - databaseBefore) / 1e9 / total);
        // on a VM the hypervisor takes CPU from the guest now and then: runs of the same code differ by a fifth or more
        System.out.printf("BENCH steal %.1f s (CPU time the hypervisor took from this VM during the run)%n",
                (stealTicks() - stealBefore) / 100.0);
        // the JIT's threads are no Java threads: their time shows only here (summed over the compiler threads)
        System.out.printf("BENCH jit compiling %.1f s%n",
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore) / 1e3);
        gcTotals().forEach((name, now) -> {
            long[] was = gcBefore.getOrDefault(name, new long[2]);
            System.out.printf("BENCH gc %s: %,d collections, %.1f s%n", name, now[0] - was[0],
                    (now[1] - was[1]) / 1000.0);
        });
        if (Boolean.getBoolean("bench.waitStored")) {
            body = await(http, status, true);
            System.out.printf("BENCH book stored in the population tables after %.1f s (not part of the job's time)%n",
                    (System.nanoTime() - start) / 1e9);
        }
        int agentsAt = body.indexOf("\"byAgent\"");
        System.out.println("BENCH status " + (agentsAt < 0 ? body : body.substring(0, agentsAt)));
        Files.delete(file);
        JsonNode job = new ObjectMapper().readTree(body);
        long[] want = expected(n);
        long[] got = {job.path("screened").asLong(-1), job.path("defective").asLong(-1), job.path("review").asLong(-1)};
        System.out.printf("BENCH counts: screened %,d, defective %,d, review %,d (expected %s)%n", got[0], got[1],
                got[2], want == null ? "unknown for this size: only screened and review are checked"
                        : String.format("%,d / %,d / %,d", want[0], want[1], want[2]));
        if (!"DONE".equals(job.path("status").asText()) || got[0] != n || got[2] != n / 50 + (n % 50 > 11 ? 1 : 0)
                || want != null && (got[1] != want[1] || got[2] != want[2])) {
            throw new AssertionError("the book's counts differ from the expected ones: " + job.path("status").asText()
                    + " screened " + got[0] + ", defective " + got[1] + ", review " + got[2]);
        }
    }

    private static double seconds(JsonNode job, String from, String to) {
        return java.time.Duration.between(java.time.Instant.parse(job.path(from).asText()),
                java.time.Instant.parse(job.path(to).asText())).toMillis() / 1e3;
    }

    /** The job of an earlier run may still be storing its book: on this benchmark's own database, it is dropped. */
    private void forgetEarlierRuns() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("screening_chunk", "screening_chunk_count", "screening_total",
                    "screening_defect", "screening_error", "screening_job")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** The book's records as JSON lines in a temporary file; its agents registered (one in 50 records is not). */
    private Path generate(Books book, int n) throws Exception {
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
        for (int k = 0; k < book.agents.size(); k++) {
            registry.putAgent(book.agents.get(k), new AgentRequest(book.agents.get(k), "王芳", null, null, null, null,
                    book.agentMobile(k), "3301", "ACTIVE", null, null));
        }
        return file;
    }

    /** Uploads the book; the job's address. */
    private URI submit(HttpClient http, Path file) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(endpoint.toURI())
                .header("Content-Type", "application/x-ndjson").header("Authorization", Tokens.user("bench").getValue())
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + posted.statusCode() + ": " + posted.body());
        }
        return URI.create(endpoint + "/" + new ObjectMapper().readTree(posted.body()).path("id").asText());
    }

    /** The job's status, polled until it ends (and, when asked, until its book is in the population tables). */
    private static String await(HttpClient http, URI job, boolean stored) throws Exception {
        while (true) {
            String body = status(http, job);
            if (body.contains("\"status\":\"FAILED\"") || body.contains("\"status\":\"DONE\"")
                    && (!stored || body.contains("\"populationPending\":0"))) {
                return body;
            }
            Thread.sleep(500);
        }
    }

    private static String status(HttpClient http, URI job) throws Exception {
        HttpResponse<String> polled = http.send(HttpRequest.newBuilder(job)
                .header("Authorization", Tokens.user("bench").getValue()).build(), HttpResponse.BodyHandlers.ofString());
        if (polled.statusCode() != 200) { // a poll that is refused must not look like progress
            throw new IllegalStateException("status " + polled.statusCode() + ": " + polled.body());
        }
        return polled.body();
    }

    /**
     * Screened, defective and review counts of the benchmark's book of {@code n} records, for the sizes whose counts
     * were established by the design before this benchmark asserted them. Review is exact from the generator (every
     * 50th record's agent is unregistered, a WARN only); defective is not: besides the generator's listed defects
     * (TRU-PHONE-001, TRU-ID-003, the three shared mobiles), a few records collide with others in the cross-record
     * rules, so only the measured sizes are known. Other sizes are checked for screened and review alone.
     */
    static long[] expected(int n) {
        return switch (n) {
            case 200_000 -> new long[]{200_000, 28_004, 4_000};
            case 1_000_000 -> new long[]{1_000_000, 140_005, 20_000};
            default -> null;
        };
    }

    /** CPU time of every live thread of this JVM, by thread id. */
    private static Map<Long, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /**
     * CPU used since {@code before} per group of threads (names without their numbers: the upload runs on an
     * executor-thread, the phases on screening-worker), so where the cores went during the run can be read off.
     */
    private static Map<String, Long> cpuByThreadGroup(Map<Long, Long> before) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            long used = now - Math.max(0, before.getOrDefault(id, 0L));
            if (used > 50_000_000L) {
                groups.merge(info.getThreadName().replaceAll("[0-9]+", "#"), used, Long::sum);
            }
        }
        return groups;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The machine's steal time so far, in USER_HZ ticks (1/100 s) from /proc/stat; 0 where there is none. */
    private static long stealTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** The local MariaDB server's CPU (it shares the two cores), 0 when it is not on this machine. */
    private static long databaseCpuNanos() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")
                        || c.endsWith("mysqld")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    /** Collections and milliseconds per collector so far (e.g. "G1 Young Generation", "G1 Old Generation"). */
    private static Map<String, long[]> gcTotals() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean gc : beans) {
            totals.put(gc.getName(), new long[]{gc.getCollectionCount(), gc.getCollectionTime()});
        }
        return totals;
    }
}
