package cn.lifeinfo.compliance.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;

/** Ready only when every required family has a version in force here (the datasource check covers the database). */
@Readiness
@ApplicationScoped
public class RulesetReadiness implements HealthCheck {

    private final RulesetRegistry registry;
    private final List<String> required;

    public RulesetReadiness(RulesetRegistry registry,
                            @ConfigProperty(name = "compliance.rules.required-families") List<String> required) {
        this.registry = registry;
        this.required = required;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rulesets").up();
        for (String id : required) {
            RuleFamily family = RuleFamily.fromId(id).orElseThrow();
            var served = registry.current(family);
            response.withData(id, served.map(CompiledRuleset::label).orElse("none"));
            if (served.isEmpty()) {
                response.down();
            }
        }
        return response.build();
    }
}
