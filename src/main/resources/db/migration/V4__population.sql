-- The population the cross-record rules (TRU-XREC-*) look at: one row per in-scope policy, keyed by the hashed
-- policy number and replaced on resubmission. Only keyed hashes of phones, ID numbers, names, birth dates and
-- addresses are kept: equality is all the rules need.
CREATE TABLE population_policy (
    policy_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    agent_code   VARCHAR(64)  NULL,
    channel      VARCHAR(30)  NULL,
    ph_id_key    CHAR(64)     NULL,
    address_key  CHAR(64)     NULL,
    mobile_key   CHAR(64)     NULL,
    landline_key CHAR(64)     NULL,
    stored_at    TIMESTAMP(3) NOT NULL,
    INDEX idx_population_ph_id (ph_id_key),
    INDEX idx_population_address (address_key),
    INDEX idx_population_mobile (mobile_key),
    INDEX idx_population_landline (landline_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every person of a stored policy (policyholder, insured unless SELF, beneficiaries) for TRU-XREC-004, and the
-- family links (insured/beneficiary with a family relationship) that relate policyholders (catalog §2.9).
CREATE TABLE population_person (
    policy_hash CHAR(64)    NOT NULL,
    role        VARCHAR(20) NOT NULL,
    id_key      CHAR(64)    NOT NULL,
    name_key    CHAR(64)    NULL,
    birth_key   CHAR(64)    NULL,
    family_link BOOLEAN     NOT NULL,
    PRIMARY KEY (policy_hash, role),
    INDEX idx_population_person_id (id_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
