-- With the population held in memory (compliance.population.in-memory=true, the default) nothing looks policies up
-- by phone, address or person in MariaDB: those four indexes cost every stored decision six B-tree inserts for
-- nothing. They are dropped here; an instance started with the population in the database creates them again at
-- start-up (PopulationStore.ensureLookupIndexes). The policyholder index stays: re-verification (LIFE-UPD-001) groups
-- by it in either mode.
DROP INDEX idx_population_address ON population_policy;
DROP INDEX idx_population_mobile ON population_policy;
DROP INDEX idx_population_landline ON population_policy;
DROP INDEX idx_population_person_id ON population_person;

-- The audit's subject is a lowercase hex HMAC like the population keys (V43): compared byte for byte, not through
-- utf8mb4 collation weights on every insert into its index.
ALTER TABLE decision_audit MODIFY subject_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
