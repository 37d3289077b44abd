package cn.lifeinfo.compliance.commission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;

/** One policy's commission in a run; the policy number only as a keyed hash. */
@Entity
@Table(name = "commission_payment_line")
@IdClass(PaymentLineEntity.Key.class)
public class PaymentLineEntity extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;
    @Id
    @Column(name = "line_no")
    public int lineNo;
    @Column(name = "policy_hash")
    public String policyHash;
    public BigDecimal amount;
    @Column(name = "hash_key_id")
    public String hashKeyId;

    public record Key(String runId, int lineNo) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
