package cn.lifeinfo.compliance.bench;

import cn.lifeinfo.compliance.truthfulness.bench.RecordMix;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop throughput of stored truthfulness decisions against dry runs of the same records, in one run:
 * {@code connections} clients each send the next request when the previous one is answered. Phases alternate
 * (dry, stored, dry, stored) so a drift of the machine shows in both; every request carries a record of its own from
 * {@link RecordMix#ownAddresses}'s clean records (a distinct person with a valid ID and his own phone and address, its
 * own policy number; prepared for the fastest rate these machines reach, and the run says so if it had to send one
 * twice), so
 * stored decisions grow the population as a real day would; the script starts from an empty database.
 * Prints decisions per second of each phase and the ratio stored / dry run. The summary leaves the first round out:
 * on a slow VM its dry-run phase may still run on a service that is not warm (seen on 2026-12-03: 1.0–1.35 ms of
 * service CPU per decision against 0.55–0.8 ms a round later), which flatters that round's ratio. Each round stores
 * into larger tables: once they outgrow MariaDB's buffer pool the stored rate falls from round to round.
 *
 * <p>With {@code servicePid} and {@code databasePid} (the script passes both) each phase also prints the CPU time
 * per decision of the service, of MariaDB and of this client, read from /proc: where a stored decision's extra cost
 * goes.
 *
 * <p>With {@code dbUrl} each phase also prints MariaDB's statements, commits and row writes per decision (its global
 * status counters): what the database is asked to do for a stored decision.
 *
 * <p>Options: url, connections (8), seconds per phase (20), warmup seconds per path (30), rounds (3), records
 * (distinct records to prepare: 3,500 a second of the run), signingKey, servicePid, databasePid, dbUrl.
 */
public final class StoredVsDryRun {

    /** Decisions per second no phase on these machines reaches: sizes the default number of prepared records. */
    private static final int MAX_RATE = 3_500;

    private StoredVsDryRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        URI base = URI.create(opt.getOrDefault("url", "http://127.0.0.1:18080"));
        int connections = Integer.parseInt(opt.getOrDefault("connections", "8"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "30"));
        int rounds = Math.max(2, Integer.parseInt(opt.getOrDefault("rounds", "3")));
        // clean records only, each request its own: a distinct person with a valid ID and his own phone and address,
        // so the population grows as a real day's does (a record sent twice would find itself stored, and shared
        // addresses would make each lookup find more as the run stores). Prepared before measuring, as bytes.
        int records = Integer.parseInt(opt.getOrDefault("records",
                String.valueOf(MAX_RATE * (2 * warmup + 2 * rounds * seconds))));
        List<byte[]> bodies = RecordMix.ownAddresses(23).filter(RecordMix.Entry::clean).limit(records)
                .map(e -> e.json().toString().getBytes(StandardCharsets.UTF_8)).toList();
        System.out.printf(Locale.ROOT, "%,d distinct records prepared%n", bodies.size());
        String bearer = "Bearer " + HttpLatencyBenchmark.token(opt);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong next = new AtomicLong();

