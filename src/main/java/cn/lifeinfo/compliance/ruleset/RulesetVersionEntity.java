package cn.lifeinfo.compliance.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One uploaded spreadsheet of a family: immutable content, a status that moves through the lifecycle. */
@Entity
@Table(name = "ruleset_version")
@IdClass(RulesetVersionEntity.Key.class)
public class RulesetVersionEntity extends PanacheEntityBase {

    @Id
    public String family;
    @Id
    public int version;
    public String status;
    @Column(name = "file_name")
    public String fileName;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public String checksum;
    @Column(name = "rule_count")
    public Integer ruleCount;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
    /** JSON: the validation problems of a rejected upload, or the test-case summary of a validated one. */
    public String report;

    public static List<RulesetVersionEntity> ofFamily(String family) {
        return list("family = ?1 order by version", family);
    }

    public static RulesetVersionEntity find(String family, int version) {
        return findById(new Key(family, version));
    }

    public static int nextVersion(String family) {
        Integer max = getEntityManager()
                .createQuery("select max(v.version) from RulesetVersionEntity v where v.family = ?1", Integer.class)
                .setParameter(1, family).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public static class Key implements Serializable {
        public String family;
        public int version;

        public Key() {
        }

        public Key(String family, int version) {
            this.family = family;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.family, family);
        }

        @Override
        public int hashCode() {
            return Objects.hash(family, version);
        }
    }
}
