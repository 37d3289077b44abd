// In-process access decisions per second (not a test; surefire skips *Benchmark). From the project root:
//   ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.lifeinfo.compliance.access.AccessBenchmark -Dbench.args="[seconds] [threads]"
package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.access.AccessRequest.Context;
import cn.lifeinfo.compliance.access.AccessRequest.CustomerConsent;
import cn.lifeinfo.compliance.access.AccessRequest.Resource;
import cn.lifeinfo.compliance.access.AccessRequest.Subject;
import cn.lifeinfo.compliance.access.AccessRequest.Ticket;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public final class AccessBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path file = Path.of("rules/access/access.xlsx");
        long t0 = System.nanoTime();
        CompiledRuleset rules = new RulesetCompiler(AccessBenchmark.class.getClassLoader())
                .compile(RuleFamily.ACCESS, 1, file.getFileName().toString(), Files.readAllBytes(file));
        System.out.printf("compiled %d rules in %d ms%n", rules.ruleCount(), (System.nanoTime() - t0) / 1_000_000);
        AccessEngine engine = new AccessEngine();
        List<AccessRequest> mix = mix();
        for (AccessRequest r : mix) {
            AccessEngine.Outcome o = engine.decide(rules, r);
            System.out.printf("  %-20s %-14s %-8s %-6s %s %s%n", r.subject().role(), r.purpose(), r.action(),
                    o.decision(), o.ruleId(), o.mask());
        }
        // warm-up
        long end = System.nanoTime() + 3_000_000_000L;
        int i = 0;
        while (System.nanoTime() < end) {
            engine.decide(rules, mix.get(i++ % mix.size()));
        }
        AtomicLong done = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long stop = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread w = new Thread(() -> {
                long n = 0;
                int k = offset;
                long cpu0 = mx.getCurrentThreadCpuTime();
                while (System.nanoTime() < stop) {
                    engine.decide(rules, mix.get(k++ % mix.size()));
                    n++;
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                done.addAndGet(n);
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double cpuMicros = cpuNanos.get() / 1e3 / done.get();
        System.out.printf("%d thread(s): %,d decisions in %d s = %,d decisions/s wall; %.1f µs CPU per decision"
                        + " = %,.0f decisions/s per fully available core%n",
                threads, done.get(), seconds, done.get() / seconds, cpuMicros, 1e6 / cpuMicros);
        rules.close();
    }

    /** Permits and denies of several kinds, so that every branch of the sheet is exercised. */
    static List<AccessRequest> mix() {
        Subject agent = new Subject("u1", "AGENT", "ACTIVE", "INSURER", "3301", "A001", null, null, null);
        Subject uw = new Subject("u2", "UNDERWRITER", "ACTIVE", "INSURER", "33", null, null, null, null);
        Subject cs = new Subject("u3", "CUSTOMER_SERVICE", "ACTIVE", "INSURER", "00", null, null, null, null);
        Subject gone = new Subject("u4", "AGENT", "TERMINATED", "INSURER", "3301", "A001", null, null, null);
        Resource own = new Resource("C1", "P1", "330106", "A001", null, null, 40,
                List.of("name", "mobile", "idNumber", "address"));
        Resource other = new Resource("C2", "P2", "330106", "A999", null, null, 40, List.of("name", "mobile"));
        Resource health = new Resource("C3", "P3", "330106", "A001", null, null, 9,
                List.of("name", "idNumber", "healthDeclaration", "birthDate"));
        Context none = new Context(null, null, null, null, null, null);
        Context uwTicket = new Context(new Ticket("UNDERWRITING", "T1", "P3"), null, null, null, null, null);
        Context verified = new Context(null, null, true, null, new CustomerConsent(false, false, false), null);
        return List.of(
                new AccessRequest(agent, "VIEW", own, "SALES_SERVICE", none),
                new AccessRequest(agent, "VIEW", other, "SALES_SERVICE", none),
                new AccessRequest(uw, "VIEW", health, "UNDERWRITING", uwTicket),
                new AccessRequest(uw, "VIEW", health, "UNDERWRITING", none),
                new AccessRequest(cs, "VIEW", own, "CUSTOMER_SERVICE", verified),
                new AccessRequest(gone, "VIEW", own, "SALES_SERVICE", none),
                new AccessRequest(agent, "EXPORT", own, "SALES_SERVICE", none),
                new AccessRequest(agent, "VIEW", own, "PERSONAL", none));
    }
}
