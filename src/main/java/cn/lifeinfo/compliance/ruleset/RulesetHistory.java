package cn.lifeinfo.compliance.ruleset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The version of a family that was in force at a past moment, from the change log, compiled on demand. Recomputing
 * an agent's score for a past date uses the assessment rules of that date; a few recent versions stay compiled.
 */
@ApplicationScoped
public class RulesetHistory {

    private static final int CACHED_VERSIONS = 4;

    private final RulesetService service;
    private final RulesetRegistry registry;
    private final Map<String, CompiledRuleset> compiled = new LinkedHashMap<>(8, 0.75f, true);

    public RulesetHistory(RulesetService service, RulesetRegistry registry) {
        this.service = service;
        this.registry = registry;
    }

    /** The version in force at {@code moment}; before the first activation, the first version. */
    public int versionAt(RuleFamily family, Instant moment) {
        Integer version = null;
        for (RulesetChangeEntity c : activations(family)) {
            if (version == null || !c.at.isAfter(moment)) {
                version = c.toVersion;
            }
            if (c.at.isAfter(moment)) {
                break;
            }
        }
        return version == null ? registry.active(family).version() : version;
    }

    private final Map<RuleFamily, List<RulesetChangeEntity>> activations = new java.util.EnumMap<>(RuleFamily.class);
    private final Map<RuleFamily, Long> readAt = new java.util.EnumMap<>(RuleFamily.class);

    /** Activations of a family in order; re-read at most once a second (a score replays many dates). */
    private synchronized List<RulesetChangeEntity> activations(RuleFamily family) {
        long now = System.nanoTime();
        Long last = readAt.get(family);
        if (last == null || now - last > 1_000_000_000L) {
            activations.put(family, QuarkusTransaction.requiringNew().call(() -> RulesetChangeEntity.list(
                    "family = ?1 and action in ('SEEDED', 'ACTIVATED', 'ROLLED_BACK') order by id", family.id())));
            readAt.put(family, now);
        }
        return activations.get(family);
    }

    public CompiledRuleset inForceAt(RuleFamily family, Instant moment) {
        int version = versionAt(family, moment);
        CompiledRuleset current = registry.active(family);
        if (current.version() == version) {
            return current;
        }
        synchronized (compiled) {
            CompiledRuleset rules = compiled.get(family.id() + "@" + version);
            if (rules == null) {
                rules = service.compileStored(family, version);
                compiled.put(family.id() + "@" + version, rules);
                if (compiled.size() > CACHED_VERSIONS) {
                    var eldest = compiled.entrySet().iterator().next();
                    eldest.getValue().close();
                    compiled.remove(eldest.getKey());
                }
            }
            return rules;
        }
    }
}
