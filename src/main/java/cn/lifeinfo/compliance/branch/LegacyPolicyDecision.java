package cn.lifeinfo.compliance.branch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored truthfulness decision on a historical policy (applied for before 2013-11-04), append-only (V52 triggers).
 * The policy number is sealed with the stored-input key: the clean-up list must name it to the people who correct
 * it, and nobody else.
 */
@Entity
@Table(name = "legacy_policy_decision")
public class LegacyPolicyDecision extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id")
    public String decisionId;
    @Column(name = "policy_hash")
    public String policyHash;
    @Column(name = "policy_no_sealed")
    public byte[] policyNoSealed;
    @Column(name = "policy_no_masked")
    public String policyNoMasked;
    @Column(name = "application_date")
    public LocalDate applicationDate;
    @Column(name = "agent_code")
    public String agentCode;
    /** PASS or FAIL, as the decision answered. */
    public String overall;
    @Column(name = "ruleset_version")
    public String rulesetVersion;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "hash_key_id")
    public String hashKeyId;
}
