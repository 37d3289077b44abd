-- population_policy was clustered by policy_hash, a keyed hash: every stored decision inserted its row (~0.5 KB with
-- its persons since V56) into a random leaf of the table itself, which split pages (half-full leaves, ~1.4 KB a row)
-- and, once the table outgrew the buffer pool, made each commit read and write back a random 16 KB page: InnoDB wrote
-- 60-76 KB per stored decision in stored-vs-dry-run.sh's later rounds. Rows now go in arrival order (row_id) and
-- only the 64-byte policy_hash entry of the unique index lands at a random place; INSERT ... ON DUPLICATE KEY UPDATE
-- replaces a policy through that unique index as it did through the primary key. Nothing reads row_id.
-- The ALTER rebuilds the table (see k8s/README.md, Upgrading past V57).
ALTER TABLE population_policy
    DROP PRIMARY KEY,
    ADD COLUMN row_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT FIRST,
    ADD PRIMARY KEY (row_id),
    ADD UNIQUE KEY uk_population_policy_hash (policy_hash);
