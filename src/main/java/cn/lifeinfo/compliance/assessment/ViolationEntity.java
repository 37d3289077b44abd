package cn.lifeinfo.compliance.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A stored violation; the policy number is kept only as a keyed hash (subject key). */
@Entity
@Table(name = "agent_violation")
public class ViolationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "violation_id")
    public String violationId;
    @Column(name = "agent_code")
    public String agentCode;
    @Column(name = "violation_date")
    public LocalDate date;
    public String type;
    @Column(name = "suspected_crime")
    public boolean suspectedCrime;
    @Column(name = "subject_key")
    public String subjectKey;
    /** The policy number masked as the pages show it (the key above is what matches). */
    @Column(name = "policy_no_masked")
    public String policyNoMasked;
    /** MANUAL, TRUTHFULNESS or ACCESS_ALERT. */
    public String source;
    /** The truthfulness decision (or access alert) the violation was derived from. */
    @Column(name = "decision_id")
    public String decisionId;
    @Column(name = "ruleset_version")
    public String rulesetVersion;
    @Column(name = "entered_by")
    public String enteredBy;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Which HMAC key made subjectKey (rotation). */
    @Column(name = "hash_key_id")
    public String hashKeyId;

    public ViolationEvent event() {
        return new ViolationEvent(violationId, date, type, suspectedCrime);
    }
}
