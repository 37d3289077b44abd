package cn.lifeinfo.compliance.sampling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The one verification of a sample item (append-only: V51 triggers refuse UPDATE and DELETE). */
@Entity
@Table(name = "sampling_verification")
public class SamplingVerification extends PanacheEntityBase {

    @Id
    @Column(name = "item_id", length = 26)
    public String itemId;

    /** Who contacted the customer or compared the form (an employee or agent code); never the seller. */
    @Column(name = "verifier_id", nullable = false)
    public String verifierId;

    @Column(name = "result", nullable = false)
    public String result;

    @Column(name = "note")
    public String note;

    /** The token's user who entered it. */
    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;

    @Column(name = "violation_id")
    public String violationId;

    @Column(name = "violation_type")
    public String violationType;
}
