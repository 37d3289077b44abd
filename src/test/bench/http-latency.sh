#!/usr/bin/env bash
# HTTP latency of a decision endpoint at a fixed request rate (open loop), against the packaged service started
# here on 127.0.0.1 with its own database, and stopped at the end.
#
#   src/test/bench/http-latency.sh                        # truthfulness, stored decisions, 500/s, 20 s warm-up, 60 s
#   BENCH_DRY_RUN=true src/test/bench/http-latency.sh     # truthfulness without the writes
#   BENCH_TARGET=access src/test/bench/http-latency.sh    # access decisions
#   BENCH_RATE=800 BENCH_SECONDS=60 src/test/bench/http-latency.sh
#
# Needs MariaDB on 127.0.0.1:3306 (user root, no password unless COMPLIANCE_DB_USER/PASSWORD say otherwise).
# The load generator runs on the same machine and shares its cores with the service.
set -euo pipefail
cd "$(dirname "$0")/../../.."

RATE="${BENCH_RATE:-500}"
SECONDS_MEASURED="${BENCH_SECONDS:-60}"
WARMUP="${BENCH_WARMUP:-20}"
export COMPLIANCE_DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/compliance_bench?createDatabaseIfNotExist=true}"
# shellcheck source=service.sh
source src/test/bench/service.sh
package_service
trap stop_service EXIT
start_service

STATUS=0
BENCH_CLIENT_JVM="-Xms256m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch" \
  bench_main cn.lifeinfo.compliance.bench.HttpLatencyBenchmark url="http://127.0.0.1:$PORT" \
  target="${BENCH_TARGET:-truthfulness}" dryRun="${BENCH_DRY_RUN:-false}" rate="$RATE" seconds="$SECONDS_MEASURED" \
  warmup="$WARMUP" || STATUS=$?

heap_after_gc_report
# what the service really keeps: the live heap after a full collection, at the end (compare with a fresh start's)
if command -v jcmd >/dev/null 2>&1; then
  jcmd "$SERVICE" GC.run >/dev/null 2>&1 && sleep 1
  grep 'Pause Full' "$GC_LOG" | tail -1 | sed 's/^/live heap after a full GC at the end: /'
fi
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE/status" 2>/dev/null || echo "?")
echo "service RSS after the run: ${RSS_KB} kB"
stop_service
trap - EXIT
echo "audit rows: $(db_query 'SELECT COUNT(*) FROM decision_audit' 2>/dev/null || echo '?')"
exit "$STATUS"
