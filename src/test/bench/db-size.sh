#!/usr/bin/env bash
# Database size per million decisions: migrates an empty schema with the packaged service (Flyway, then stops it),
# fills the tables a decision writes with BENCH_ROWS generated rows shaped like the service's (64-hex HMACs in random
# order, time-ordered ids, a sealed policy number, ~2.8 persons per policy as the benchmark's record mix stores: in the
# policy's row, and as rows of population_person, which only a population kept in the database fills),
# and prints data + index bytes per row and per million rows of each table, as InnoDB reports them.
#
#   src/test/bench/db-size.sh                     # 200,000 rows per table (about two minutes)
#   BENCH_ROWS=1000000 src/test/bench/db-size.sh  # closer to scale; past the default 128 MB buffer pool the
#                                                 # population tables take 10 minutes and more (random keys)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROWS="${BENCH_ROWS:-200000}"
export COMPLIANCE_DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/compliance_sizing?createDatabaseIfNotExist=true}"
# shellcheck source=service.sh
source src/test/bench/service.sh
mariadb -u"${COMPLIANCE_DB_USER:-root}" ${COMPLIANCE_DB_PASSWORD:+-p"$COMPLIANCE_DB_PASSWORD"} -h 127.0.0.1 \
  -e "DROP DATABASE IF EXISTS compliance_sizing"
package_service
trap stop_service EXIT
start_service
stop_service
trap - EXIT

PERSONS=$((ROWS * 28 / 10))
db_query "
SET SESSION unique_checks = 1;
INSERT INTO decision_audit (decision_id, family, evaluated_at, ruleset_version, subject_hash, outcome, gate, fired_rules,
  channel, hash_key_id, agent_code, business_date, in_scope, policy_no_masked, policy_no_sealed)
SELECT CONCAT('01M8', LPAD(UPPER(HEX(seq)), 22, '0')), 'truthfulness',
  TIMESTAMP('2026-12-01') + INTERVAL seq * 40 MICROSECOND, 'truthfulness@12', SHA2(CONCAT('p', seq), 256),
  IF(seq % 3 = 0, 'FAIL', 'PASS'), IF(seq % 3 = 0, 'BLOCK', 'ALLOW'),
  IF(seq % 3 = 0, 'TRU-PHONE-001,TRU-ID-003,GATE-UW-002', 'TRU-SCOPE-001'), 'AGENCY', '1', CONCAT('A', seq % 50000),
  DATE('2026-11-01') + INTERVAL seq % 30 DAY, 1, CONCAT('PLC*******', LPAD(seq % 10000, 4, '0')), RANDOM_BYTES(42)
FROM seq_1_to_${ROWS};
INSERT INTO population_policy (policy_hash, agent_code, channel, ph_id_key, address_key, mobile_key, landline_key,
  persons, stored_at, stored_by, removed, hash_key_id, persons_listed)
SELECT SHA2(CONCAT('p', seq), 256), CONCAT('A', seq % 50000), 'AGENCY', SHA2(CONCAT('i', seq), 256),
  SHA2(CONCAT('a', seq), 256), SHA2(CONCAT('m', seq), 256), IF(seq % 5 = 0, SHA2(CONCAT('l', seq), 256), NULL),
  RANDOM_BYTES(320), TIMESTAMP('2026-12-01') + INTERVAL seq * 40 MICROSECOND,
  'population/01M8TXX161GTJ4FZERF106592H', 0, '1', 0
FROM seq_1_to_${ROWS};
INSERT INTO population_person (policy_hash, role, id_key, name_key, birth_key, family_link)
SELECT SHA2(CONCAT('p', seq DIV 3), 256), ELT(seq % 3 + 1, 'policyholder', 'insured', 'beneficiary[0]'),
  SHA2(CONCAT('i', seq), 256), SHA2(CONCAT('n', seq), 256), SHA2(CONCAT('b', seq), 256), 0
FROM seq_1_to_${PERSONS};
INSERT INTO access_decision_log (decision_id, evaluated_at, ruleset_version, user_id, role, agent_code, org_type, action,
  purpose, customer_hash, policy_hash, resource_branch, fields, decision, rule_id, mask, hash_key_id)
SELECT CONCAT('01M8', LPAD(UPPER(HEX(seq)), 22, '0')), TIMESTAMP('2026-12-01') + INTERVAL seq * 40 MICROSECOND,
  'access@7', CONCAT('u', seq % 20000), 'CUSTOMER_SERVICE', NULL, 'HEAD_OFFICE', 'VIEW', 'POLICY_SERVICE',
  SHA2(CONCAT('c', seq), 256), SHA2(CONCAT('p', seq), 256), '3301', 'name,idNumber,mobile,address',
  IF(seq % 10 = 0, 'DENY', 'PERMIT'), IF(seq % 10 = 0, 'ACC-PURP-001', 'ACC-OK'), 'idNumber,mobile', '1'
FROM seq_1_to_${ROWS};
ANALYZE TABLE decision_audit, population_policy, population_person, access_decision_log;
" >/dev/null
echo "rows per table: decision_audit, population_policy, access_decision_log ${ROWS}; population_person ${PERSONS}"
db_query "
SELECT table_name, table_rows,
  ROUND((data_length + index_length) / GREATEST(table_rows, 1)) AS bytes_per_row,
  ROUND(data_length / 1048576) AS data_mb, ROUND(index_length / 1048576) AS index_mb,
  ROUND((data_length + index_length) / 1048576 * 1000000 / ${ROWS}) AS mb_per_million_decisions
FROM information_schema.tables
WHERE table_schema = DATABASE()
  AND table_name IN ('decision_audit', 'population_policy', 'population_person', 'access_decision_log')
ORDER BY table_name" | column -t
echo "(mb_per_million_decisions: per million truthfulness decisions for the audit and population tables, per million"
echo " access decisions for access_decision_log; population_policy holds 2.8 persons per policy in its row, ~320"
echo " bytes as PolicyKeysCodec writes them; population_person lists them again, 2.8 rows per policy, only with"
echo " compliance.population.in-memory=false: a population in memory leaves it empty)"
