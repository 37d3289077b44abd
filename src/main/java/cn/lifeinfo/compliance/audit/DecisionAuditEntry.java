package cn.lifeinfo.compliance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision as auditors see it: who decided (ruleset version), when, what came out and which rules fired.
 * The policy number is stored only as a keyed hash; no personal data is kept here.
 */
@Entity
@Table(name = "decision_audit")
public class DecisionAuditEntry extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id", length = 26)
    public String decisionId;

    @Column(name = "family", nullable = false)
    public String family;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(name = "ruleset_version", nullable = false)
    public String rulesetVersion;

    @Column(name = "subject_hash")
    public String subjectHash;

    @Column(name = "outcome", nullable = false)
    public String outcome;

    @Column(name = "gate")
    public String gate;

    @Column(name = "fired_rules", length = 4000)
    public String firedRules;

    @Column(name = "channel")
    public String channel;

    /** Which HMAC key made subjectHash (rotation). */
    @Column(name = "hash_key_id", nullable = false)
    public String hashKeyId;

    /** The selling agent (truthfulness), for sampling (GATE-SMP-*, GATE-CB-004); agent codes are not personal data here. */
    @Column(name = "agent_code")
    public String agentCode;

    /** A truthfulness record's application date, a completed callback's verified attempt: what a sample period takes. */
    @Column(name = "business_date")
    public LocalDate businessDate;

    @Column(name = "in_scope")
    public Boolean inScope;

    @Column(name = "policy_no_masked")
    public String policyNoMasked;

    /** AES-GCM with the input key: only an inspector verifying a sampled policy sees it opened. */
    @Column(name = "policy_no_sealed")
    public byte[] policyNoSealed;

    /** What a sample draws on (V51); rows written before carry none and are in no sample population. */
    public DecisionAuditEntry forSampling(String agentCode, LocalDate businessDate, Boolean inScope,
                                          String policyNoMasked, byte[] policyNoSealed) {
        this.agentCode = agentCode;
        this.businessDate = businessDate;
        this.inScope = inScope;
        this.policyNoMasked = policyNoMasked;
        this.policyNoSealed = policyNoSealed;
        return this;
    }

    public static DecisionAuditEntry of(String decisionId, String family, Instant evaluatedAt, String rulesetVersion,
                                        String subjectHash, String outcome, String gate, String firedRules,
                                        String channel, String hashKeyId) {
        DecisionAuditEntry e = new DecisionAuditEntry();
        e.decisionId = decisionId;
        e.family = family;
        e.evaluatedAt = evaluatedAt;
        e.rulesetVersion = rulesetVersion;
        e.subjectHash = subjectHash;
        e.outcome = outcome;
        e.gate = gate;
        e.firedRules = firedRules;
        e.channel = channel;
        e.hashKeyId = hashKeyId;
        return e;
    }
}
