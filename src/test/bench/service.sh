# Sourced by the benchmark and fault scripts: builds the service, starts the packaged jar on 127.0.0.1 with a
# throwaway signing key pair and its own database, waits for readiness, stops it.
# Needs MariaDB (COMPLIANCE_DB_URL, default on 127.0.0.1:3306, user root without a password unless
# COMPLIANCE_DB_USER/PASSWORD say otherwise).

PORT="${BENCH_PORT:-18080}"
# health and metrics are on the management interface, not on the API port
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-19080}"
LOG=target/bench-service.log
# every collection of the service (uptime, heap before->after): heap_after_gc_report reads it
GC_LOG=target/bench-gc.log
KEYS=target/bench-keys
mkdir -p "$KEYS"
# the packaged jar runs the prod profile, which takes its keys from the environment only and refuses any value
# written in the repository: random ones, kept with the bench databases' data so stored hashes keep matching
[[ -f "$KEYS/hash-key" ]] || openssl rand -base64 48 > "$KEYS/hash-key"
[[ -f "$KEYS/input-key" ]] || openssl rand -base64 48 > "$KEYS/input-key"
COMPLIANCE_HASH_KEY="${COMPLIANCE_HASH_KEY:-$(cat "$KEYS/hash-key")}"
COMPLIANCE_INPUT_KEY="${COMPLIANCE_INPUT_KEY:-$(cat "$KEYS/input-key")}"
export COMPLIANCE_HASH_KEY COMPLIANCE_INPUT_KEY
# the service trusts the public half; load generators sign decision-client tokens with the private half
[[ -f "$KEYS/private.pem" ]] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
QUARKUS_OIDC_PUBLIC_KEY=$(openssl pkey -in "$KEYS/private.pem" -pubout | grep -v -- '-----' | tr -d '\n')
export QUARKUS_OIDC_PUBLIC_KEY

package_service() {
  if [[ "${BENCH_SKIP_PACKAGE:-}" != "1" ]]; then
    ./mvnw -B -q package -DskipTests
  fi
}

# the container image's JVM flags (src/main/docker/Dockerfile.jvm) with a fixed heap
start_service() {
  # shellcheck disable=SC2086
  rm -f "$GC_LOG"
  java ${BENCH_SERVICE_JVM:--Xms1g -Xmx1g -XX:+UseG1GC -XX:+UseTransparentHugePages -XX:+AlwaysPreTouch} \
    -Xlog:gc:file="$GC_LOG":uptime \
    -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquarkus.management.host=127.0.0.1 \
    -jar target/quarkus-app/quarkus-run.jar >>"$LOG" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1; then
      echo "service ready on 127.0.0.1:$PORT (pid $SERVICE, log $LOG)"
      return 0
    fi
    if ! kill -0 "$SERVICE" 2>/dev/null; then
      echo "service exited during start-up; log:" >&2
      cat "$LOG" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "service not ready after 60 s; log: $LOG" >&2
  return 1
}

stop_service() {
  if [[ -n "${SERVICE:-}" ]] && kill -0 "$SERVICE" 2>/dev/null; then
    kill "$SERVICE"
    wait "$SERVICE" 2>/dev/null || true
  fi
}

# runs a main of the test classpath (bench profile) with key=value options
bench_main() {
  local main=$1
  shift
  ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main="$main" \
    -Dbench.jvmArgs="${BENCH_CLIENT_JVM:--Xms256m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}" \
    -Dbench.args="$* signingKey=$KEYS/private.pem"
}

# mariadb client on the database of COMPLIANCE_DB_URL (host, port and schema read from the URL)
db_query() {
  local hostport db host port
  hostport=$(sed -E 's|jdbc:mariadb://([^/]+)/.*|\1|' <<<"$COMPLIANCE_DB_URL")
  db=$(sed -E 's|.*/([^/?]+)(\?.*)?$|\1|' <<<"$COMPLIANCE_DB_URL")
  host=${hostport%%:*}
  port=${hostport##*:}
  [[ "$port" == "$hostport" ]] && port=3306
  mariadb -u"${COMPLIANCE_DB_USER:-root}" ${COMPLIANCE_DB_PASSWORD:+-p"$COMPLIANCE_DB_PASSWORD"} -h "$host" -P "$port" \
    -N "$db" -e "$1"
}

# the heap left after each collection, minute by minute of the service's uptime (median and highest, MB), and the
# time spent in pauses: a heap that keeps what it should not shows as a rising median
heap_after_gc_report() {
  [[ -f "$GC_LOG" ]] || { echo "no GC log ($GC_LOG)"; return 0; }
  echo "heap after GC by minute of uptime (MB: collections, median, highest; pauses ms):"
  awk '
    match($0, /^\[([0-9.]+)s\]/, t) && match($0, /[0-9]+M->([0-9]+)M\([0-9]+M\) ([0-9.]+)ms/, g) {
      m = int(t[1] / 60); n[m]++; v[m, n[m]] = g[1] + 0; p[m] += g[2]
      if (g[1] + 0 > hi[m]) hi[m] = g[1] + 0
      if (m > last) last = m
    }
    END {
      for (m = 0; m <= last; m++) {
        if (!n[m]) continue
        k = n[m]; for (i = 1; i <= k; i++) a[i] = v[m, i]; asort(a, s, "@val_num_asc"); delete a
        printf "  minute %3d: %4d collections, median %5d, highest %5d, pauses %7.1f ms\n", m, k, s[int((k + 1) / 2)], hi[m], p[m]
        delete s
      }
    }' "$GC_LOG"
}
