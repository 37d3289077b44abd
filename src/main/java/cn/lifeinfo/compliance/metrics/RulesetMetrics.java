package cn.lifeinfo.compliance.metrics;

import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The ruleset version in force per family on this instance ({@code compliance_ruleset_active_version}, 0 while a
 * family has none); Prometheus' {@code instance}/{@code pod} labels tell the instances apart, so a replica that has
 * not followed an activation shows up as a differing line.
 */
@ApplicationScoped
public class RulesetMetrics {

    private final RulesetRegistry rulesets;
    private final MeterRegistry registry;

    public RulesetMetrics(RulesetRegistry rulesets, MeterRegistry registry) {
        this.rulesets = rulesets;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        for (RuleFamily family : RuleFamily.values()) {
            Gauge.builder("compliance.ruleset.active.version", rulesets,
                            r -> r.current(family).map(CompiledRuleset::version).orElse(0))
                    .tag("family", family.id())
                    .description("Version of the family's ruleset in force on this instance (0 = none)")
                    .register(registry);
        }
    }
}
