package cn.lifeinfo.compliance.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A recent decision input kept for the impact preview of a candidate ruleset: encrypted (AES-GCM, key from a
 * secret), the policy number only hashed, and only the newest few per family (older rows are pruned).
 */
@Entity
@Table(name = "decision_input")
public class DecisionInputEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String family;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "subject_hash")
    public String subjectHash;
    public String channel;
    public byte[] payload;
    @Column(name = "hash_key_id", nullable = false)
    public String hashKeyId;

    public static DecisionInputEntry of(String family, String subjectHash, String channel, byte[] encrypted,
                                        String hashKeyId) {
        DecisionInputEntry e = new DecisionInputEntry();
        e.family = family;
        e.storedAt = Instant.now();
        e.subjectHash = subjectHash;
        e.channel = channel;
        e.payload = encrypted;
        e.hashKeyId = hashKeyId;
        return e;
    }
}
