package cn.lifeinfo.compliance.commission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A commission payment run as submitted; never changed afterwards (its state is the event history). */
@Entity
@Table(name = "commission_payment_run")
public class PaymentRunEntity extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;
    public String period;
    @Column(name = "intermediary_id")
    public String intermediaryId;
    @Column(name = "total_amount")
    public BigDecimal totalAmount;
    @Column(name = "line_count")
    public int lineCount;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
