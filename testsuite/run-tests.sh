#!/usr/bin/env bash
# Runs every test: unit tests, then one real Keycloak (official distribution + our JAR) with Chromium tests, with
# the corporate directory on embedded H2 and, when PostgreSQL answers on 127.0.0.1:5432, once more on PostgreSQL.
# Installs what is missing first (Debian's chromium, chromium-driver, a CJK font). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# grep reads all of fc-list's output (no -q): with pipefail, -q stopping early lets fc-list die of SIGPIPE now and
# then, and the font counted as missing sent every such run to apt-get.
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  $sudo apt-get update -qq || echo "apt-get update failed; trying the install with the current lists"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# The directory datasource is XA (Keycloak's own stays the one non-XA resource), so PostgreSQL must allow
# prepared transactions. On the local test server we switch them on once; production DBAs do the same.
pg_args=(-Dpostgres.skip=true)
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  psql_test=(psql -h 127.0.0.1 -U postgres -d test -tAc)
  if [ "$("${psql_test[@]}" "show max_prepared_transactions" 2>/dev/null || echo 0)" = "0" ]; then
    echo "Enabling prepared transactions on the local PostgreSQL (max_prepared_transactions=64)"
    "${psql_test[@]}" "ALTER SYSTEM SET max_prepared_transactions = 64" >/dev/null
    cluster="$(ls /etc/postgresql | head -1)"
    $sudo pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if [ "$("${psql_test[@]}" "show max_prepared_transactions" 2>/dev/null || echo 0)" != "0" ]; then
    pg_args=(-Dpostgres.skip=false)
    echo "PostgreSQL found: the integration tests run on H2 and again on PostgreSQL"
  else
    echo "PostgreSQL found but prepared transactions could not be enabled: the PostgreSQL run is NOT done"
  fi
else
  echo "No PostgreSQL on 127.0.0.1:5432: the integration tests run on H2 only (the PostgreSQL run is NOT done)"
fi

exec mvn -B -ntp verify "${pg_args[@]}" "$@"
