package cn.lifeinfo.compliance.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What every decision tells operators: counters by family, outcome and gate, findings and access denials by rule id,
 * the answer's latency as a histogram, and one debug log line per decision. Labels only take bounded values (families,
 * outcomes, rule ids of the workbooks, severities): never a policy number, an agent code or anything of a person.
 */
@ApplicationScoped
public class DecisionTelemetry {

    private static final Logger LOG = Logger.getLogger("cn.lifeinfo.compliance.decisions");

    /** Histogram buckets of the decision latency, from a dry run on a warm JIT to a batch of 10,000 records. */
    static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public DecisionTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * One decision answered (or, for screenings and dry runs, made).
     *
     * @param gate  the underwriting gate (truthfulness), else {@code none}
     * @param nanos how long the call that made it took (a batch's decisions share their batch's time)
     */
    public void decided(String family, String decisionId, String rulesetVersion, String outcome, String gate,
                        long nanos) {
        counter("compliance.decisions", "Decisions made, by family, outcome and underwriting gate",
                "family", family, "outcome", label(outcome), "gate", label(gate)).increment();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("decision %s family=%s rulesetVersion=%s outcome=%s gate=%s durationMs=%.3f", decisionId,
                    family, rulesetVersion, label(outcome), label(gate), nanos / 1e6);
        }
    }

    /** A finding (truthfulness) or a fired rule, by its rule id and severity. */
    public void finding(String family, String ruleId, String severity) {
        counter("compliance.findings", "Findings of decisions, by rule id", "family", family,
                "rule_id", label(ruleId), "severity", label(severity)).increment();
    }

    /** An access request denied, by the rule that denied it. */
    public void accessDenied(String ruleId) {
        counter("compliance.access.denials", "Access requests denied, by rule id", "rule_id", label(ruleId))
                .increment();
    }

    /**
     * How long one call took from its start until it could be answered (its records committed).
     *
     * @param call {@code single}, {@code batch} or {@code screening}
     */
    public void latency(String family, String call, long nanos) {
        String key = family + '\0' + call;
        timers.computeIfAbsent(key, k -> Timer.builder("compliance.decision.duration")
                .description("Time to answer a decision call, until its records were committed")
                .tags("family", family, "call", call)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .minimumExpectedValue(LATENCY_BUCKETS[0])
                .maximumExpectedValue(LATENCY_BUCKETS[LATENCY_BUCKETS.length - 1])
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(String name, String description, String... tags) {
        String key = name + '\0' + String.join("\0", tags);
        return counters.computeIfAbsent(key, k -> Counter.builder(name).description(description).tags(tags)
                .register(registry));
    }

    private static String label(String value) {
        return value == null || value.isBlank() ? "none" : value.length() > 64 ? value.substring(0, 64) : value;
    }
}
