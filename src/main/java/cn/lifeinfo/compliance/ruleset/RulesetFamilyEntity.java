package cn.lifeinfo.compliance.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The pointer every replica polls: which version of a family is in force. Its row is also the activation lock. */
@Entity
@Table(name = "ruleset_family")
public class RulesetFamilyEntity extends PanacheEntityBase {

    @Id
    public String family;
    @Column(name = "active_version")
    public Integer activeVersion;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
