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

PORT="${BENCH_PORT:-18080}"
# health is on the management interface, not on the API port
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-19080}"
RATE="${BENCH_RATE:-500}"
SECONDS_MEASURED="${BENCH_SECONDS:-60}"
WARMUP="${BENCH_WARMUP:-20}"
KEYS=target/bench-keys
mkdir -p "$KEYS"
# the packaged jar runs the prod profile, which takes its keys from the environment only and refuses any value
# written in the repository: random ones, kept with the bench database's data so stored hashes keep matching
[[ -f "$KEYS/hash-key" ]] || openssl rand -base64 48 > "$KEYS/hash-key"
[[ -f "$KEYS/input-key" ]] || openssl rand -base64 48 > "$KEYS/input-key"
export COMPLIANCE_HASH_KEY="${COMPLIANCE_HASH_KEY:-$(cat "$KEYS/hash-key")}" COMPLIANCE_INPUT_KEY="${COMPLIANCE_INPUT_KEY:-$(cat "$KEYS/input-key")}"
# a throwaway key pair: the service trusts its public half, the load generator signs a decision-client token with it
[[ -f "$KEYS/private.pem" ]] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
QUARKUS_OIDC_PUBLIC_KEY=$(openssl pkey -in "$KEYS/private.pem" -pubout | grep -v -- '-----' | tr -d '\n')
export QUARKUS_OIDC_PUBLIC_KEY
export COMPLIANCE_DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/compliance_bench?createDatabaseIfNotExist=true}"
LOG=target/bench-service.log

if [[ "${BENCH_SKIP_PACKAGE:-}" != "1" ]]; then
  ./mvnw -B -q package -DskipTests
fi

# the container image's JVM flags (src/main/docker/Dockerfile.jvm) with a fixed heap
# shellcheck disable=SC2086
java ${BENCH_SERVICE_JVM:--Xms1g -Xmx1g -XX:+UseG1GC -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch} -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquarkus.management.host=127.0.0.1 \
  -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE=$!
stop() {
  if kill -0 "$SERVICE" 2>/dev/null; then
    kill "$SERVICE"
    wait "$SERVICE" 2>/dev/null || true
  fi
}
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then
    echo "service exited during start-up; log:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null
echo "service ready on 127.0.0.1:$PORT (pid $SERVICE, log $LOG)"

STATUS=0
./mvnw -B -q -Pbench exec:exec \
  -Dbench.main=cn.lifeinfo.compliance.bench.HttpLatencyBenchmark \
  -Dbench.jvmArgs="-Xms256m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch" \
  -Dbench.args="url=http://127.0.0.1:$PORT target=${BENCH_TARGET:-truthfulness} dryRun=${BENCH_DRY_RUN:-false} rate=$RATE seconds=$SECONDS_MEASURED warmup=$WARMUP signingKey=$KEYS/private.pem" || STATUS=$?

RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE/status" 2>/dev/null || echo "?")
echo "service RSS after the run: ${RSS_KB} kB"
stop
trap - EXIT
if command -v mariadb >/dev/null 2>&1; then
  DB=$(sed -E 's|.*/([^/?]+)(\?.*)?$|\1|' <<<"$COMPLIANCE_DB_URL")
  echo "audit rows in $DB: $(mariadb -u"${COMPLIANCE_DB_USER:-root}" ${COMPLIANCE_DB_PASSWORD:+-p"$COMPLIANCE_DB_PASSWORD"} \
    -h 127.0.0.1 -N -e "SELECT COUNT(*) FROM \`$DB\`.decision_audit" 2>/dev/null || echo '?')"
fi
exit "$STATUS"
