package cn.lifeinfo.compliance.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A registered salesperson. ID number, mobile and address detail are kept only masked (for display) and as keyed
 * hashes (for the cross-record rules); the registry never needs them in clear.
 */
@Entity
@Table(name = "agent")
public class AgentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "agent_code")
    public String agentCode;
    public String name;
    public String gender;
    @Column(name = "birth_date")
    public String birthDate;
    @Column(name = "id_type")
    public String idType;
    @Column(name = "id_number_masked")
    public String idNumberMasked;
    @Column(name = "id_key")
    public String idKey;
    @Column(name = "mobile_masked")
    public String mobileMasked;
    @Column(name = "mobile_key")
    public String mobileKey;
    @Column(name = "branch_code")
    public String branchCode;
    public String status;
    @Column(name = "team_leader_code")
    public String teamLeaderCode;
    @Embedded
    public MaskedAddress address = new MaskedAddress();
    /** PEN-STAFF-007: when the truthfulness commitment was signed; null = not signed. */
    @Column(name = "commitment_signed_on")
    public java.time.LocalDate commitmentSignedOn;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Which HMAC key made the keys of this row (rotation: a re-import rewrites them under the current key). */
    @Column(name = "hash_key_id")
    public String hashKeyId;
}
