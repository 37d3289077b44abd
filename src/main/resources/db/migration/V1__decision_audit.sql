-- One row per decision; identifiers only as keyed hashes (no personal data in clear).
CREATE TABLE decision_audit (
    decision_id     CHAR(26)      NOT NULL PRIMARY KEY,
    family          VARCHAR(20)   NOT NULL,
    evaluated_at    TIMESTAMP(3)  NOT NULL,
    ruleset_version VARCHAR(40)   NOT NULL,
    subject_hash    CHAR(64)      NULL,
    outcome         VARCHAR(20)   NOT NULL,
    gate            VARCHAR(10)   NULL,
    fired_rules     VARCHAR(4000) NULL,
    channel         VARCHAR(30)   NULL,
    INDEX idx_decision_audit_time (evaluated_at),
    INDEX idx_decision_audit_subject (subject_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
