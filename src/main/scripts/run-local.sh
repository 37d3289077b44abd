#!/usr/bin/env bash
# Runs the service on this machine: makes sure the local MariaDB answers (starting it if needed), then starts
# Quarkus in dev mode on http://localhost:8080 with the workbooks under rules/.
# The database `compliance` is created on first connection; point elsewhere with COMPLIANCE_DB_URL.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ -z "${COMPLIANCE_DB_URL:-}" ]; then
  bash src/main/scripts/mariadb-up.sh
fi
exec ./mvnw -B quarkus:dev "$@"
