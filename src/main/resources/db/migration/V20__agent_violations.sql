-- Salesperson violations (catalog §5.3). One row per event; derived and alert-based rows are unique per subject and
-- type (subject_key = keyed hash of the policy number, or of the access alert id), so a resubmitted policy is
-- counted once. Manual entries without a policy number have no subject key and are never merged.
CREATE TABLE agent_violation (
    violation_id    CHAR(26)      NOT NULL PRIMARY KEY,
    agent_code      VARCHAR(64)   NOT NULL,
    violation_date  DATE          NOT NULL,
    type            VARCHAR(60)   NOT NULL,
    suspected_crime BOOLEAN       NOT NULL DEFAULT FALSE,
    subject_key     CHAR(64)      NULL,
    source          VARCHAR(20)   NOT NULL,
    decision_id     VARCHAR(64)   NULL,
    ruleset_version VARCHAR(40)   NULL,
    entered_by      VARCHAR(100)  NULL,
    note            VARCHAR(1000) NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_agent_violation_subject_type (subject_key, type),
    INDEX idx_agent_violation_agent_date (agent_code, violation_date),
    INDEX idx_agent_violation_date (violation_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
