package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.truthfulness.SalespersonStandings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

    private final AgroalDataSource db;
    private final Scorer scorer;
    private final ZoneId zone;
    private final int months;
    /** agent code → violation id → event; only agents with a violation in the window are present. */
    private final Map<String, Map<String, ViolationEvent>> byAgent = new ConcurrentHashMap<>();
    private volatile Instant newestArrival;
    private volatile boolean loaded;

    public GreyList(AgroalDataSource db, AssessmentRulesProvider rules,
                    @ConfigProperty(name = "compliance.zone") ZoneId zone,
                    @ConfigProperty(name = "compliance.assessment.grey-list-months") int months) {
        this.db = db;
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
        String sql = "SELECT violation_id, agent_code, violation_date, type, suspected_crime, created_at FROM agent_violation"
                + (since == null ? " WHERE violation_date >= ?" : " WHERE created_at >= ?");
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (since == null) {
                s.setObject(1, LocalDate.now(zone).minusMonths(months));
            } else {
                s.setTimestamp(1, Timestamp.from(since.minus(OVERLAP)));
            }
            Instant newest = since;
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp arrived = rs.getTimestamp(6);
                    if (arrived != null && (newest == null || arrived.toInstant().isAfter(newest))) {
                        newest = arrived.toInstant();
                    }
                    rows.add(new Object[]{rs.getString(2), new ViolationEvent(rs.getString(1),
                            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5))});
                }
            }
            rows.forEach(r -> recorded((String) r[0], (ViolationEvent) r[1]));
            newestArrival = newest == null ? Instant.now() : newest;
            loaded = true;
        } catch (SQLException e) {
            if (first) {
                throw new IllegalStateException("The grey list cannot be read", e);
            }
            // a background read that fails keeps what is known and tries again at the next tick
        }
    }
}
