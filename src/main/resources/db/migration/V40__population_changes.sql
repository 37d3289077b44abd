-- Numbered after every earlier migration (V30): databases already migrated past V5 must run it in order.
-- Every instance keeps the population in memory (PopulationIndex) and follows the other instances' writes by
-- polling rows stored since its last poll. A resubmission that takes a policy out of scope leaves a tombstone
-- (removed, no keys) instead of deleting the row, so the other instances learn of the removal too.
ALTER TABLE population_policy
    ADD COLUMN stored_by VARCHAR(120) NULL,
    ADD COLUMN removed   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD INDEX idx_population_stored_at (stored_at);
