package cn.lifeinfo.compliance.sampling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A drawn policy: keyed hash, masked and sealed number, the selling agent, and why it was drawn. */
@Entity
@Table(name = "sampling_item")
public class SamplingItem extends PanacheEntityBase {

    /** Every policy of a salesperson grey-listed on its application date (GATE-SMP-001). */
    public static final String GREY_LIST = "GREY_LIST";
    /** Drawn at random for the rate and minimum. */
    public static final String RATE = "RATE";

    @Id
    @Column(name = "item_id", length = 26)
    public String itemId;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(name = "policy_hash", nullable = false)
    public String policyHash;

    @Column(name = "policy_no_masked")
    public String policyNoMasked;

    @Column(name = "policy_no_sealed")
    public byte[] policyNoSealed;

    @Column(name = "agent_code")
    public String agentCode;

    @Column(name = "business_date")
    public LocalDate businessDate;

    @Column(name = "reason", nullable = false)
    public String reason;

    /** The stored decision the policy was drawn from. */
    @Column(name = "decision_id", nullable = false)
    public String decisionId;

    @Column(name = "hash_key_id", nullable = false)
    public String hashKeyId;
}
