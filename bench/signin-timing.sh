#!/usr/bin/env bash
# Answer times of the sign-in form on a running demo (./dist/demo.sh; another base URL as $1): unknown account, wrong
# password and locked account on both tabs (median of 15 each), then a successful corporate sign-in with the
# federation's user cache off (as shipped) and on, then the pages that mail (known vs unknown input, alternately). It reports and asserts nothing. It changes realm settings while it
# runs (address-lock threshold, cache policy) and puts them back; run it on a demo, not on a production realm.
set -euo pipefail
TMP="$(mktemp)"; trap 'rm -f "$TMP"' EXIT
BASE="${1:-http://localhost:8080}"
TIMING="$(dirname "$0")/signin-timing.py"
A="$BASE/admin/realms/partner-portal"
# A fresh admin token before each group of admin calls (they live 60 s; the series take minutes).
admin_token() {
  TOKEN=$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$BASE/realms/master/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
  H=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")
}
admin_token
curl -s -o /dev/null "${H[@]}" -X POST "$A/users" -d '{"username":"timing-indiv","email":"timing-indiv@example.com",
  "firstName":"個人","lastName":"計測","enabled":true,"emailVerified":true,
  "credentials":[{"type":"password","value":"Indiv#Pass2026","temporary":false}]}'
# Realm attributes are replaced as a whole by PUT: read them, change some, write them all back.
set_attrs() {
  admin_token
  curl -s "${H[@]}" "$A" | python3 -c "import sys,json;r=json.load(sys.stdin);a=r.get('attributes',{});a.update(json.loads(sys.argv[1]));print(json.dumps({'attributes':a}))" "{$1}" > "$TMP"
  curl -s -o /dev/null "${H[@]}" -X PUT "$A" -d @"$TMP"
}
set_lock() { set_attrs "\"houjinAddressLockFailures\":\"$1\""; }
# 15 wrong passwords per account stay below a raised address lock; the account-wide lock (15) then locks both accounts.
set_lock 1000
python3 "$TIMING" "$BASE" 15 unlocked timing-indiv@example.com
set_lock 5
python3 "$TIMING" "$BASE" 15 locked timing-indiv@example.com Indiv#Pass2026
admin_token
COMP=$(curl -s "${H[@]}" "$A/components?type=org.keycloak.storage.UserStorageProvider" | python3 -c 'import sys,json;print(json.dumps(json.load(sys.stdin)[0]))')
COMP_ID=$(echo "$COMP" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
set_cache() {
  admin_token
  echo "$COMP" | python3 -c "import sys,json;c=json.load(sys.stdin);c['config']['cachePolicy']=['$1'];print(json.dumps(c))" > "$TMP"
  curl -s -o /dev/null "${H[@]}" -X PUT "$A/components/$COMP_ID" -d @"$TMP"
}
python3 "$TIMING" "$BASE" 30 success NO_CACHE
set_cache DEFAULT
python3 "$TIMING" "$BASE" 30 success DEFAULT
set_cache NO_CACHE
# Pages that mail: a local SMTP sink receives the mails (the demo realm has no mail server: every send would fail
# fast), and the sign-up limits are raised for the run (15 sign-ups of one address); both are put back.
python3 -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:2525 > /dev/null 2>&1 &
SINK=$!
trap 'rm -f "$TMP"; kill $SINK 2>/dev/null || true' EXIT
admin_token
curl -s -o /dev/null "${H[@]}" -X PUT "$A" -d '{"smtpServer":{"host":"127.0.0.1","port":"2525","from":"noreply@partner-portal.example.jp"}}'
set_attrs '"houjinSignupsPerEmail":"1000","houjinSignupsPerClientAddress":"1000"'
python3 "$TIMING" "$BASE" 15 mail
set_attrs '"houjinSignupsPerEmail":"3","houjinSignupsPerClientAddress":"20"'
admin_token
curl -s -o /dev/null "${H[@]}" -X PUT "$A" -d '{"smtpServer":{}}'
