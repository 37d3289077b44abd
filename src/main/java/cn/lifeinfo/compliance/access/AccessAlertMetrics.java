package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Alerts raised (ACC-MON-001), as {@code GET /api/v1/access/alerts} would list them for the last
 * {@code compliance.metrics.alerts-lookback}: alerts are derived from the shared access log on read, so every instance
 * reports the same count (take {@code max}); re-read every {@code compliance.metrics.refresh-interval}.
 */
@ApplicationScoped
public class AccessAlertMetrics {

    private static final Logger LOG = Logger.getLogger(AccessAlertMetrics.class);

    private final AccessAlerts alerts;
    private final RulesetRegistry rulesets;
    private final MeterRegistry registry;
    private final Duration lookback;
    private final Map<String, AtomicLong> raised = new ConcurrentHashMap<>();

    public AccessAlertMetrics(AccessAlerts alerts, RulesetRegistry rulesets, MeterRegistry registry,
                              @ConfigProperty(name = "compliance.metrics.alerts-lookback") Duration lookback) {
        this.alerts = alerts;
        this.rulesets = rulesets;
        this.registry = registry;
        this.lookback = lookback;
    }

    @Scheduled(every = "${compliance.metrics.refresh-interval}", delayed = "${compliance.metrics.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        if (rulesets.current(RuleFamily.ACCESS).isEmpty()) {
            return;
        }
        try {
            Instant now = Instant.now();
            List<AccessAlert> open = alerts.openAlerts(now.minus(lookback), now, null);
            Map<String, Long> counts = new HashMap<>();
            counts.put(AccessMonitoring.of(rulesets.active(RuleFamily.ACCESS)).ruleId(), 0L);
            open.forEach(a -> counts.merge(a.ruleId(), 1L, Long::sum));
            raised.forEach((rule, value) -> value.set(counts.getOrDefault(rule, 0L)));
            counts.forEach((rule, n) -> gauge(rule).set(n));
        } catch (RuntimeException e) { // no monitoring sheet in force (409 on the endpoint), database away
            LOG.debugf("Access alert count not refreshed: %s", e.getMessage());
        }
    }

    private AtomicLong gauge(String ruleId) {
        return raised.computeIfAbsent(ruleId, r -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("compliance.access.alerts", value, AtomicLong::get).tag("rule_id", r)
                    .description("Access alerts raised within the look-back window, over all instances")
                    .register(registry);
            return value;
        });
    }
}
