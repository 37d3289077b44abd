package cn.lifeinfo.compliance.sampling;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies a sample draws from, read from the stored decisions (decision_audit, V51 columns), one per policy:
 * its latest decision of the population's kind. New business (GATE-SMP-001/002): policies whose latest truthfulness
 * decision is in scope with an application date in the period. Post-callback (GATE-CB-004): policies whose latest
 * completed callback (COMPLETED or COMPLETED_LATE) had its verified attempt in the period; the seller is the agent of
 * the policy's latest truthfulness decision. The branch is the seller's in the agent registry; a seller the registry
 * does not know is drawn under {@link #UNASSIGNED}, so no policy escapes sampling for want of a branch.
 */
@ApplicationScoped
public class SamplingPopulation {

    public static final String UNASSIGNED = "UNASSIGNED";

    private static final String NEW_BUSINESS = "SELECT d.decision_id, d.subject_hash, d.agent_code, d.business_date,"
            + " d.policy_no_masked, d.policy_no_sealed, d.hash_key_id, a.branch_code"
            + " FROM decision_audit d LEFT JOIN agent a ON a.agent_code = d.agent_code"
            + " WHERE d.family = 'truthfulness' AND d.business_date BETWEEN ? AND ? AND d.subject_hash IS NOT NULL"
            + " AND d.in_scope = TRUE"
            + " AND d.decision_id = (SELECT MAX(l.decision_id) FROM decision_audit l"
            + "     WHERE l.subject_hash = d.subject_hash AND l.family = 'truthfulness')";

    private static final String COMPLETED = "('COMPLETED', 'COMPLETED_LATE')";
    private static final String CALLBACKS = "SELECT d.decision_id, d.subject_hash, t.agent_code, d.business_date,"
            + " d.policy_no_masked, d.policy_no_sealed, d.hash_key_id, a.branch_code"
            + " FROM decision_audit d"
            + " LEFT JOIN decision_audit t ON t.decision_id = (SELECT MAX(s.decision_id) FROM decision_audit s"
            + "     WHERE s.subject_hash = d.subject_hash AND s.family = 'truthfulness')"
            + " LEFT JOIN agent a ON a.agent_code = t.agent_code"
            + " WHERE d.family = 'service' AND d.outcome IN " + COMPLETED
            + " AND d.business_date BETWEEN ? AND ? AND d.subject_hash IS NOT NULL"
            + " AND d.decision_id = (SELECT MAX(l.decision_id) FROM decision_audit l"
            + "     WHERE l.subject_hash = d.subject_hash AND l.family = 'service' AND l.outcome IN " + COMPLETED + ")";

    private final AgroalDataSource db;

    public SamplingPopulation(AgroalDataSource db) {
        this.db = db;
    }

    /** Every candidate of the period, of one branch when {@code branchCode} is given. */
    List<Candidate> of(SamplingKind kind, SamplingPeriod period, String branchCode) {
        String sql = kind == SamplingKind.POST_CALLBACK ? CALLBACKS : NEW_BUSINESS;
        List<Candidate> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, period.first());
            s.setObject(2, period.last());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String branch = rs.getString(8) == null || rs.getString(8).isBlank() ? UNASSIGNED
                            : rs.getString(8).trim();
                    if (branchCode == null || branchCode.equals(branch)) {
                        out.add(new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBytes(6), rs.getString(7),
                                branch));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The sample population cannot be read", e);
        }
        return out;
    }
}
