-- Sampling (GATE-SMP-001…003, GATE-CB-004) draws from stored decisions, so a stored decision now keeps what a draw
-- needs: the selling agent's code (in clear, as agent_violation and the access log keep it: samples, violations and
-- the grey list name him), the business date (a truthfulness record's application date; a completed callback's first
-- verified attempt), whether the policy was in scope, and the policy number masked (for display) and sealed with
-- the input key (AES-GCM, for the inspector who must fetch the application form). Older rows have NULLs: they are
-- not in any sample population.
ALTER TABLE decision_audit
    ADD COLUMN agent_code       VARCHAR(64)    NULL,
    ADD COLUMN business_date    DATE           NULL,
    ADD COLUMN in_scope         BOOLEAN        NULL,
    ADD COLUMN policy_no_masked VARCHAR(40)    NULL,
    ADD COLUMN policy_no_sealed VARBINARY(256) NULL;
CREATE INDEX idx_decision_audit_business_date ON decision_audit (family, business_date);

-- One run per (kind, period, branch): the unique key is what makes opening a run idempotent, also across replicas.
CREATE TABLE sampling_run (
    run_id          CHAR(26)     NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    branch_code     VARCHAR(40)  NOT NULL,
    ruleset_version VARCHAR(40)  NOT NULL,
    rate_percent    INT          NOT NULL,
    minimum         INT          NOT NULL,
    population      INT          NOT NULL,
    quota           INT          NOT NULL,
    grey_listed     INT          NOT NULL,
    seed            BIGINT       NOT NULL,
    opened_by       VARCHAR(64)  NOT NULL,
    opened_at       TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uk_sampling_run (kind, period, branch_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The drawn policies; the policy number only as a keyed hash, masked and sealed.
CREATE TABLE sampling_item (
    item_id          CHAR(26)       NOT NULL PRIMARY KEY,
    run_id           CHAR(26)       NOT NULL,
    policy_hash      CHAR(64)       NOT NULL,
    policy_no_masked VARCHAR(40)    NULL,
    policy_no_sealed VARBINARY(256) NULL,
    agent_code       VARCHAR(64)    NULL,
    business_date    DATE           NULL,
    reason           VARCHAR(20)    NOT NULL,
    decision_id      CHAR(26)       NOT NULL,
    hash_key_id      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    UNIQUE KEY uk_sampling_item (run_id, policy_hash),
    CONSTRAINT fk_sampling_item_run FOREIGN KEY (run_id) REFERENCES sampling_run (run_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One verification per item (the primary key), append-only like every record of a finding.
CREATE TABLE sampling_verification (
    item_id      CHAR(26)      NOT NULL PRIMARY KEY,
    verifier_id  VARCHAR(64)   NOT NULL,
    result       VARCHAR(20)   NOT NULL,
    note         VARCHAR(1000) NULL,
    entered_by   VARCHAR(64)   NOT NULL,
    verified_at  TIMESTAMP(3)  NOT NULL,
    violation_id CHAR(26)      NULL,
    violation_type VARCHAR(60) NULL,
    CONSTRAINT fk_sampling_verification_item FOREIGN KEY (item_id) REFERENCES sampling_item (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER sampling_verification_no_update BEFORE UPDATE ON sampling_verification FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sampling_verification is append-only';
CREATE TRIGGER sampling_verification_no_delete BEFORE DELETE ON sampling_verification FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sampling_verification is append-only';
