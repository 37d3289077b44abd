#!/usr/bin/env bash
# Closed-loop throughput of stored truthfulness decisions vs dry runs of the same kind of records, in one run of the
# packaged service (bench/StoredVsDryRun): prints both rates and their ratio.
#
#   src/test/bench/stored-vs-dry-run.sh                      # 8 connections, 20 s per phase, 3 rounds (the summary: 2-3)
#   BENCH_CONNECTIONS=16 BENCH_SECONDS=30 src/test/bench/stored-vs-dry-run.sh
#   BENCH_RECORDS=1000000 ...   # distinct records to prepare (default: 3,500 for every second of the run)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export COMPLIANCE_DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/compliance_bench_ratio?createDatabaseIfNotExist=true}"
# shellcheck source=service.sh
source src/test/bench/service.sh
# an empty population each run, so runs compare
mariadb -u"${COMPLIANCE_DB_USER:-root}" ${COMPLIANCE_DB_PASSWORD:+-p"$COMPLIANCE_DB_PASSWORD"} -h 127.0.0.1 \
  -e "DROP DATABASE IF EXISTS compliance_bench_ratio" 2>/dev/null || true
package_service
trap stop_service EXIT
start_service
# a distinct record for every request of the run (~600,000, ~1 KB each) is held in the client: give it room
BENCH_CLIENT_JVM="${BENCH_CLIENT_JVM:--Xms3g -Xmx3g -XX:+UseSerialGC}" bench_main cn.lifeinfo.compliance.bench.StoredVsDryRun url="http://127.0.0.1:$PORT" \
  ${BENCH_RECORDS:+records="$BENCH_RECORDS"} connections="${BENCH_CONNECTIONS:-8}" seconds="${BENCH_SECONDS:-20}" warmup="${BENCH_WARMUP:-30}" rounds="${BENCH_ROUNDS:-3}" \
  servicePid="$SERVICE" dbUrl="$COMPLIANCE_DB_URL" databasePid="$(pgrep -o -x mariadbd || pgrep -o -x mysqld || true)"
