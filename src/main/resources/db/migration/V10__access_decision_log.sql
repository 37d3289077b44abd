-- ACC-AUD-001: one row per access decision, append-only. Customer identifiers only as keyed hashes;
-- the acting user's id and agent code are kept in clear (they are what ACC-MON-001 alerts name).
CREATE TABLE access_decision_log (
    decision_id     CHAR(26)      NOT NULL PRIMARY KEY,
    evaluated_at    TIMESTAMP(3)  NOT NULL,
    ruleset_version VARCHAR(40)   NOT NULL,
    user_id         VARCHAR(64)   NOT NULL,
    role            VARCHAR(64)   NULL,
    agent_code      VARCHAR(64)   NULL,
    org_type        VARCHAR(32)   NULL,
    action          VARCHAR(20)   NOT NULL,
    purpose         VARCHAR(32)   NOT NULL,
    customer_hash   CHAR(64)      NULL,
    policy_hash     CHAR(64)      NULL,
    resource_branch VARCHAR(32)   NULL,
    fields          VARCHAR(1000) NOT NULL,
    decision        VARCHAR(10)   NOT NULL,
    rule_id         VARCHAR(40)   NOT NULL,
    mask            VARCHAR(1000) NULL,
    INDEX idx_access_log_time (evaluated_at),
    INDEX idx_access_log_rule_time (rule_id, evaluated_at),
    INDEX idx_access_log_user_time (user_id, evaluated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- append-only: the database refuses to change or remove a logged decision
CREATE TRIGGER access_decision_log_no_update BEFORE UPDATE ON access_decision_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_decision_log is append-only';

CREATE TRIGGER access_decision_log_no_delete BEFORE DELETE ON access_decision_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_decision_log is append-only';
