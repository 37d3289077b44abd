package cn.lifeinfo.compliance.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * ACC-AUD-001: who (user, role, agent code), when, which resource (customer and policy as keyed hashes), which
 * fields, for what purpose, and what was decided by which rule. Inserted only; triggers refuse UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "access_decision_log")
public class AccessDecisionLog extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id", length = 26)
    public String decisionId;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(name = "ruleset_version", nullable = false)
    public String rulesetVersion;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "role")
    public String role;

    @Column(name = "agent_code")
    public String agentCode;

    @Column(name = "org_type")
    public String orgType;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "purpose", nullable = false)
    public String purpose;

    @Column(name = "customer_hash")
    public String customerHash;

    @Column(name = "policy_hash")
    public String policyHash;

    @Column(name = "resource_branch")
    public String resourceBranch;

    @Column(name = "fields", nullable = false, length = 1000)
    public String fields;

    @Column(name = "decision", nullable = false)
    public String decision;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "mask", length = 1000)
    public String mask;

    /** Which HMAC key made customerHash and policyHash (rotation). */
    @Column(name = "hash_key_id", nullable = false)
    public String hashKeyId;
}
