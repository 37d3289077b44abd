package cn.lifeinfo.compliance.screening;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screening jobs for operators: records screened by this instance's workers ({@code rate()} of the counter is the
 * throughput) and jobs per state over all instances, re-read from the database every
 * {@code compliance.metrics.refresh-interval} (every instance reports the same counts: take {@code max}).
 */
@ApplicationScoped
public class ScreeningMetrics {

    private static final Logger LOG = Logger.getLogger(ScreeningMetrics.class);
    static final List<String> STATES = List.of("RECEIVING", "RUNNING", "DONE", "FAILED");

    private final ScreeningStore store;
    private final MeterRegistry registry;
    private final Counter screened;
    private final Map<String, AtomicLong> jobs = new ConcurrentHashMap<>();

    public ScreeningMetrics(ScreeningStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
        this.screened = Counter.builder("compliance.screening.records")
                .description("Records screened by this instance's workers").register(registry);
        STATES.forEach(this::gauge);
    }

    void screened(int records) {
        screened.increment(records);
    }

    @Scheduled(every = "${compliance.metrics.refresh-interval}", delayed = "${compliance.metrics.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            Map<String, Long> counts = store.jobsByStatus();
            jobs.forEach((state, value) -> value.set(counts.getOrDefault(state, 0L)));
            counts.forEach((state, n) -> gauge(state).set(n));
        } catch (RuntimeException e) {
            LOG.debugf("Screening job counts not refreshed: %s", e.getMessage());
        }
    }

    private AtomicLong gauge(String state) {
        return jobs.computeIfAbsent(state, s -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("compliance.screening.jobs", value, AtomicLong::get).tag("state", s)
                    .description("Screening jobs per state, over all instances").register(registry);
            return value;
        });
    }
}
