package cn.lifeinfo.compliance.ruleset;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs each family's own workbook test cases a few hundred times in the background after start-up, so that the
 * JIT has compiled the decision path before the first real requests arrive (they otherwise pay seconds).
 */
@ApplicationScoped
public class RulesetWarmUp {

    private static final Logger LOG = Logger.getLogger(RulesetWarmUp.class);

    private final RulesetRegistry registry;
    private final RulesetService service;
    private final Instance<RulesetTestHarness> harnesses;
    private final ObjectMapper json;
    private final int rounds;

    public RulesetWarmUp(RulesetRegistry registry, RulesetService service, Instance<RulesetTestHarness> harnesses,
                         ObjectMapper json, @ConfigProperty(name = "compliance.rules.warm-up-rounds") int rounds) {
        this.registry = registry;
        this.service = service;
        this.harnesses = harnesses;
        this.json = json;
        this.rounds = rounds;
    }

    /** After {@link RulesetStartup} (default priority APPLICATION + 500; higher values are notified later). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (rounds <= 0) {
            return;
        }
        Thread t = new Thread(this::warmUp, "ruleset-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        int cases = 0;
        for (RulesetTestHarness harness : harnesses) {
            CompiledRuleset rules = registry.current(harness.family()).orElse(null);
            if (rules == null) {
                continue;
            }
            try {
                RulesetService.StoredFile file = service.file(harness.family(), rules.version());
                WorkbookTestCases testCases = new WorkbookTestCases(json);
                for (int i = 0; i < rounds; i++) {
                    cases += testCases.run(file.fileName(), file.content(), rules, harness).cases();
                }
            } catch (RuntimeException e) {
                // warming up is an optimisation; a failure here must not affect the service
                LOG.infof("Warm-up of %s skipped: %s", harness.family().id(), e.toString());
            }
        }
        LOG.infof("Warmed up the decision path with %d workbook test cases in %d ms", cases,
                (System.nanoTime() - start) / 1_000_000);
    }
}
