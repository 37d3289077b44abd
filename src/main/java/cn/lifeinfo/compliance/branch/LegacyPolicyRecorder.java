package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.access.FieldMasker;
import cn.lifeinfo.compliance.audit.DecisionAuditWriter;
import cn.lifeinfo.compliance.audit.PolicyNumberSeal;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.truthfulness.TruthfulnessDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;

/**
 * Keeps every stored, in-scope truthfulness decision on a historical policy for the clean-up report (PEN-BR-003).
 * The row goes through the audit writer (group commit) and the decision is answered only once it is committed: a
 * report that missed an answered correction would call a corrected policy still defective. Out-of-scope records and
 * records without a readable application date are not historical business the Measures ask about, so they are left
 * out.
 */
@ApplicationScoped
public class LegacyPolicyRecorder {

    private final DecisionAuditWriter audit;
    private final IdentifierHasher hasher;
    private final PolicyNumberSeal policyNumbers;

    public LegacyPolicyRecorder(DecisionAuditWriter audit, IdentifierHasher hasher, PolicyNumberSeal policyNumbers) {
        this.audit = audit;
        this.hasher = hasher;
        this.policyNumbers = policyNumbers;
    }

    void on(@Observes TruthfulnessDecided decided) {
        if (!decided.inScope() || !LegacyDates.legacy(decided.applicationDate()) || decided.overall() == null
                || decided.policyNo() == null || decided.policyNo().isBlank() || decided.decidedAt() == null) {
            return;
        }
        String policyNo = decided.policyNo().trim();
        LegacyPolicyDecision row = new LegacyPolicyDecision();
        row.decisionId = decided.decisionId();
        row.policyHash = hasher.hash(policyNo);
        row.hashKeyId = hasher.keyId();
        // a policy number longer than any core system issues is kept masked only; the hash still groups it
        row.policyNoSealed = policyNumbers.seal(policyNo);
        row.policyNoMasked = FieldMasker.policyNo(policyNo);
        row.applicationDate = decided.applicationDate();
        row.agentCode = decided.agentCode() == null || decided.agentCode().isBlank() ? null
                : decided.agentCode().trim();
        row.overall = decided.overall().name();
        row.rulesetVersion = decided.rulesetVersion();
        row.decidedAt = decided.decidedAt();
        decided.records().add(audit.record(row));
    }

    /** Waits until the rows submitted on this instance so far are committed (a report reads its own decisions). */
    void flush() {
        audit.flush(Duration.ofSeconds(5));
    }
}
