-- Population keys are lowercase hex HMACs: compare them byte for byte. Under the default utf8mb4 collation every
-- B-tree comparison of the nine index entries a stored policy adds went through collation weights, and that was
-- most of MariaDB's CPU while a book is indexed.
ALTER TABLE population_policy
    MODIFY policy_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY ph_id_key    CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY address_key  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY mobile_key   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY landline_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;

ALTER TABLE population_person
    MODIFY policy_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY id_key      CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY name_key    CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY birth_key   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
