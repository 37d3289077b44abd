package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.truthfulness.SalespersonStandings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which salespeople are grey-listed on a date (catalog GATE-UW-004, §5.3), answered from memory: every decision asks,
 * so no decision queries the database. The recent violations are held per agent and replayed with the assessment
 * workbook in force, exactly as the score endpoints replay them. Violations recorded on this instance are added
 * when they commit; those of other replicas arrive with the background read of new rows (by arrival time, with an
 * overlap so that a row committed late is not skipped; rows are keyed by id, so a re-read changes nothing).
 */
@ApplicationScoped
public class GreyList implements SalespersonStandings {

    /** Re-read this far behind the newest arrival seen: a transaction may commit a row stamped a little earlier. */
    private static final Duration OVERLAP = Duration.ofSeconds(60);
    private static final String SELECT = "select v.violationId, v.agentCode, v.date, v.type, v.suspectedCrime,"
            + " v.createdAt from ViolationEntity v";

    private final EntityManager em;
    private final Scorer scorer;
    private final ZoneId zone;
    private final int months;
    /** agent code → violation id → event; only agents with a violation in the window are present. */
    private final Map<String, Map<String, ViolationEvent>> byAgent = new ConcurrentHashMap<>();
    private volatile Instant newestArrival;
    private volatile boolean loaded;

    public GreyList(EntityManager em, AssessmentRulesProvider rules,
                    @ConfigProperty(name = "compliance.zone") ZoneId zone,
                    @ConfigProperty(name = "compliance.assessment.grey-list-months") int months) {
        this.em = em;
        this.scorer = new Scorer(rules);
        this.zone = zone;
        this.months = months;
    }

    @Override
    public boolean greyListed(String agentCode, LocalDate on) {
        if (agentCode == null || on == null) {
            return false;
        }
        if (!loaded) {
            refresh();
        }
        Map<String, ViolationEvent> events = byAgent.get(agentCode);
        if (events == null || events.isEmpty()) {
            return false;
        }
        return scorer.score(List.copyOf(events.values()), on).flags().contains("GREY_LIST");
    }

    /** A violation this instance has just committed. */
    void recorded(String agentCode, ViolationEvent event) {
        byAgent.computeIfAbsent(agentCode, k -> new ConcurrentHashMap<>()).put(event.violationId(), event);
    }

    @Scheduled(every = "${compliance.assessment.grey-list-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        boolean first = !loaded;
        Instant since = first ? null : newestArrival;
        List<Object[]> rows;
        try {
            // the entity's mapping reads created_at as the instant it was written as, whatever the JVM's zone
            rows = QuarkusTransaction.joiningExisting().call(() -> (since == null
                    ? em.createQuery(SELECT + " where v.date >= ?1", Object[].class)
                    .setParameter(1, LocalDate.now(zone).minusMonths(months))
                    : em.createQuery(SELECT + " where v.createdAt >= ?1", Object[].class)
                    .setParameter(1, since.minus(OVERLAP))).getResultList());
        } catch (RuntimeException e) {
            if (first) {
                throw new IllegalStateException("The grey list cannot be read", e);
            }
            return; // a background read that fails keeps what is known and tries again at the next tick
        }
        Instant newest = since;
        for (Object[] r : rows) {
            Instant arrived = (Instant) r[5];
            if (arrived != null && (newest == null || arrived.isAfter(newest))) {
                newest = arrived;
            }
            recorded((String) r[1], new ViolationEvent((String) r[0], (LocalDate) r[2], (String) r[3], (Boolean) r[4]));
        }
        newestArrival = newest == null ? Instant.now() : newest;
        loaded = true;
    }
}
