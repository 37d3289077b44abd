package cn.lifeinfo.compliance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives ACC-MON-001 alerts from the access log on read, so there is no second store to keep consistent and
 * every replica answers the same. Per user, the qualifying denials are cut into consecutive windows: a window
 * opens at a denial and lasts {@code window}; the next one opens at the first denial after it closes. A window
 * holding at least {@code threshold} denials is an alert. Windows are anchored at the first denial on or after
 * {@code since - window}, so two reads with different {@code since} can cut an unusually long chain of denials
 * differently; within one read they are stable.
 */
@ApplicationScoped
public class AccessAlerts {

    public static final String RULE_ID = "ACC-MON-001";

    private final EntityManager em;
    private final AccessLogWriter writer;
    private final int threshold;
    private final Duration window;
    private final List<String> ruleIds;

    public AccessAlerts(EntityManager em, AccessLogWriter writer,
                        @ConfigProperty(name = "compliance.access.alert.denials") int threshold,
                        @ConfigProperty(name = "compliance.access.alert.window") Duration window,
                        @ConfigProperty(name = "compliance.access.alert.rule-ids") List<String> ruleIds) {
        this.em = em;
        this.writer = writer;
        this.threshold = threshold;
        this.window = window;
        this.ruleIds = List.copyOf(ruleIds);
    }

    /** Alerts whose window overlaps [since, until), oldest first; {@code userId} null for every user. */
    public List<AccessAlert> openAlerts(Instant since, Instant until, String userId) {
        writer.flush(Duration.ofSeconds(2)); // this replica's own rows are visible to its own reads
        String jpql = "select l.userId, l.agentCode, l.evaluatedAt, l.decisionId from AccessDecisionLog l"
                + " where l.ruleId in :rules and l.evaluatedAt >= :from and l.evaluatedAt < :until"
                + (userId == null ? "" : " and l.userId = :user")
                + " order by l.userId, l.evaluatedAt, l.decisionId";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("rules", ruleIds)
                .setParameter("from", since.minus(window))
                .setParameter("until", until);
        if (userId != null) {
            query.setParameter("user", userId);
        }
        List<AccessAlert> alerts = new ArrayList<>();
        List<Object[]> rows = query.getResultList();
        int i = 0;
        while (i < rows.size()) {
            String user = (String) rows.get(i)[0];
            Instant start = (Instant) rows.get(i)[2];
            Instant end = start.plus(window);
            String firstId = (String) rows.get(i)[3];
            String agent = null;
            Instant last = start;
            int count = 0;
            while (i < rows.size() && rows.get(i)[0].equals(user) && ((Instant) rows.get(i)[2]).isBefore(end)) {
                if (rows.get(i)[1] != null) {
                    agent = (String) rows.get(i)[1];
                }
                last = (Instant) rows.get(i)[2];
                count++;
                i++;
            }
            if (count >= threshold && end.isAfter(since)) {
                alerts.add(new AccessAlert(firstId, RULE_ID, user, agent, start, end, count, last, "疑似越权查询",
                        "Suspected over-scope querying", "ACCESS_BEYOND_SCOPE"));
            }
        }
        alerts.sort((a, b) -> a.windowStart().compareTo(b.windowStart()));
        return alerts;
    }
}
