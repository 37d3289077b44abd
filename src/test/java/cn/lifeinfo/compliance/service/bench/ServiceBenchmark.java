// In-process service decisions per second (not a test; surefire skips *Benchmark). From the project root:
//   ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.lifeinfo.compliance.service.bench.ServiceBenchmark -Dbench.args="[seconds] [threads]"
package cn.lifeinfo.compliance.service.bench;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;
import cn.lifeinfo.compliance.service.ServiceEngine;
import cn.lifeinfo.compliance.service.ServiceRequest;
import cn.lifeinfo.compliance.service.ServiceRequestReader;
import cn.lifeinfo.compliance.service.ServiceRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Service decisions from the shipped workbook over a mix of every request type, permits and refusals: first the
 * engine alone (request already read: facts + rules), then reading the JSON tree as the endpoint does.
 */
public final class ServiceBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path file = Path.of("rules/service/service.xlsx");
        long t0 = System.nanoTime();
        CompiledRuleset rules = new RulesetCompiler(ServiceBenchmark.class.getClassLoader())
                .compile(RuleFamily.SERVICE, 1, file.getFileName().toString(), Files.readAllBytes(file));
        System.out.printf("compiled %d rules in %d ms%n", rules.ruleCount(), (System.nanoTime() - t0) / 1_000_000);
        ServiceEngine engine = new ServiceEngine(new ContactKeys(new IdentifierHasher("bench-key")));
        Predicate<String> noRegistry = phone -> false;
        List<JsonNode> bodies = mix();
        List<ServiceRequest> requests = bodies.stream().map(b -> ServiceRequestReader.read(b).request()).toList();
        for (ServiceRequest r : requests) {
            ServiceEngine.Outcome o = engine.decide(rules, r, noRegistry);
            System.out.printf("  %-26s %-17s %s%n", r.type(), o.decision(), o.ruleId());
        }
        run("engine (request read)", seconds, threads,
                k -> engine.decide(rules, requests.get(k % requests.size()), noRegistry));
        run("read JSON tree + engine", seconds, threads,
                k -> engine.decide(rules, ServiceRequestReader.read(bodies.get(k % bodies.size())).request(),
                        noRegistry));
        rules.close();
    }

    interface Work {
        void decide(int k);
    }

    static void run(String what, int seconds, int threads, Work work) throws InterruptedException {
        long warm = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; System.nanoTime() < warm; i++) {
            work.decide(i);
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
                    work.decide(k++);
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
        System.out.printf("%s, %d thread(s): %,d decisions in %d s = %,d decisions/s wall; %.1f µs CPU per decision"
                        + " = %,.0f decisions/s per fully available core%n",
                what, threads, done.get(), seconds, done.get() / seconds, cpuMicros, 1e6 / cpuMicros);
    }

    /** Every request type, passing and refused. */
    static List<JsonNode> mix() {
        List<JsonNode> mix = new ArrayList<>();
        mix.add(ServiceRequests.loan());
        mix.add(ServiceRequests.loan().put("signedByApplicant", false));
        mix.add(ServiceRequests.survival());
        ObjectNode guardian = ServiceRequests.survival().put("applicantRole", "POLICYHOLDER");
        ServiceRequests.policy(guardian).put("guardianship", true).put("insuredBirthDate", "2010-01-01");
        mix.add(guardian);
        mix.add(ServiceRequests.contactChange());
        mix.add(ServiceRequests.contactChange().put("newMobile", "13700137000"));
        mix.add(ServiceRequests.identityChange());
        mix.add(ServiceRequests.attempt(ServiceRequests.callback(), "2026-06-05", "13800138000", true, true));
        mix.add(ServiceRequests.callback().put("asOfDate", "2026-06-20"));
        mix.add(ServiceRequests.attempt(ServiceRequests.callback(), "2026-06-05", "13900000000", true, true));
        mix.add(ServiceRequests.destruction());
        mix.add(ServiceRequests.deletion().put("requestDate", "2019-01-01"));
        return mix;
    }
}
