-- EXAMPLE: the two database users of custinfo-compliance (run once as a MariaDB administrator; replace the
-- passwords, and '%' by the pods' network if you can). Put them into the Secrets custinfo-compliance-migration
-- (compliance_migrate) and custinfo-compliance-db (compliance_app).
--
-- Why two: the access log and the decision audit are append-only because BEFORE UPDATE/DELETE triggers refuse
-- changes. A user that may DROP TRIGGER could lift that, so the service's runtime user holds no DDL right at all;
-- only Flyway, at start-up, connects as the migration user.

CREATE DATABASE IF NOT EXISTS compliance CHARACTER SET utf8mb4;

-- Flyway: creates and alters tables, indexes and triggers, and keeps flyway_schema_history.
CREATE USER IF NOT EXISTS 'compliance_migrate'@'%' IDENTIFIED BY 'change-me-as-well';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER
    ON compliance.* TO 'compliance_migrate'@'%';
-- With binary logging on (replication, point-in-time recovery), creating a trigger also needs SUPER, or:
--   SET GLOBAL log_bin_trust_function_creators = 1;

-- The service at run time: rows only. No CREATE/ALTER/DROP/TRIGGER: the append-only triggers stay in place.
CREATE USER IF NOT EXISTS 'compliance_app'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance.* TO 'compliance_app'@'%';
