-- Numbered above V52 (main renumbered sampling V51 and branch inspections V52): a database already past V50 would
-- refuse a migration below its current version.
-- Issue #14 item 5: the obligations that are tasks rather than request decisions.

-- PEN-STAFF-007: the date the salesperson signed the truthfulness commitment (承诺书); NULL = not signed.
ALTER TABLE agent ADD COLUMN commitment_signed_on DATE NULL;

-- LIFE-LIST-001: every downloaded customer list, until its holder confirms it destroyed. The list itself is never
-- here: who downloaded it, for what, how many rows, and whose it is. The overdue check stamps violation_id once
-- it has recorded the list's LIST_NOT_DESTROYED violation (agent_violation's unique key keeps that to one).
CREATE TABLE list_export (
    export_id        CHAR(26)     NOT NULL PRIMARY KEY,
    exported_at      TIMESTAMP(3) NOT NULL,
    exported_on      DATE         NOT NULL,
    downloaded_by    VARCHAR(64)  NOT NULL,
    agent_code       VARCHAR(64)  NULL,
    purpose          VARCHAR(200) NOT NULL,
    row_count        INT          NOT NULL,
    recorded_by      VARCHAR(64)  NOT NULL,
    recorded_at      TIMESTAMP(3) NOT NULL,
    destroyed_on     DATE         NULL,
    destroyed_method VARCHAR(40)  NULL,
    destruction_by   VARCHAR(64)  NULL,
    destruction_at   TIMESTAMP(3) NULL,
    violation_id     CHAR(26)     NULL,
    INDEX idx_list_export_open (destroyed_on, exported_on),
    INDEX idx_list_export_agent (agent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- LIFE-UPD-001: re-verification tasks of existing customers. A customer is the keyed hash of the policyholder's ID
-- number, as the population stores it (population_policy.ph_id_key); never the number itself. One task per
-- customer, cycle year and reason, so a run repeated, or a failure reported twice, creates nothing new.
CREATE TABLE reverification_task (
    task_id       CHAR(26)     NOT NULL PRIMARY KEY,
    customer_key  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hash_key_id   VARCHAR(16) CHARACTER SET ascii NOT NULL,
    cycle_year    SMALLINT     NOT NULL,
    reason        VARCHAR(30)  NOT NULL,
    due_on        DATE         NOT NULL,
    agent_codes   VARCHAR(400) NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    completed_on  DATE         NULL,
    outcome       VARCHAR(20)  NULL,
    completed_by  VARCHAR(64)  NULL,
    completed_at  TIMESTAMP(3) NULL,
    UNIQUE KEY uk_reverification_cycle (customer_key, cycle_year, reason),
    INDEX idx_reverification_open (completed_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- PEN-INT-005: a commission payment run and its lines (policy numbers as keyed hashes). The run row is written
-- once; what happens to it is the append-only event history (CREATED, SIGNED_OFF, PAYMENT_REFUSED, PAID).
CREATE TABLE commission_payment_run (
    run_id          CHAR(26)      NOT NULL PRIMARY KEY,
    period          VARCHAR(7)    NOT NULL,
    intermediary_id VARCHAR(64)   NOT NULL,
    total_amount    DECIMAL(16,2) NOT NULL,
    line_count      INT           NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    INDEX idx_payment_run_intermediary (intermediary_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE commission_payment_line (
    run_id      CHAR(26)      NOT NULL,
    line_no     INT           NOT NULL,
    policy_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    amount      DECIMAL(16,2) NOT NULL,
    hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (run_id, line_no),
    CONSTRAINT fk_payment_line_run FOREIGN KEY (run_id) REFERENCES commission_payment_run (run_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE commission_payment_event (
    run_id      CHAR(26)     NOT NULL,
    seq         INT          NOT NULL,
    event       VARCHAR(20)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    at          TIMESTAMP(3) NOT NULL,
    note        VARCHAR(500) NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_payment_event_run FOREIGN KEY (run_id) REFERENCES commission_payment_run (run_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER commission_payment_run_no_update BEFORE UPDATE ON commission_payment_run FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commission_payment_run is append-only';
CREATE TRIGGER commission_payment_run_no_delete BEFORE DELETE ON commission_payment_run FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commission_payment_run is append-only';
CREATE TRIGGER commission_payment_line_no_update BEFORE UPDATE ON commission_payment_line FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commission_payment_line is append-only';
CREATE TRIGGER commission_payment_line_no_delete BEFORE DELETE ON commission_payment_line FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commission_payment_line is append-only';
CREATE TRIGGER commission_payment_event_no_update BEFORE UPDATE ON commission_payment_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commission_payment_event is append-only';
CREATE TRIGGER commission_payment_event_no_delete BEFORE DELETE ON commission_payment_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commission_payment_event is append-only';
