-- PEN-BR-001…003 (catalog §5.2): annual branch inspections, their findings and remediation, the PEN-BR-002 sanctions
-- of findings not remediated by their deadline, and the decisions on historical (pre-2013-11-04) policies that the
-- clean-up report reads.

-- One inspection task per branch and year (Art. 16: every branch, every year); the unique key makes opening a year
-- twice, or on two replicas at once, open nothing new.
CREATE TABLE branch_inspection (
    inspection_id   CHAR(26)     NOT NULL PRIMARY KEY,
    branch_code     VARCHAR(40)  NOT NULL,
    inspection_year SMALLINT     NOT NULL,
    opened_by       VARCHAR(64)  NOT NULL,
    opened_at       TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uk_branch_inspection (branch_code, inspection_year),
    INDEX idx_branch_inspection_year (inspection_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What the inspector found, with the people accountable for it (staff ids as the insurer's HR knows them: a sanction
-- must name them) and the deadline the branch was given. Remediation is recorded once, by an inspector.
CREATE TABLE branch_finding (
    finding_id             CHAR(26)      NOT NULL PRIMARY KEY,
    inspection_id          CHAR(26)      NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    severity               VARCHAR(10)   NOT NULL,
    found_on               DATE          NOT NULL,
    remediation_deadline   DATE          NOT NULL,
    branch_head_id         VARCHAR(64)   NOT NULL,
    responsible_ids        VARCHAR(1000) NOT NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    recorded_at            TIMESTAMP(3)  NOT NULL,
    remediated_on          DATE          NULL,
    remediation_evidence   VARCHAR(2000) NULL,
    remediation_recorded_by VARCHAR(64)  NULL,
    remediation_recorded_at TIMESTAMP(3) NULL,
    INDEX idx_branch_finding_inspection (inspection_id),
    INDEX idx_branch_finding_deadline (remediation_deadline),
    CONSTRAINT fk_branch_finding_inspection FOREIGN KEY (inspection_id) REFERENCES branch_inspection (inspection_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- PEN-BR-002: at most one sanction per finding (unique key: the daily job and a manual check on any replica may both
-- find it overdue). Append-only, like the other records the service keeps as evidence.
CREATE TABLE branch_sanction (
    sanction_id          CHAR(26)      NOT NULL PRIMARY KEY,
    finding_id           CHAR(26)      NOT NULL,
    rule_id              VARCHAR(20)   NOT NULL,
    branch_code          VARCHAR(40)   NOT NULL,
    branch_head_id       VARCHAR(64)   NOT NULL,
    responsible_ids      VARCHAR(1000) NOT NULL,
    remediation_deadline DATE          NOT NULL,
    checked_as_of        DATE          NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP(3)  NOT NULL,
    UNIQUE KEY uk_branch_sanction_finding (finding_id),
    CONSTRAINT fk_branch_sanction_finding FOREIGN KEY (finding_id) REFERENCES branch_finding (finding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER branch_sanction_no_update BEFORE UPDATE ON branch_sanction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'branch_sanction is append-only';
CREATE TRIGGER branch_sanction_no_delete BEFORE DELETE ON branch_sanction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'branch_sanction is append-only';

-- PEN-BR-003: every stored, in-scope truthfulness decision on a policy applied for before 2013-11-04. The decision
-- audit keeps neither the application date nor the policy number, and the clean-up needs both: the number is kept
-- AES-GCM sealed (shown in clear only to roles that may see it), masked, and as the keyed hash that groups a policy's
-- decisions. The branch is the salesperson's in the agent registry, joined when the report is read.
CREATE TABLE legacy_policy_decision (
    decision_id      CHAR(26)      NOT NULL PRIMARY KEY,
    policy_hash      CHAR(64)      NOT NULL,
    policy_no_sealed VARBINARY(300) NOT NULL,
    policy_no_masked VARCHAR(40)   NULL,
    application_date DATE          NOT NULL,
    agent_code       VARCHAR(64)   NULL,
    overall          VARCHAR(10)   NOT NULL,
    ruleset_version  VARCHAR(40)   NOT NULL,
    decided_at       TIMESTAMP(3)  NOT NULL,
    hash_key_id      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    INDEX idx_legacy_policy_latest (policy_hash, decided_at),
    INDEX idx_legacy_policy_decided (decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER legacy_policy_decision_no_update BEFORE UPDATE ON legacy_policy_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'legacy_policy_decision is append-only';
CREATE TRIGGER legacy_policy_decision_no_delete BEFORE DELETE ON legacy_policy_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'legacy_policy_decision is append-only';
