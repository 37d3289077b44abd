#!/usr/bin/env bash
# Replicas share a book: the packaged service started as 1, 2 and 3 instances on one database (each its own
# HOSTNAME, as pods have), a generated book uploaded to the first; in the three-instance run the first instance is
# SIGKILLed once EVALUATE has done BENCH_KILL_AFTER of the book. Every run must screen each record once and give the
# counts of the one-instance run (bench/ReplicaScreening asserts both); prints the time of each run.
#
#   src/test/bench/replicas.sh                              # 200,000 records; 1, 2, 3 instances, kill in the last
#   BENCH_RECORDS=50000 BENCH_INSTANCES="1 3" src/test/bench/replicas.sh
#   BENCH_KILL=0 src/test/bench/replicas.sh                 # no kill: the times of 1, 2 and 3 healthy instances
#
# A killed instance's chunks go back to the others once its claim is stale (compliance.screening.claim-timeout,
# 20 s here instead of the production 2 minutes, so the run is short).
set -euo pipefail
cd "$(dirname "$0")/../../.."
export COMPLIANCE_DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/compliance_bench_replicas?createDatabaseIfNotExist=true}"
# shellcheck source=service.sh
source src/test/bench/service.sh
RECORDS="${BENCH_RECORDS:-200000}"
INSTANCES="${BENCH_INSTANCES:-1 2 3}"
package_service

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_all EXIT

EXPECT=""
for count in $INSTANCES; do
  db_query "SELECT 1" >/dev/null 2>&1 && mariadb -u"${COMPLIANCE_DB_USER:-root}" ${COMPLIANCE_DB_PASSWORD:+-p"$COMPLIANCE_DB_PASSWORD"} \
    -h 127.0.0.1 -e "DROP DATABASE IF EXISTS compliance_bench_replicas"
  URLS=""
  for i in $(seq 1 "$count"); do
    PORT=$((18180 + i)) MANAGEMENT_PORT=$((19180 + i)) LOG="target/bench-replica-$i.log" GC_LOG="target/bench-gc-$i.log" \
      BENCH_SERVICE_JVM="${BENCH_SERVICE_JVM:--Xms1g -Xmx1g -XX:+UseG1GC} -Dcompliance.screening.claim-timeout=20s" \
      HOSTNAME="replica-$i" start_service
    PIDS+=("$SERVICE")
    URLS="${URLS:+$URLS,}http://127.0.0.1:$((18180 + i))"
  done
  KILL=()
  if [[ "$count" -gt 1 && "$count" == "${INSTANCES##* }" && "${BENCH_KILL:-1}" == "1" ]]; then
    KILL=(killPid="${PIDS[0]}" killAfter="${BENCH_KILL_AFTER:-0.3}")
    # the upload goes to the first instance: poll from the last, which survives
  fi
  # the client's lines to the terminal and to a file (tee /dev/stderr would reopen, and truncate, a redirected log)
  BENCH_CLIENT_JVM="-Xms1g -Xmx1g -XX:+UseSerialGC" bench_main cn.lifeinfo.compliance.screening.ReplicaScreening \
    urls="$URLS" records="$RECORDS" expect="$EXPECT" "${KILL[@]}" | tee target/bench-replicas-client.out
  OUT=$(cat target/bench-replicas-client.out)
  if [[ -z "$EXPECT" ]]; then
    EXPECT=$(sed -n 's/^REPLICAS counts //p' <<<"$OUT")
  fi
  stop_all
done
