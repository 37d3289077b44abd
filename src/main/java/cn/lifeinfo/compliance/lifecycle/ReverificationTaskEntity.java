package cn.lifeinfo.compliance.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** LIFE-UPD-001: verify one existing customer's contacts and ID again; the customer only as a keyed hash. */
@Entity
@Table(name = "reverification_task")
public class ReverificationTaskEntity extends PanacheEntityBase {

    /** The yearly check fell due. */
    public static final String INTERVAL = "INTERVAL";
    /** A notification to the customer failed (catalog: "+ on every failed notification"). */
    public static final String NOTIFICATION_FAILED = "NOTIFICATION_FAILED";

    @Id
    @Column(name = "task_id")
    public String taskId;
    /** HMAC of the policyholder's normalised ID number, as population_policy.ph_id_key holds it. */
    @Column(name = "customer_key")
    public String customerKey;
    @Column(name = "hash_key_id")
    public String hashKeyId;
    @Column(name = "cycle_year")
    @JdbcTypeCode(SqlTypes.SMALLINT) // V53's SMALLINT, as Hibernate's schema validation checks it
    public int cycleYear;
    public String reason;
    @Column(name = "due_on")
    public LocalDate dueOn;
    /** The salespeople of the customer's stored policies when the task was made: whose book it is in. */
    @Column(name = "agent_codes")
    public String agentCodes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    public String outcome;
    @Column(name = "completed_by")
    public String completedBy;
    @Column(name = "completed_at")
    public Instant completedAt;
}
