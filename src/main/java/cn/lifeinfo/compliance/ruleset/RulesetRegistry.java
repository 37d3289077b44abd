package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules in force, one compiled version per family. A swap is a single reference write: a decision takes the
 * reference once and finishes on it, so decisions in flight complete on the old version. The old version is freed
 * only after a grace period long enough for any decision that still holds it.
 */
@ApplicationScoped
public class RulesetRegistry {

    private static final Logger LOG = Logger.getLogger(RulesetRegistry.class);

    private final Map<RuleFamily, AtomicReference<CompiledRuleset>> active = new EnumMap<>(RuleFamily.class);
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ruleset-retirer");
        t.setDaemon(true);
        return t;
    });

    private final Duration retireAfter;

    public RulesetRegistry(@ConfigProperty(name = "compliance.rules.retire-after") Duration retireAfter) {
        this.retireAfter = retireAfter;
        for (RuleFamily family : RuleFamily.values()) {
            active.put(family, new AtomicReference<>());
        }
    }

    /** The version in force; 503 while a family has none (readiness reports the same). */
    public CompiledRuleset active(RuleFamily family) {
        CompiledRuleset rs = active.get(family).get();
        if (rs == null) {
            throw new ProblemException(Problem.of(Failure.UNAVAILABLE, "no-active-ruleset",
                    "No active " + family.id() + " ruleset"));
        }
        return rs;
    }

    public Optional<CompiledRuleset> current(RuleFamily family) {
        return Optional.ofNullable(active.get(family).get());
    }

    public void activate(CompiledRuleset next) {
        CompiledRuleset previous = active.get(next.family()).getAndSet(next);
        LOG.infof("Ruleset %s in force (%d rules)", next.label(), next.ruleCount());
        if (previous != null && previous != next) {
            retirer.schedule(previous::close, retireAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void shutdown() {
        retirer.shutdownNow();
    }
}
