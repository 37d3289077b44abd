-- LIFE-CHG-003 and LIFE-DES-003: the record a permitted change or destruction leaves, kept permanently and
-- append-only (LIFE-AUD-001). Identifiers only as keyed hashes (no personal data in clear), each row naming the
-- key that made them. The decision that permitted the change or destruction is in decision_audit under the same id.
CREATE TABLE service_change_record (
    decision_id      CHAR(26)      NOT NULL PRIMARY KEY,
    recorded_at      TIMESTAMP(3)  NOT NULL,
    ruleset_version  VARCHAR(40)   NOT NULL,
    change_type      VARCHAR(30)   NOT NULL,
    request_date     DATE          NOT NULL,
    channel          VARCHAR(200)  NULL,
    policy_hash      CHAR(64)      NULL,
    old_value_hash   CHAR(64)      NULL,
    new_value_hash   CHAR(64)      NULL,
    requester_hash   CHAR(64)      NOT NULL,
    approver_hashes  TEXT          NOT NULL,
    hash_key_id      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    INDEX idx_service_change_time (recorded_at),
    INDEX idx_service_change_policy (policy_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE service_destruction_record (
    decision_id      CHAR(26)      NOT NULL PRIMARY KEY,
    recorded_at      TIMESTAMP(3)  NOT NULL,
    ruleset_version  VARCHAR(40)   NOT NULL,
    request_date     DATE          NOT NULL,
    channel          VARCHAR(200)  NULL,
    customer_hash    CHAR(64)      NULL,
    requester_hash   CHAR(64)      NOT NULL,
    approver_hash    CHAR(64)      NULL,
    retention_until  DATE          NULL,
    hash_key_id      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    INDEX idx_service_destruction_time (recorded_at),
    INDEX idx_service_destruction_customer (customer_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER service_change_record_no_update BEFORE UPDATE ON service_change_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'service_change_record is append-only';
CREATE TRIGGER service_change_record_no_delete BEFORE DELETE ON service_change_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'service_change_record is append-only';
CREATE TRIGGER service_destruction_record_no_update BEFORE UPDATE ON service_destruction_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'service_destruction_record is append-only';
CREATE TRIGGER service_destruction_record_no_delete BEFORE DELETE ON service_destruction_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'service_destruction_record is append-only';
