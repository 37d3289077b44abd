-- The managers' page shows which policy a violation is about; the keyed hash beside it stays what matches.
ALTER TABLE agent_violation ADD COLUMN policy_no_masked VARCHAR(40) NULL AFTER subject_key;
-- The grey list (GATE-UW-004) follows new violations by their arrival time, every replica every second.
CREATE INDEX idx_agent_violation_created ON agent_violation (created_at);
