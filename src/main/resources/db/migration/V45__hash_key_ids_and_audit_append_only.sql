-- Every row holding keyed hashes names the key that made them, so the HMAC key can be rotated: while a rotation
-- runs, lookups match the current and the previous key, and afterwards the rows of a retired key can be found.
-- Rows from before key ids existed were hashed with the only key there was, whose id is the default '1'. The
-- default is then dropped, so a writer that forgets to name its key fails instead of claiming key '1'.
ALTER TABLE decision_audit ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE decision_audit ALTER COLUMN hash_key_id DROP DEFAULT;
ALTER TABLE access_decision_log ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE access_decision_log ALTER COLUMN hash_key_id DROP DEFAULT;
ALTER TABLE decision_input ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE decision_input ALTER COLUMN hash_key_id DROP DEFAULT;
ALTER TABLE agent_violation ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE agent_violation ALTER COLUMN hash_key_id DROP DEFAULT;
ALTER TABLE population_policy ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE population_policy ALTER COLUMN hash_key_id DROP DEFAULT;
ALTER TABLE agent ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE agent ALTER COLUMN hash_key_id DROP DEFAULT;
ALTER TABLE institution ADD COLUMN hash_key_id VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '1';
ALTER TABLE institution ALTER COLUMN hash_key_id DROP DEFAULT;

-- The decision audit is append-only like the access log (V10): the database refuses to change or remove a row.
-- Nothing in the service updates or deletes decision_audit rows (there is no retention purge); a purge, if the
-- insurer's retention schedule ever needs one, is run by the migration user, which alone may drop these triggers.
CREATE TRIGGER decision_audit_no_update BEFORE UPDATE ON decision_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'decision_audit is append-only';

CREATE TRIGGER decision_audit_no_delete BEFORE DELETE ON decision_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'decision_audit is append-only';
