package cn.lifeinfo.compliance.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Audit of changes to the rules: who uploaded, who approved, when, from which version to which. Never deleted. */
@Entity
@Table(name = "ruleset_change")
public class RulesetChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String family;
    public Instant at;
    public String actor;
    public String action;
    @Column(name = "from_version")
    public Integer fromVersion;
    @Column(name = "to_version")
    public Integer toVersion;
    public String detail;

    static void record(String family, String actor, String action, Integer from, Integer to, String detail) {
        RulesetChangeEntity e = new RulesetChangeEntity();
        e.family = family;
        e.at = Instant.now();
        e.actor = actor;
        e.action = action;
        e.fromVersion = from;
        e.toVersion = to;
        e.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        e.persist();
    }
}