        ProcessCpu cpu = new ProcessCpu(opt.get("servicePid"), opt.get("databasePid"));
        DatabaseWork db = new DatabaseWork(opt.get("dbUrl"));
        // both paths warm before either is measured: a cold first dry-run phase would flatter the ratio
        run(http, base.resolve("/api/v1/decisions/truthfulness?dryRun=true"), bodies, next, bearer, connections, warmup);
        run(http, base.resolve("/api/v1/decisions/truthfulness"), bodies, next, bearer, connections, warmup);
        double[] dry = new double[rounds];
        double[] stored = new double[rounds];
        System.out.printf(Locale.ROOT, "warm; measuring (%s)%n", java.time.LocalTime.now().withNano(0));
        for (int round = 0; round < rounds; round++) {
            long[] before = cpu.read();
            Map<String, Long> work = db.read();
            long answeredBefore = next.get();
            dry[round] = run(http, base.resolve("/api/v1/decisions/truthfulness?dryRun=true"), bodies, next, bearer,
                    connections, seconds);
            cpu.print("dry run", before, next.get() - answeredBefore);
            db.print(work, next.get() - answeredBefore);
            before = cpu.read();
            work = db.read();
            answeredBefore = next.get();
            stored[round] = run(http, base.resolve("/api/v1/decisions/truthfulness"), bodies, next, bearer,
                    connections, seconds);
            cpu.print("stored ", before, next.get() - answeredBefore);
            db.print(work, next.get() - answeredBefore);
            System.out.printf(Locale.ROOT, "round %d: dry run %.0f/s, stored %.0f/s, ratio %.2f%n", round + 1,
                    dry[round], stored[round], stored[round] / dry[round]);
        }
        double d = 0;
        double s = 0;
        for (int round = 1; round < rounds; round++) {
            d += dry[round] / (rounds - 1);
            s += stored[round] / (rounds - 1);
        }
        System.out.printf(Locale.ROOT, "rounds 2-%d: dry run %.0f decisions/s, stored %.0f decisions/s, ratio %.2f"
                + " (target >= 0.70)%n", rounds, d, s, s / d);
        if (next.get() > bodies.size()) {
            System.out.printf(Locale.ROOT, "NOTE: %,d requests sent, %,d distinct records prepared: records were sent"
                    + " again, so persons repeated; rerun with records=%d%n", next.get(), bodies.size(), next.get());
        }
    }

    /** Decisions per second answered 200 in the phase; any other answer ends the benchmark. */
    private static double run(HttpClient http, URI uri, List<byte[]> bodies, AtomicLong next, String bearer,
                              int connections, int seconds) throws InterruptedException {
        AtomicLong answered = new AtomicLong();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < until) {
                    long i = next.getAndIncrement();
                    byte[] body = bodies.get((int) (i % bodies.size()));
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json").header("Authorization", bearer)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        System.err.println(uri + " answered " + response.statusCode() + ": " + response.body());
                        System.exit(1);
                    }
                    answered.incrementAndGet();
                }
                return null;
            });
        }
        long start = System.nanoTime();
        clients.shutdown();
        clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return answered.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** CPU time (user + system) of the service, MariaDB and this JVM, from /proc/<pid>/stat (Linux). */
    private record ProcessCpu(String servicePid, String databasePid) {

        long[] read() {
            return new long[]{ticks(servicePid), ticks(databasePid), ticks("self")};
        }

        void print(String phase, long[] before, long decisions) {
            if (servicePid == null || decisions <= 0) {
                return;
            }
            long[] after = read();
            double tickMs = 1000.0 / 100; // USER_HZ
            System.out.printf(Locale.ROOT, "  %s CPU per decision: service %.2f ms, MariaDB %.2f ms, client %.2f ms"
                            + " (phase ended %s)%n", phase, (after[0] - before[0]) * tickMs / decisions,
                    (after[1] - before[1]) * tickMs / decisions, (after[2] - before[2]) * tickMs / decisions,
                    java.time.LocalTime.now().withNano(0));
        }

        private static long ticks(String pid) {
            if (pid == null) {
                return 0;
            }
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }
    }

    /** MariaDB's global status counters (all sessions, so run the benchmark on a quiet server). */
    private record DatabaseWork(String url) {

        private static final List<String> COUNTERS = List.of("Questions", "Com_insert", "Com_delete", "Com_select",
                "Com_update", "Com_commit", "Handler_write", "Handler_delete", "Innodb_os_log_fsyncs",
                "Innodb_data_written");

        Map<String, Long> read() {
            Map<String, Long> values = new java.util.TreeMap<>();
            if (url == null) {
                return values;
            }
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url,
                    System.getenv().getOrDefault("COMPLIANCE_DB_USER", "root"),
                    System.getenv().getOrDefault("COMPLIANCE_DB_PASSWORD", ""));
                 java.sql.ResultSet rs = c.createStatement().executeQuery("SHOW GLOBAL STATUS")) {
                while (rs.next()) {
                    if (COUNTERS.contains(rs.getString(1))) {
                        values.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                    }
                }
            } catch (java.sql.SQLException | NumberFormatException e) {
                System.err.println("MariaDB status unreadable: " + e);
            }
            return values;
        }

        void print(Map<String, Long> before, long decisions) {
            if (url == null || decisions <= 0) {
                return;
            }
            StringBuilder line = new StringBuilder("    MariaDB per decision:");
            read().forEach((name, value) -> line.append(String.format(Locale.ROOT, " %s %.2f", name,
                    (value - before.getOrDefault(name, value)) / (double) decisions)));
            System.out.println(line);
        }
    }
}
