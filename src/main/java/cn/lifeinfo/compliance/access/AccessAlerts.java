package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;


import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives ACC-MON-001 alerts from the access log on read, so there is no second store to keep consistent and
 * every replica answers the same. The access version in force sets which denials count, the threshold and the window
 * (sheet 访问监控 Monitoring, {@link AccessMonitoring}). Per user, the qualifying denials are cut into consecutive
 * windows: a window opens at a denial and lasts the window; the next one opens at the first denial after it closes.
 * A window holding at least the threshold of denials is an alert. Windows are anchored at the first denial on or
 * after {@code since - window}, so two reads with different {@code since} can cut an unusually long chain of denials
 * differently; within one read they are stable.
 */
@ApplicationScoped
public class AccessAlerts {

    private final EntityManager em;
    private final AccessLogWriter writer;
    private final RulesetRegistry rulesets;

    public AccessAlerts(EntityManager em, AccessLogWriter writer, RulesetRegistry rulesets) {
        this.em = em;
        this.writer = writer;
        this.rulesets = rulesets;
    }

    /** A version uploaded before the monitoring sheet existed has no threshold to apply: say so, do not guess. */
    private AccessMonitoring monitoringInForce() {
        CompiledRuleset active = rulesets.active(RuleFamily.ACCESS);
        try {
            return AccessMonitoring.of(active);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(Failure.CONFLICT, "monitoring-not-configured",
                    "访问规则 " + active.label() + " 无法计算告警,请上传含“访问监控 Monitoring”表的工作簿并激活 / "
                            + active.label() + " cannot raise alerts: " + e.getMessage()
                            + "; upload and activate a workbook with that sheet"));
        }
    }

    /** Alerts whose window overlaps [since, until), oldest first; {@code userId} null for every user. */
    public List<AccessAlert> openAlerts(Instant since, Instant until, String userId) {
        writer.flush(Duration.ofSeconds(2)); // this replica's own rows are visible to its own reads
        AccessMonitoring policy = monitoringInForce();
        Duration window = policy.window();
        String jpql = "select l.userId, l.agentCode, l.evaluatedAt, l.decisionId from AccessDecisionLog l"
                + " where l.ruleId in :rules and l.evaluatedAt >= :from and l.evaluatedAt < :until"
                + (userId == null ? "" : " and l.userId = :user")
                + " order by l.userId, l.evaluatedAt, l.decisionId";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("rules", policy.countedRuleIds())
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
            if (count >= policy.denials() && end.isAfter(since)) {
                alerts.add(new AccessAlert(firstId, policy.ruleId(), user, agent, start, end, count, last,
                        policy.messageZh(), policy.messageEn(), policy.suggestedViolationType()));
            }
        }
        alerts.sort((a, b) -> a.windowStart().compareTo(b.windowStart()));
        return alerts;
    }
}
