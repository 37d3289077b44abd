-- The managers' page shows which policy a violation is about; the keyed hash beside it stays what matches.
ALTER TABLE agent_violation ADD COLUMN policy_no_masked VARCHAR(40) NULL AFTER subject_key;
