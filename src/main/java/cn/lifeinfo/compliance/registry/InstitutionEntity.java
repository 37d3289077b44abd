package cn.lifeinfo.compliance.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An insurer branch, bank outlet or intermediary office, with the phones and address that are not customers'. */
@Entity
@Table(name = "institution")
public class InstitutionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "institution_id")
    public String institutionId;
    public String type;
    public String name;
    @Embedded
    public MaskedAddress address = new MaskedAddress();
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Which HMAC key made the keys of this row (rotation: a re-import rewrites them under the current key). */
    @Column(name = "hash_key_id")
    public String hashKeyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_phone", joinColumns = @JoinColumn(name = "institution_id"))
    public List<InstitutionPhone> phones = new ArrayList<>();
}
