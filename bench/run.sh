#!/usr/bin/env bash
# Login benchmark: corporate login form vs Keycloak's stock username/password form on the same server, under the
# realm's default hashing policy (Argon2) and then hashAlgorithm(pbkdf2-sha256) and hashIterations(600000), 1, 4 and
# 8 clients (each its own user); then login latency with 1 000 and 1 000 000 directory users. H2 always, PostgreSQL
# when it answers on 127.0.0.1:5432; and a JMH run of the IP allow-list check. Results: testsuite/target/bench-<db>/bench-<db>.md (copied to docs/ by hand).
# Options: BENCH_SECONDS (default 20), BENCH_SIZES (default 1000,1000000), BENCH_DBS (e.g. "postgres"), BENCH_CLUSTER
# (any value: the cluster benchmark even when BENCH_DBS leaves PostgreSQL out; it always needs PostgreSQL),
# BENCH_STAFF_SIZES (default 10000,100000), BENCH_STAFF_ONLY (any value: only the スタッフ一覧 benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
args=(-Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.sizes="${BENCH_SIZES:-1000,1000000}")
mvn -B -ntp -q -DskipTests install
dbs=(h2)
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then dbs+=(postgres); fi
if [ -n "${BENCH_DBS:-}" ]; then read -r -a dbs <<< "$BENCH_DBS"; fi
# JMH: one IP allow-list check with 10 and 10 000 ranges (results in user-storage/target/jmh-ip-allow-list.txt).
if [ -z "${BENCH_STAFF_ONLY:-}" ]; then
  mvn -B -ntp -Pbench -DskipTests verify -pl user-storage
  for db in "${dbs[@]}"; do
    mvn -B -ntp -Pbench -DskipTests verify -pl testsuite -Ddirectory.db="$db" "${args[@]}"
  done
fi
# スタッフ一覧 with corporations of 10 000 and 100 000 users (BENCH_STAFF_SIZES): the corporate API's list, searches
# and later pages. Results: testsuite/target/bench-staff-<db>/bench-staff-<db>.md.
for db in "${dbs[@]}"; do
  mvn -B -ntp -Pbench -DskipTests verify -pl testsuite -Ddirectory.db="$db" -Dbench.login.skip=true \
    -Dbench.staff.skip=false -Dbench.staff.sizes="${BENCH_STAFF_SIZES:-10000,100000}"
done
# 法人一覧 with 100 000 corporations (issue 21): testsuite/target/bench-corporations-<db>/bench-corporations-<db>.md.
for db in "${dbs[@]}"; do
  [ -n "${BENCH_STAFF_ONLY:-}" ] && break
  mvn -B -ntp -Pbench -DskipTests verify -pl testsuite -Ddirectory.db="$db" -Dbench.login.skip=true \
    -Dbench.corporations.skip=false
done
# One node against two nodes of a cluster (Keycloak's database and the directory on PostgreSQL): needs PostgreSQL.
# Results: testsuite/target/bench-cluster/bench-cluster.md.
if [ -z "${BENCH_STAFF_ONLY:-}" ] && { [[ " ${dbs[*]} " == *" postgres "* ]] || [ -n "${BENCH_CLUSTER:-}" ]; }; then
  mvn -B -ntp -Pbench -DskipTests verify -pl testsuite -Dbench.login.skip=true -Dbench.cluster.skip=false "${args[@]}"
fi
