package cn.lifeinfo.compliance.ruleset;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Makes this instance serve what the database says is in force. Replicas share nothing but MariaDB, so each polls
 * the family pointers; an activation on one instance reaches the others within one interval.
 */
@ApplicationScoped
public class RulesetSynchroniser {

    private static final Logger LOG = Logger.getLogger(RulesetSynchroniser.class);

    private final RulesetService service;
    private final RulesetRegistry registry;

    public RulesetSynchroniser(RulesetService service, RulesetRegistry registry) {
        this.service = service;
        this.registry = registry;
    }

    @Scheduled(every = "${compliance.rules.sync-interval}", delayed = "${compliance.rules.sync-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            syncAll();
        } catch (RuntimeException e) {
            // keep serving the rules in force; the next poll tries again
            LOG.warnf("Ruleset sync failed: %s", e.getMessage());
        }
    }

    public void syncAll() {
        for (RuleFamily family : RuleFamily.values()) {
            sync(family);
        }
    }

    /** At start-up: nothing is served yet, so waiting for the compile slot beats failing the start. */
    public void syncAllAtStartup() {
        for (RuleFamily family : RuleFamily.values()) {
            sync(family, true);
        }
    }

    /** @return true when this call changed the version served */
    public boolean sync(RuleFamily family) {
        return sync(family, false);
    }

    private boolean sync(RuleFamily family, boolean untilFree) {
        Optional<Integer> wanted = service.activeVersion(family);
        if (wanted.isEmpty()) {
            return false;
        }
        Integer served = registry.current(family).map(CompiledRuleset::version).orElse(null);
        if (wanted.get().equals(served)) {
            return false;
        }
        registry.activate(service.compileStored(family, wanted.get(), untilFree));
        LOG.infof("Following the database: now serving %s@%d", family.id(), wanted.get());
        return true;
    }
}
