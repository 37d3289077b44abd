-- Book clean-up (历史保单清查) jobs. A book is stored as compressed chunks of lines as it is uploaded; workers on any
-- replica claim chunks with SELECT … FOR UPDATE SKIP LOCKED, first to index them into the population (INDEX),
-- then, once every chunk of the job is indexed, to decide them (EVALUATE). A chunk's results are written in the
-- same transaction that marks it DONE, fenced by the claim, so a re-claimed chunk is never counted twice.
CREATE TABLE screening_job (
    id             CHAR(26)     NOT NULL PRIMARY KEY,
    status         VARCHAR(20)  NOT NULL,            -- RECEIVING, RUNNING, DONE, FAILED
    format         VARCHAR(10)  NOT NULL,            -- NDJSON, CSV
    submitted_by   VARCHAR(100) NOT NULL,
    total_lines    INT          NOT NULL DEFAULT 0,  -- data lines (blank lines and the CSV header excluded)
    upload_errors  INT          NOT NULL DEFAULT 0,  -- lines rejected while reading the upload
    chunks         INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(3) NOT NULL,
    received_at    TIMESTAMP(3) NULL,
    finished_at    TIMESTAMP(3) NULL,
    INDEX idx_screening_job_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE screening_chunk (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id          CHAR(26)     NOT NULL,
    seq             INT          NOT NULL,
    first_line_no   INT          NOT NULL,
    line_count      INT          NOT NULL,
    payload         MEDIUMBLOB   NOT NULL,            -- gzip of "lineNo<TAB>branchCode<TAB>json" lines
    state           VARCHAR(10)  NOT NULL,            -- PENDING (to index), INDEXED (to evaluate), DONE
    claimed_by      VARCHAR(120) NULL,
    claimed_at      TIMESTAMP(3) NULL,
    attempts        INT          NOT NULL DEFAULT 0,  -- also the fencing token of the current claim
    indexed_by      VARCHAR(120) NULL,
    done_by         VARCHAR(120) NULL,
    screened        INT          NOT NULL DEFAULT 0,  -- records decided (malformed lines excluded)
    malformed       INT          NOT NULL DEFAULT 0,
    defective       INT          NOT NULL DEFAULT 0,  -- overall FAIL
    review          INT          NOT NULL DEFAULT 0,  -- only WARN findings
    ruleset_version VARCHAR(40)  NULL,
    UNIQUE KEY uq_screening_chunk (job_id, seq),
    INDEX idx_screening_chunk_claim (job_id, state, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Malformed lines (line number and a message that never echoes the line's content).
CREATE TABLE screening_error (
    job_id  CHAR(26)     NOT NULL,
    line_no INT          NOT NULL,
    message VARCHAR(300) NOT NULL,
    PRIMARY KEY (job_id, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Per-chunk counts, written with the chunk's DONE; summed into screening_total when the job finishes.
CREATE TABLE screening_chunk_count (
    chunk_id  BIGINT       NOT NULL,
    job_id    CHAR(26)     NOT NULL,
    dimension VARCHAR(10)  NOT NULL,                 -- BRANCH, CHANNEL, AGENT, RULE
    dim_key   VARCHAR(80)  NOT NULL,
    label     VARCHAR(200) NULL,                     -- a rule's zh reason
    records   INT          NOT NULL,
    defective INT          NOT NULL,
    review    INT          NOT NULL,
    findings  INT          NOT NULL,
    PRIMARY KEY (chunk_id, dimension, dim_key),
    INDEX idx_screening_chunk_count_job (job_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE screening_total (
    job_id    CHAR(26)     NOT NULL,
    dimension VARCHAR(10)  NOT NULL,
    dim_key   VARCHAR(80)  NOT NULL,
    label     VARCHAR(200) NULL,
    records   INT          NOT NULL,
    defective INT          NOT NULL,
    review    INT          NOT NULL,
    findings  INT          NOT NULL,
    PRIMARY KEY (job_id, dimension, dim_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Policies with FAIL or WARN findings, for correction: policy number kept (not personal data), personal fields masked.
CREATE TABLE screening_defect (
    job_id            CHAR(26)     NOT NULL,
    line_no           INT          NOT NULL,
    policy_no         VARCHAR(64)  NOT NULL,
    branch_code       VARCHAR(40)  NULL,
    channel           VARCHAR(30)  NULL,
    agent_code        VARCHAR(64)  NULL,
    overall           VARCHAR(10)  NOT NULL,
    underwriting_gate VARCHAR(10)  NOT NULL,
    rule_ids          VARCHAR(1000) NOT NULL,
    reasons_zh        TEXT         NOT NULL,
    ph_name_masked    VARCHAR(100) NULL,
    ph_id_masked      VARCHAR(40)  NULL,
    ph_mobile_masked  VARCHAR(40)  NULL,
    PRIMARY KEY (job_id, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
