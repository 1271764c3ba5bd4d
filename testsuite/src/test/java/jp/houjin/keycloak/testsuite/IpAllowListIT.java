package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.bruteForceStatus;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.lastLoginError;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.setRealmAttribute;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.IpDeniedPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.server.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Per-corporation IP allow-lists through the real server. The demo corporation 00000003 allows only 203.0.113.0/24
 * and 2001:db8::/32; the browser connects from IPv6 loopback, curl from 127.0.0.1 unless told otherwise; 127.0.0.2
 * is the trusted reverse proxy.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class IpAllowListIT {

    private static final String LIST = REALM + "/houjin-corporations/%s/ip-allow-list";
    private static final String DENIED = "お客様がアクセスしているIPアドレスではログインできません。対応については担当窓口にお問い合わせください。";

    private static final String HELP_URL = "houjinLoginHelpUrl";

    private static void setList(AdminApi admin, String corporateId, List<String> entries) {
        AdminApi.Response r = admin.send("PUT", LIST.formatted(corporateId), Map.of("entries", entries));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void givenALoopbackClientThenTheRestrictedCorporationIsRefusedBeforeAnyPasswordIsChecked(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String previousHelp = setRealmAttribute(admin, HELP_URL, "https://help.example.jp/login?from=ip");
        IpDeniedPage denied;
        try {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signIn("00000003", "ip_user001", "Wrong#Pass2026");
            denied = new IpDeniedPage(browser);
        } finally {
            setRealmAttribute(admin, HELP_URL, previousHelp);
        }
        assertThat(denied.title()).isEqualTo("アクセス制限エラー");
        assertThat(denied.message()).isEqualTo(DENIED);
        assertThat(denied.source()).doesNotContain("203.0.113");
        // Seed 002's 「ログインに関する不明点はこちら」, to the realm's help page.
        assertThat(denied.text("houjin-login-help")).isEqualTo("ログインに関する不明点はこちら");
        assertThat(denied.attribute("houjin-login-help", "href")).isEqualTo("https://help.example.jp/login?from=ip");

        JsonNode event = lastLoginError(admin, "00000003:ip_user001");
        assertThat(event.get("error").asText()).isEqualTo("ip_not_allowed");
        assertThat(event.path("details").path("corporate_id").asText()).isEqualTo("00000003");
        // Chromium reaches "localhost" over IPv6 loopback when the server listens dual-stack, as here.
        assertThat(event.path("details").path("client_address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        String id = userId(admin, "00000003:ip_user001");
        assertThat(bruteForceStatus(admin, id).get("numFailures").asInt())
                .as("the wrong password was never checked").isZero();
    }

    @Test
    void givenAForgedForwardedForFromAnUntrustedPeerThenNothingChanges(KeycloakServer server, AdminApi admin)
            throws Exception {
        // A help URL that is not an http(s) address is left out rather than linked.
        String previousHelp = setRealmAttribute(admin, HELP_URL, "javascript:alert(1)");
        CurlLogin.Result r;
        try {
            r = CurlLogin.signIn(server, null, "203.0.113.9", "00000003", "ip_user001", "IpOnly#Pass2026");
        } finally {
            setRealmAttribute(admin, HELP_URL, previousHelp);
        }
        assertThat(CurlLogin.redirectedWithCode(r)).isFalse();
        assertThat(r.body()).contains(DENIED).doesNotContain("houjin-login-help", "javascript:");
    }

    /**
     * Forwarded addresses from private ranges: the realm requires TLS for external addresses, and this test talks
     * plain HTTP (only header values change; all traffic stays on loopback).
     */
    @Test
    void givenTheTrustedProxyThenItsForwardedAddressIsTheClientAddress(KeycloakServer server, AdminApi admin)
            throws Exception {
        try {
            setList(admin, "00000003", List.of("203.0.113.0/24", "10.20.0.0/16", "fec0::/16"));
            CurlLogin.Result inside = CurlLogin.signIn(server, ServerOptions.TRUSTED_PROXY, "10.20.30.40", "00000003",
                    "ip_user001", "IpOnly#Pass2026");
            assertThat(CurlLogin.redirectedWithCode(inside)).as(inside.body()).isTrue();
            CurlLogin.Result v6 = CurlLogin.signIn(server, ServerOptions.TRUSTED_PROXY, "fec0::42", "00000003",
                    "ip_user001", "IpOnly#Pass2026");
            assertThat(CurlLogin.redirectedWithCode(v6)).as(v6.body()).isTrue();
            CurlLogin.Result outside = CurlLogin.signIn(server, ServerOptions.TRUSTED_PROXY, "10.99.0.1", "00000003",
                    "ip_user001", "IpOnly#Pass2026");
            assertThat(outside.body()).contains(DENIED);
            // The same header from an untrusted peer (127.0.0.1) changes nothing: the peer address is used.
            CurlLogin.Result forged = CurlLogin.signIn(server, null, "10.20.30.40", "00000003", "ip_user001",
                    "IpOnly#Pass2026");
            assertThat(forged.body()).contains(DENIED);
        } finally {
            setList(admin, "00000003", List.of("203.0.113.0/24", "2001:db8::/32"));
        }
    }

    /**
     * A proxy that appends (nginx's $proxy_add_x_forwarded_for) forwards "client-chosen, real" when the client sent
     * its own header. The chosen address lies in the list, the real one does not: refused, with its own event detail.
     */
    @Test
    void givenTheTrustedProxyForwardsAChainThatTheClientStartedThenTheAddressIsNotTrusted(KeycloakServer server,
            AdminApi admin) throws Exception {
        try {
            setList(admin, "00000003", List.of("203.0.113.0/24", "10.20.0.0/16"));
            CurlLogin.Result chained = CurlLogin.signIn(server, ServerOptions.TRUSTED_PROXY, "10.20.30.40, 10.99.0.1",
                    "00000003", "ip_user001", "IpOnly#Pass2026");
            assertThat(CurlLogin.redirectedWithCode(chained)).isFalse();
            assertThat(chained.body()).contains(DENIED);
            assertThat(admin.get("/realms/partner-portal/events?type=LOGIN_ERROR&max=20").findValuesAsText("ip_check"))
                    .contains("untrusted_forwarded_chain");
            // The same address alone (a proxy that overwrites the header) is the client address and signs in.
            CurlLogin.Result single = CurlLogin.signIn(server, ServerOptions.TRUSTED_PROXY, "10.20.30.40", "00000003",
                    "ip_user001", "IpOnly#Pass2026");
            assertThat(CurlLogin.redirectedWithCode(single)).as(single.body()).isTrue();
        } finally {
            setList(admin, "00000003", List.of("203.0.113.0/24", "2001:db8::/32"));
        }
    }

    @Test
    void givenIpv6LoopbackThenAnIpv6ListDecides(KeycloakServer server, AdminApi admin) throws Exception {
        String ipv6RealmUrl = server.realmUrl().replace("localhost", "[::1]");
        try {
            setList(admin, "00000002", List.of("::1/128"));
            CurlLogin.Result v6 = CurlLogin.signIn(ipv6RealmUrl, null, null, "00000002", "times_user001", "Second#Pass2026");
            assertThat(CurlLogin.redirectedWithCode(v6)).as(v6.body()).isTrue();
            CurlLogin.Result v4 = CurlLogin.signIn(server, null, null, "00000002", "times_user001", "Second#Pass2026");
            assertThat(v4.body()).contains(DENIED);
        } finally {
            setList(admin, "00000002", List.of());
        }
    }

    @Test
    void givenAnSsoCookieThenReEntryFromADeniedAddressIsRefused(WebDriver browser, KeycloakServer server, AdminApi admin) {
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000002", "times_user001", "Second#Pass2026");
            assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000002:times_user001");

            setList(admin, "00000002", List.of("203.0.113.0/24"));
            browser.get(new AuthorizationCodeClient(server).authorizationUrl());
            assertThat(new IpDeniedPage(browser).message()).isEqualTo(DENIED);
        } finally {
            setList(admin, "00000002", List.of());
        }
    }

    @Test
    void givenDryRunModeThenADeniedAddressSignsInAndIsLogged(WebDriver browser, KeycloakServer server, AdminApi admin)
            throws Exception {
        ObjectNode config = ipConfig(admin);
        try {
            putIpOption(admin, config, "houjin.ip.mode", "dry-run");
            signInFromOutsideTheList(browser, server);
            Path log = server.logFile().orElseThrow();
            assertThat(Files.readString(log)).contains("IP allow-list dry run: corporation 00000003 would refuse client ");
        } finally {
            putIpOption(admin, config, "houjin.ip.mode", "enforce");
        }
    }

    @Test
    void givenTheRealmWideAlwaysAllowedRangeThenItPassesEveryList(WebDriver browser, KeycloakServer server,
            AdminApi admin) {
        ObjectNode config = ipConfig(admin);
        try {
            putIpOption(admin, config, "houjin.ip.alwaysAllowed", "192.0.2.0/24##127.0.0.1/32##::1/128");
            signInFromOutsideTheList(browser, server);
        } finally {
            putIpOption(admin, config, "houjin.ip.alwaysAllowed", "");
        }
    }

    @Test
    void givenTheAdminApiThenEntriesAreValidatedAllOrNothingAndAudited(AdminApi admin) {
        JsonNode before = admin.get(LIST.formatted("00000003"));
        assertThat(before.get("entries")).extracting(JsonNode::asText).containsExactly("203.0.113.0/24", "2001:db8::/32");

        AdminApi.Response bad = admin.send("PUT", LIST.formatted("00000003"),
                Map.of("entries", List.of("198.51.100.0/24", "10.0.0.0/33", "fe80::1%eth0", "example.jp")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("invalid")).extracting(e -> e.get("entry").asText())
                .containsExactly("10.0.0.0/33", "fe80::1%eth0", "example.jp");
        assertThat(admin.get(LIST.formatted("00000003")).get("entries")).isEqualTo(before.get("entries"));

        try {
            AdminApi.Response ok = admin.send("PUT", LIST.formatted("00000003"),
                    Map.of("entries", List.of(" 203.0.113.0/24 ", "::ffff:198.51.100.1", "2001:db8::/32")));
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            assertThat(ok.json().get("entries")).extracting(JsonNode::asText)
                    .containsExactly("203.0.113.0/24", "198.51.100.1", "2001:db8::/32");
            JsonNode events = admin.get(REALM + "/admin-events?max=50");
            assertThat(StreamSupport.stream(events.spliterator(), false))
                    .anySatisfy(e -> {
                        assertThat(e.get("resourceType").asText()).isEqualTo("HOUJIN_IP_ALLOW_LIST");
                        assertThat(e.get("operationType").asText()).isEqualTo("UPDATE");
                        assertThat(e.get("resourcePath").asText()).contains("00000003");
                    });
            assertThat(admin.send("GET", LIST.formatted("99999999"), null).status()).isEqualTo(404);
        } finally {
            setList(admin, "00000003", List.of("203.0.113.0/24", "2001:db8::/32"));
        }
    }

    @Test
    void givenAUserWithoutRealmManagementRolesThenTheApiRefuses(KeycloakServer server, AdminApi admin) throws Exception {
        admin.send("POST", REALM + "/users", Map.of("username", "no-admin-rights", "enabled", true, "email",
                "no-admin-rights@example.jp", "firstName", "権限", "lastName", "なし", "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", "NoRight#Pass2026", "temporary", false))));
        // No client of the realm offers the password grant (issue 16): this test gives one client it, for this user.
        assertThat(admin.send("POST", REALM + "/clients", Map.of("clientId", "no-rights-ropc", "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false)).status()).isEqualTo(201);
        String clientUuid = admin.get(REALM + "/clients?clientId=no-rights-ropc").get(0).get("id").asText();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(server.realmUrl()
                            + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=no-rights-ropc"
                            + "&username=no-admin-rights&password=NoRight%23Pass2026")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            String accessToken = new ObjectMapper().readTree(token.body()).get("access_token").asText();
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin"
                    + LIST.formatted("00000003"))).header("Authorization", "Bearer " + accessToken).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(403);
        } finally {
            admin.send("DELETE", REALM + "/clients/" + clientUuid, null);
        }
    }

    /** Sets one option of the realm's allow-list settings (realm-config's authenticator config). */
    private static void putIpOption(AdminApi admin, ObjectNode config, String option, String value) {
        ((ObjectNode) config.get("config")).put(option, value);
        assertThat(admin.send("PUT", REALM + "/authentication/config/" + config.get("id").asText(), config).status())
                .isEqualTo(204);
    }

    /** 00000003's user, whose list admits none of the test's addresses, still signs in. */
    private static void signInFromOutsideTheList(WebDriver browser, KeycloakServer server) {
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000003", "ip_user001", "IpOnly#Pass2026");
        assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                .isEqualTo("00000003:ip_user001");
    }

    private static ObjectNode ipConfig(AdminApi admin) {
        JsonNode executions = admin.get(REALM + "/authentication/flows/houjin%20browser/executions");
        String configId = StreamSupport.stream(executions.spliterator(), false)
                .filter(e -> "houjin-ip-allow-list".equals(e.path("providerId").asText()))
                .map(e -> e.get("authenticationConfig").asText()).findFirst().orElseThrow();
        return (ObjectNode) admin.get(REALM + "/authentication/config/" + configId);
    }
}
