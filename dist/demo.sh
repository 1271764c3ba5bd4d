#!/usr/bin/env bash
# Builds the drop-in JAR, fetches the official Keycloak distribution of the same version through Maven into
# .demo/, installs the JAR, runs kc.sh build, imports realm-config/ and starts Keycloak on http://localhost:8080.
# A second run reuses the download and skips the build when nothing changed. Ctrl-C stops the server.
# Environment: DEMO_PORT (8080), DEMO_DIR (<repo>/.demo), DEMO_ADMIN_USER / DEMO_ADMIN_PASSWORD (admin / admin).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -1)"
DEMO="${DEMO_DIR:-$ROOT/.demo}"
mkdir -p "$DEMO"
DEMO="$(cd "$DEMO" && pwd)"
KC="$DEMO/keycloak-$KC_VERSION"
PORT="${DEMO_PORT:-8080}"
ADMIN_USER="${DEMO_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${DEMO_ADMIN_PASSWORD:-admin}"

echo "==> Building the JAR and fetching Keycloak $KC_VERSION (Maven)"
mvn -B -ntp -q -Dstyle.color=never -DskipTests -Pdemo -Ddemo.dir="$DEMO" -pl dist -am package

# Newest JDK on the machine (Keycloak recommends the newest LTS), falling back to the default java.
pick_jdk() {
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -L "$d" ] && continue
    [ -x "$d/bin/java" ] || continue
    v="$(basename "$d" | grep -oE '(^|[^0-9.])[0-9]{2}([^0-9]|$)' | grep -oE '[0-9]{2}' | head -1 || true)"
    [ -n "$v" ] || continue
    if [ "$v" -ge 17 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -n "$best" ]; then echo "$best"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}
export JAVA_HOME="$(pick_jdk)"
echo "==> Using JAVA_HOME=$JAVA_HOME"

mkdir -p "$KC/providers" "$KC/data/import" "$DEMO/directory-db"
# Keycloak compares each provider file's modification time with the one recorded by the last `kc.sh build` and
# refuses an optimized start when they differ: copy the JAR only when its content changed (the build is
# reproducible, so an unchanged source tree gives the same bytes), which also triggers the build below.
jar="$(ls "$ROOT"/dist/target/houjin-keycloak-*.jar | grep -v original | head -1)"
if ! cmp -s "$jar" "$KC/providers/houjin-keycloak.jar"; then
  install -m 0644 "$jar" "$KC/providers/houjin-keycloak.jar"
fi
cp "$ROOT"/realm-config/src/main/realm/*.json "$KC/data/import/"
# Keycloak imports a realm only when it does not exist yet: when realm-config/ changed since the last demo run,
# start Keycloak's own demo database afresh so the new configuration is what you see. The directory is kept.
realm_stamp="$(cat "$ROOT"/realm-config/src/main/realm/*.json | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$KC/.houjin-realm" 2>/dev/null || true)" != "$realm_stamp" ]; then
  rm -rf "$KC/data/h2"
  echo "$realm_stamp" > "$KC/.houjin-realm"
fi

BUILD_OPTS=(
  --db=dev-file
  --cache=local
  --db-kind-directory=dev-file
)
RUN_OPTS=(
  --spi-corporate-directory--jpa--demo-data=true
  "--db-url-full-directory=jdbc:h2:file:$DEMO/directory-db/directory"
  --db-username-directory=houjin
  --db-password-directory=houjin
)

stamp="$( (sha256sum "$KC/providers/houjin-keycloak.jar"; echo "${BUILD_OPTS[*]}") | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$KC/.houjin-build" 2>/dev/null || true)" != "$stamp" ]; then
  echo "==> kc.sh build"
  "$KC/bin/kc.sh" build "${BUILD_OPTS[@]}"
  echo "$stamp" > "$KC/.houjin-build"
else
  echo "==> kc.sh build skipped (JAR and build options unchanged)"
fi

cat <<INFO

  Keycloak $KC_VERSION with the partner-portal extensions is starting on http://localhost:$PORT
    Admin console:    http://localhost:$PORT/admin/   ($ADMIN_USER / $ADMIN_PASSWORD)
    Account console:  http://localhost:$PORT/realms/partner-portal/account/
    Demo logins (法人ID / ユーザーID / password):
      00000001 / times_user001  / Times#Pass2026    user with email (or times_user001@example.jp)
      00000001 / times_admin    / Admin#Pass2026    corporate admin
      00000001 / sales_leader   / Leader#Pass2026   group admin of 営業部 (and 営業一課)
      00000001 / sales_first001 / First#Pass2026    user in 営業一課 (法人管理 shows their group's users)
      00000001 / no_email_user  / NoMail#Pass2026   user without email
      00000001 / suspended_user / Suspend#Pass2026  login suspended (ログイン停止)
      00000001 / legacy_user    / Legacy#Pass2026   legacy bcrypt hash, upgraded at first sign-in
      00000002 / times_user001  / Second#Pass2026   same user ID, another corporation
      00000003 / ip_user001     / IpOnly#Pass2026   IP allow-list 203.0.113.0/24, 2001:db8::/32 (refused here)
      00000009 / paused_user    / Paused#Pass2026   suspended corporation
    Operator (法人一覧, individual tab, email / password):
      operator@example.jp / Operator#Pass2026  http://localhost:$PORT/realms/partner-portal/houjin/console/corporations
  Ctrl-C stops the server.

INFO

export KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
# Not exec: when Keycloak stops on its own (a port in use, a provider changed since the build, a bad option) the
# script says so and exits with Keycloak's status. Ctrl-C reaches Keycloak too (same foreground process group); the
# script then ends quietly once Keycloak has stopped.
stopping=""
trap 'stopping=1' INT TERM
status=0
"$KC/bin/kc.sh" start --optimized --http-enabled=true --http-port="$PORT" --hostname-strict=false \
  --import-realm "${RUN_OPTS[@]}" || status=$?
if [ -n "$stopping" ]; then
  echo "==> Keycloak stopped."
  exit 0
fi
if [ "$status" -ne 0 ]; then
  echo "==> Keycloak exited with status $status; its last messages above say why (state: $KC)." >&2
  exit "$status"
fi
