-- The legacy clean-up rows seal the policy number as the audit and sampling rows do (audit.PolicyNumberSeal): a
-- number too long to seal is kept masked and hashed only, its sealed column empty, instead of an encrypted empty string.
ALTER TABLE legacy_policy_decision MODIFY policy_no_sealed VARBINARY(300) NULL;
