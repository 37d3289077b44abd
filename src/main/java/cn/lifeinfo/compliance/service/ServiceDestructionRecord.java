package cn.lifeinfo.compliance.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LIFE-DES-003: the destruction log — time, customer (pseudonymous key only), requester, approver and the retention
 * expiry that allowed it. Append-only and kept permanently (V50 triggers).
 */
@Entity
@Table(name = "service_destruction_record")
public class ServiceDestructionRecord extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id", length = 26)
    public String decisionId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "ruleset_version", nullable = false)
    public String rulesetVersion;

    @Column(name = "request_date", nullable = false)
    public LocalDate requestDate;

    @Column(name = "channel")
    public String channel;

    @Column(name = "customer_hash")
    public String customerHash;

    @Column(name = "requester_hash", nullable = false)
    public String requesterHash;

    @Column(name = "approver_hash")
    public String approverHash;

    @Column(name = "retention_until")
    public LocalDate retentionUntil;

    @Column(name = "hash_key_id", nullable = false)
    public String hashKeyId;
}
