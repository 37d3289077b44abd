package cn.lifeinfo.compliance.commission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One step in a run's history (append-only; database triggers refuse changes). */
@Entity
@Table(name = "commission_payment_event")
@IdClass(PaymentEventEntity.Key.class)
public class PaymentEventEntity extends PanacheEntityBase {

    public static final String CREATED = "CREATED";
    public static final String SIGNED_OFF = "SIGNED_OFF";
    /** A payment asked for before the sign-off: kept, so the history shows who tried. */
    public static final String PAYMENT_REFUSED = "PAYMENT_REFUSED";
    public static final String PAID = "PAID";

    @Id
    @Column(name = "run_id")
    public String runId;
    @Id
    public int seq;
    public String event;
    public String actor;
    public Instant at;
    public String note;

    public record Key(String runId, int seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
