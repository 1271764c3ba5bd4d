#!/usr/bin/env python3
"""Answer times of the partner-portal sign-in form, through the real form (bench/signin-timing.sh runs it).

Series: unknown account, wrong password, locked account on both tabs; a successful corporate sign-in; the pages that
mail (known vs unknown input, alternately). Each line is a
Markdown table row: median and range in milliseconds of the form POST, and the messages seen. Reports, asserts nothing.
"""
import html, re, statistics, sys, time, urllib.parse, urllib.request, http.cookiejar

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 15
REALM = BASE + "/realms/partner-portal"
AUTH = (REALM + "/protocol/openid-connect/auth?client_id=partner-portal-web&response_type=code&scope=openid"
        "&redirect_uri=" + urllib.parse.quote("http://127.0.0.1:9/cb") + "&code_challenge=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"
        "&code_challenge_method=S256&state=s")

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None

def attempt(fields):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(AUTH).read().decode()
    for cookie in jar:
        cookie.secure = False  # Keycloak marks them Secure; the demo is plain http on localhost, as curl allows.
    action = html.unescape(re.search(r'id="kc-form-login"[^>]*?action="([^"]+)"', page).group(1))
    data = urllib.parse.urlencode(fields).encode()
    start = time.perf_counter()
    try:
        body = opener.open(action, data).read().decode()
    except urllib.error.HTTPError as e:
        body = e.read().decode()
    elapsed = (time.perf_counter() - start) * 1000
    msg = re.search(r'kc-feedback-text">([^<]*)<', body)
    return elapsed, (msg.group(1).strip() if msg else "?")

def corp(cid, login, pw):
    return {"tab": "corporate", "corporateId": cid, "loginId": login, "password": pw}

def indiv(email, pw):
    return {"tab": "individual", "email": email, "password": pw}

def paired(name, known_fn, unknown_fn, pace=0.2):
    """Known and unknown input alternately, so load on the machine touches both alike."""
    known, unknown, msgs = [], [], set()
    for i in range(N):
        t, m = attempt(known_fn(i)); known.append(t); msgs.add(m)
        t, m = attempt(unknown_fn(i)); unknown.append(t); msgs.add(m)
        time.sleep(pace)
    for label, times in (("known", known), ("unknown", unknown)):
        print(f"| {name}: {label} | {statistics.median(times):.0f} | {min(times):.0f}–{max(times):.0f} | {' / '.join(sorted(msgs))} |", flush=True)

def series(name, fields_fn, pace=1.2):
    times, msgs = [], set()
    for i in range(N):
        t, m = attempt(fields_fn(i))
        times.append(t); msgs.add(m)
        time.sleep(pace)
    print(f"| {name} | {statistics.median(times):.0f} | {min(times):.0f}–{max(times):.0f} | {' / '.join(sorted(msgs))} |", flush=True)

print("| case | median ms | range ms | message |")
print("| --- | --- | --- | --- |")
which = sys.argv[3] if len(sys.argv) > 3 else "unlocked"
if which == "unlocked":
    series("corporate: unknown user", lambda i: corp("00000001", f"nobody_{i}", "Wrong#Pass2026"), 0.1)
    series("corporate: wrong password", lambda i: corp("00000002", "times_user001", f"Wrong#Pass{i:02d}26"))
    series("individual: unknown email", lambda i: indiv(f"nobody{i}@example.com", "Wrong#Pass2026"), 0.1)
    series("individual: corporate account's email", lambda i: indiv("times_user001@example.jp", "Wrong#Pass2026"), 0.1)
    series("individual: wrong password", lambda i: indiv(sys.argv[4], f"Wrong#Pass{i:02d}26"))
if which == "mail":
    # Pages that mail a known account and answer the same for an unknown one (after the realm's answer floor).
    paired("パスワードを忘れた方 (corporate)",
           lambda i: {"houjinForgot": "1", "corporateId": "00000001", "loginId": "times_user001"},
           lambda i: {"houjinForgot": "1", "corporateId": "00000001", "loginId": f"nobody_{i}"})
    paired("管理者の方 (admin recovery mail)",
           lambda i: {"houjinVerify": "adminReset", "corporateId": "00000001", "loginId": "times_admin"},
           lambda i: {"houjinVerify": "adminReset", "corporateId": "00000001", "loginId": f"nobody_{i}"})
    signup = lambda email: {"houjinCorporateSignup": "1", "corporationName": "計測株式会社", "lastName": "計測",
                            "firstName": "太郎", "kanaLastName": "ケイソク", "kanaFirstName": "タロウ", "email": email,
                            "password": "Bench#Pass2026x", "password-confirm": "Bench#Pass2026x", "acceptTerms": "on"}
    paired("新規登録（法人） (address of a corporate account / new address)",
           lambda i: signup("times_admin@example.jp"), lambda i: signup(f"bench-{time.time_ns()}@example.com"))
if which == "success":
    series("corporate: right password, signed in (cache " + sys.argv[4] + ")", lambda i: corp("00000001", "times_user001", "Times#Pass2026"), 0.1)
if which == "locked":
    series("corporate: locked (after 15 failures), right password", lambda i: corp("00000002", "times_user001", "Second#Pass2026"), 0.1)
    series("individual: locked (after 15 failures), right password", lambda i: indiv(sys.argv[4], sys.argv[5]), 0.1)
