package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.audit.PolicyNumberSeal;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PEN-BR-003: each historical policy's latest stored decision up to the end of {@code asOf} says whether it is
 * corrected (PASS) or still defective (FAIL). Counted in the database, so a book of millions of historical policies
 * costs one grouped query and one page.
 */
@ApplicationScoped
public class LegacyCleanupReport {

    /** The latest decision per policy up to an instant; ?1 = the instant. */
    private static final String LATEST = "SELECT d.*, a.branch_code FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY"
            + " l.policy_hash ORDER BY l.decided_at DESC, l.decision_id DESC) AS rn FROM legacy_policy_decision l"
            + " WHERE l.decided_at < ?1) d LEFT JOIN agent a ON a.agent_code = d.agent_code WHERE d.rn = 1";

    private final EntityManager em;
    private final PolicyNumberSeal policyNumbers;
    private final LegacyPolicyRecorder recorder;
    private final ZoneId zone;

    public LegacyCleanupReport(EntityManager em, PolicyNumberSeal policyNumbers, LegacyPolicyRecorder recorder,
                               @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.em = em;
        this.policyNumbers = policyNumbers;
        this.recorder = recorder;
        this.zone = zone;
    }

    public LegacyCleanupView report(LocalDate asOf, BranchFilter branches, int page, int size, boolean clearNumbers) {
        recorder.flush();
        Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        boolean exposed = LegacyDates.exposed(asOf);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<LegacyCleanupView.BranchCounts> counts = counts(end, branches, exposed);
            long policies = counts.stream().mapToLong(LegacyCleanupView.BranchCounts::policies).sum();
            long defective = counts.stream().mapToLong(LegacyCleanupView.BranchCounts::stillDefective).sum();
            LegacyCleanupView.Counts totals = new LegacyCleanupView.Counts(policies, policies - defective, defective,
                    exposed ? defective : 0);
            return new LegacyCleanupView("PEN-BR-003", asOf, LegacyDates.MEASURES_EFFECTIVE,
                    LegacyDates.EXPOSURE_AFTER, totals, counts, page(end, branches, exposed, page, size, clearNumbers),
                    page, size, !clearNumbers);
        });
    }

    private List<LegacyCleanupView.BranchCounts> counts(Instant end, BranchFilter branches, boolean exposed) {
        List<Object> params = new ArrayList<>(List.of(end));
        String where = branches.sql("x.branch_code", params);
        Query q = em.createNativeQuery("SELECT x.branch_code, SUM(x.overall = 'FAIL'), COUNT(*) FROM (" + LATEST
                + ") x WHERE " + where + " GROUP BY x.branch_code");
        bind(q, params);
        Map<String, long[]> byBranch = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            byBranch.put((String) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<LegacyCleanupView.BranchCounts> out = new ArrayList<>();
        byBranch.forEach((branch, c) -> out.add(new LegacyCleanupView.BranchCounts(branch,
                branch == null ? null : Divisions.standard().placeName(branch), c[1], c[1] - c[0], c[0],
                exposed ? c[0] : 0)));
        return out;
    }

    private List<LegacyCleanupView.Policy> page(Instant end, BranchFilter branches, boolean exposed, int page, int size,
                                                boolean clearNumbers) {
        List<Object> params = new ArrayList<>(List.of(end));
        String where = branches.sql("x.branch_code", params);
        Query q = em.createNativeQuery("SELECT x.decision_id, x.branch_code FROM (" + LATEST + ") x WHERE " + where
                + " ORDER BY x.overall = 'FAIL' DESC, x.branch_code IS NULL, x.branch_code, x.application_date,"
                + " x.policy_hash");
        bind(q, params);
        q.setFirstResult(page * size).setMaxResults(size);
        Map<String, String> branchOf = new java.util.LinkedHashMap<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            branchOf.put((String) row[0], (String) row[1]);
        }
        Map<String, LegacyPolicyDecision> rows = new java.util.HashMap<>();
        if (!branchOf.isEmpty()) {
            LegacyPolicyDecision.<LegacyPolicyDecision>list("decisionId in ?1", branchOf.keySet())
                    .forEach(d -> rows.put(d.decisionId, d));
        }
        List<LegacyCleanupView.Policy> out = new ArrayList<>();
        branchOf.forEach((id, branch) -> {
            LegacyPolicyDecision d = rows.get(id);
            boolean defective = "FAIL".equals(d.overall);
            out.add(new LegacyCleanupView.Policy(policyNo(d.policyNoSealed, d.policyNoMasked, clearNumbers), branch,
                    d.applicationDate, defective ? LegacyCleanupView.STILL_DEFECTIVE : LegacyCleanupView.CORRECTED,
                    defective && exposed, d.decisionId, d.decidedAt, d.rulesetVersion));
        });
        return out;
    }

    private String policyNo(byte[] sealed, String masked, boolean clear) {
        if (!clear) {
            return masked;
        }
        // nothing sealed (too long), or sealed under an input key since replaced: the masked number is all there is
        String number = policyNumbers.open(sealed);
        return number == null || number.isEmpty() ? masked : number;
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }
}
