-- Salesperson and institution registries (catalog REF rules). Personal fields only masked or as keyed hashes.
CREATE TABLE agent (
    agent_code       VARCHAR(64)  NOT NULL PRIMARY KEY,
    name             VARCHAR(100) NULL,
    gender           VARCHAR(8)   NULL,
    birth_date       VARCHAR(10)  NULL,
    id_type          VARCHAR(40)  NULL,
    id_number_masked VARCHAR(40)  NULL,
    id_key           CHAR(64)     NULL,
    mobile_masked    VARCHAR(40)  NULL,
    mobile_key       CHAR(64)     NULL,
    branch_code      VARCHAR(40)  NULL,
    status           VARCHAR(20)  NULL,
    team_leader_code VARCHAR(64)  NULL,
    province         VARCHAR(40)  NULL,
    city             VARCHAR(40)  NULL,
    district         VARCHAR(40)  NULL,
    detail_masked    VARCHAR(20)  NULL,
    address_key      CHAR(64)     NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    INDEX idx_agent_mobile (mobile_key),
    INDEX idx_agent_id (id_key),
    INDEX idx_agent_address (address_key),
    INDEX idx_agent_branch (branch_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE institution (
    institution_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    type           VARCHAR(40)  NULL,
    name           VARCHAR(200) NULL,
    province       VARCHAR(40)  NULL,
    city           VARCHAR(40)  NULL,
    district       VARCHAR(40)  NULL,
    detail_masked  VARCHAR(20)  NULL,
    address_key    CHAR(64)     NULL,
    updated_at     TIMESTAMP(3) NOT NULL,
    INDEX idx_institution_address (address_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE institution_phone (
    institution_id VARCHAR(64) NOT NULL,
    phone_masked   VARCHAR(40) NULL,
    phone_key      CHAR(64)    NOT NULL,
    INDEX idx_institution_phone_key (phone_key),
    CONSTRAINT fk_institution_phone FOREIGN KEY (institution_id) REFERENCES institution (institution_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
