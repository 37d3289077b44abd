-- Rule spreadsheets as immutable versions; the database, not the pod, is the source of truth for what is in force.
CREATE TABLE ruleset_family (
    family         VARCHAR(20)  NOT NULL PRIMARY KEY,
    active_version INT          NULL,
    updated_at     TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE ruleset_version (
    family       VARCHAR(20)  NOT NULL,
    version      INT          NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    checksum     CHAR(64)     NOT NULL,
    rule_count   INT          NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP(3) NOT NULL,
    approved_by  VARCHAR(100) NULL,
    activated_at TIMESTAMP(3) NULL,
    retired_at   TIMESTAMP(3) NULL,
    report       MEDIUMTEXT   NULL,
    PRIMARY KEY (family, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who changed what in the rules in force, kept forever (no delete path exists in the service).
CREATE TABLE ruleset_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    family       VARCHAR(20)  NOT NULL,
    at           TIMESTAMP(3) NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    from_version INT          NULL,
    to_version   INT          NULL,
    detail       VARCHAR(1000) NULL,
    INDEX idx_ruleset_change_family (family, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Recent decision inputs for the impact preview: encrypted (AES-GCM), policy number only hashed, a bounded ring.
CREATE TABLE decision_input (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    family      VARCHAR(20)  NOT NULL,
    stored_at   TIMESTAMP(3) NOT NULL,
    subject_hash CHAR(64)    NULL,
    channel     VARCHAR(30)  NULL,
    payload     MEDIUMBLOB   NOT NULL,
    INDEX idx_decision_input_family (family, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
