package cn.lifeinfo.compliance.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LIFE-CHG-003: what a permitted contact or identity change leaves behind — old and new value, requester and
 * approvers as keyed hashes, channel, time. Append-only and kept permanently (V50 triggers).
 */
@Entity
@Table(name = "service_change_record")
public class ServiceChangeRecord extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id", length = 26)
    public String decisionId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "ruleset_version", nullable = false)
    public String rulesetVersion;

    @Column(name = "change_type", nullable = false)
    public String changeType;

    @Column(name = "request_date", nullable = false)
    public LocalDate requestDate;

    @Column(name = "channel")
    public String channel;

    @Column(name = "policy_hash")
    public String policyHash;

    @Column(name = "old_value_hash")
    public String oldValueHash;

    @Column(name = "new_value_hash")
    public String newValueHash;

    @Column(name = "requester_hash", nullable = false)
    public String requesterHash;

    /** The approvers other than the requester, comma-separated hashes. */
    @Column(name = "approver_hashes", nullable = false)
    public String approverHashes;

    @Column(name = "hash_key_id", nullable = false)
    public String hashKeyId;
}
