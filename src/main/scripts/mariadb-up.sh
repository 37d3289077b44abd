#!/usr/bin/env bash
# Make sure a MariaDB answers on 127.0.0.1:3306 for root with an empty password (the tests' database).
set -euo pipefail

answers() { mariadb -h 127.0.0.1 -P 3306 -u root --password= -e 'SELECT 1' >/dev/null 2>&1; }

if answers; then
  echo "mariadb: up"
  exit 0
fi
if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
fi
echo "mariadb: starting"
if id mysql >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
else
  (/usr/sbin/mariadbd --user=root >/tmp/mariadbd.log 2>&1 &)
fi
for _ in $(seq 1 60); do
  if answers; then echo "mariadb: up"; exit 0; fi
  sleep 1
done
# root over TCP may be refused where the socket is the only root login: make a TCP user through the socket
if mariadb -u root -e 'SELECT 1' >/dev/null 2>&1; then
  mariadb -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;" || true
  if answers; then echo "mariadb: up (root over TCP enabled)"; exit 0; fi
fi
echo "mariadb: did not come up" >&2
exit 1
