-- A stored policy's persons travel in its own row (PolicyKeysCodec: their keyed hashes as bytes, ~100 bytes a
-- person): a stored decision writes one population row instead of a policy row, a probe that deletes its earlier
-- persons and two or three person rows, each a B-tree insert at a random key. population_person stays for a
-- population kept in the database (compliance.population.in-memory=false), whose lookups by person need its
-- id_key index: only such an instance lists persons there, and at start-up it lists those of rows written by
-- instances that held the population in memory (persons_listed false), removing their earlier rows first.
-- Rows stored before this migration have no persons column yet (NULL): their persons are read from population_person.
-- No index on persons_listed: it would cost every stored decision the B-tree insert this saves; the listing scans
-- the table once, at the start of an instance with the population in the database.
ALTER TABLE population_policy
    ADD COLUMN persons        BLOB    NULL,
    ADD COLUMN persons_listed BOOLEAN NOT NULL DEFAULT TRUE;
