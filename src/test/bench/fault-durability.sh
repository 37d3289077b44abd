#!/usr/bin/env bash
# Fault tests of 留痕 (no answered decision without its audit row), run on demand against the packaged service:
#
#   src/test/bench/fault-durability.sh service    # SIGKILL the service while it answers ~100 stored decisions/s
#   src/test/bench/fault-durability.sh database   # SIGKILL a private MariaDB mid-load, restart it after FAULT_DOWN s
#
# A load generator (bench/AnsweredDecisions) records the id of every decision answered 200 as it arrives; after the
# fault, every one of them must have its row in decision_audit. The database fault also counts the 503s and checks
# that the service is ready again by itself. Exit status 0 only if no answered decision lacks its row.
# FAULT_RATE (100), FAULT_SECONDS (40), FAULT_AT (15 s into the load), FAULT_DOWN (7 s).
set -euo pipefail
cd "$(dirname "$0")/../../.."
MODE="${1:-service}"
RATE="${FAULT_RATE:-100}"
LOAD_SECONDS="${FAULT_SECONDS:-40}"
AT="${FAULT_AT:-15}"
DOWN="${FAULT_DOWN:-7}"
ANSWERED=target/fault-answered.txt
CLIENT_LOG=target/fault-client.log
rm -f "$ANSWERED" "$CLIENT_LOG"

DB_PID=
if [[ "$MODE" == "database" ]]; then
  # a private server (own datadir, port and socket) that this script may kill without touching anyone else's
  DATADIR="$PWD/target/fault-mariadb"
  DB_PORT="${FAULT_DB_PORT:-13306}"
  rm -rf "$DATADIR"
  mkdir -p "$DATADIR"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DATADIR/data" --auth-root-authentication-method=normal \
    --skip-test-db >"$DATADIR/install.log" 2>&1
  start_db() {
    mariadbd --no-defaults --user="$(id -un)" --datadir="$DATADIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
      --socket="$DATADIR/mariadb.sock" --pid-file="$DATADIR/mariadb.pid" \
      --innodb-flush-log-at-trx-commit=1 >>"$DATADIR/server.log" 2>&1 &
    DB_PID=$!
    for _ in $(seq 1 60); do
      mariadb -uroot -h127.0.0.1 -P"$DB_PORT" -e 'SELECT 1' >/dev/null 2>&1 && return 0
      sleep 0.5
    done
    echo "private MariaDB did not start; log: $DATADIR/server.log" >&2
    return 1
  }
  start_db
  export COMPLIANCE_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/compliance_fault?createDatabaseIfNotExist=true"
else
  export COMPLIANCE_DB_URL="${FAULT_DB_URL:-jdbc:mariadb://127.0.0.1:3306/compliance_fault?createDatabaseIfNotExist=true}"
fi

# shellcheck source=service.sh
source src/test/bench/service.sh
cleanup() {
  stop_service
  [[ -n "$DB_PID" ]] && kill -9 "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
package_service
start_service

bench_main cn.lifeinfo.compliance.bench.AnsweredDecisions url="http://127.0.0.1:$PORT" rate="$RATE" \
  seconds="$LOAD_SECONDS" out="$ANSWERED" >"$CLIENT_LOG" 2>&1 &
CLIENT=$!
for _ in $(seq 1 120); do
  [[ -s "$ANSWERED" ]] && break
  sleep 0.5
done
sleep "$AT"

case "$MODE" in
  service)
    echo "$(wc -l <"$ANSWERED") decisions answered; SIGKILL to the service"
    kill -9 "$SERVICE"
    wait "$SERVICE" 2>/dev/null || true
    ;;
  database)
    echo "$(wc -l <"$ANSWERED") decisions answered; SIGKILL to MariaDB for $DOWN s"
    kill -9 "$DB_PID"
    wait "$DB_PID" 2>/dev/null || true
    sleep "$DOWN"
    start_db
    echo "MariaDB back"
    ;;
  *)
    echo "mode must be service or database, not $MODE" >&2
    exit 2
    ;;
esac
wait "$CLIENT" || true
tail -n 1 "$CLIENT_LOG"

if [[ "$MODE" == "database" ]]; then
  READY=no
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1; then
      READY=yes
      break
    fi
    sleep 1
  done
  echo "service ready again by itself: $READY"
  [[ "$READY" == yes ]] || exit 1
fi

sort -u "$ANSWERED" -o "$ANSWERED"
COUNT=$(wc -l <"$ANSWERED")
SQL=target/fault-check.sql
{
  echo "CREATE TEMPORARY TABLE answered (id CHAR(26) PRIMARY KEY);"
  echo "INSERT INTO answered VALUES"
  sed -e "s/.*/('&')/" "$ANSWERED" | paste -sd, -
  echo ";"
  echo "SELECT COUNT(*) FROM answered a LEFT JOIN decision_audit d ON d.decision_id = a.id WHERE d.decision_id IS NULL;"
} >"$SQL"
MISSING=$(db_query "source $SQL")
echo "answered 200: $COUNT; without their audit row: $MISSING"
[[ "$COUNT" -gt 0 && "$MISSING" == "0" ]]
