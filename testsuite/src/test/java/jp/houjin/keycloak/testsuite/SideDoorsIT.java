package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.bruteForceStatus;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.releaseLock;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.ResetCredentialsPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Issue 16, "one door": every way into a corporate account other than the corporate form — Keycloak's password
 * grant (through any client, and through Keycloak's stock direct-grant flow), its reset-credentials flow, refresh
 * tokens after the directory changed underneath — is closed or governed by the same rules. All from 127.0.0.1,
 * which is outside corporation 00000003's allow-list.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class SideDoorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSED = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}";

    private static TestMailbox mailbox;

    private static HttpResponse<String> passwordGrant(KeycloakServer server, String clientId, String username,
            String password) throws Exception {
        String form = "grant_type=password&scope=openid&client_id=" + enc(clientId) + "&username=" + enc(username)
                + "&password=" + enc(password);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.realmUrl()
                + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A public client with the password grant switched on, optionally bound to another direct-grant flow. */
    private static String passwordGrantClient(AdminApi admin, String clientId, String directGrantFlowId) {
        Map<String, Object> client = new java.util.HashMap<>(Map.of("clientId", clientId, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false));
        if (directGrantFlowId != null) {
            client.put("authenticationFlowBindingOverrides", Map.of("direct_grant", directGrantFlowId));
        }
        AdminApi.Response created = admin.send("POST", REALM + "/clients", client);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin.get(REALM + "/clients?clientId=" + clientId).get(0).get("id").asText();
    }

    private static int failures(AdminApi admin, String username) {
        return bruteForceStatus(admin, userId(admin, username)).get("numFailures").asInt();
    }

    private static List<String> eventErrors(AdminApi admin, String type) {
        JsonNode events = admin.get(REALM + "/events?type=" + type + "&max=100");
        return StreamSupport.stream(events.spliterator(), false).map(e -> e.path("error").asText()).toList();
    }

    @Nested
    class GivenThePasswordGrant {

        @Test
        void thenNoClientOfTheRealmOffersItNorTokenExchange(AdminApi admin) {
            JsonNode clients = admin.get(REALM + "/clients?max=1000");
            assertThat(clients).isNotEmpty();
            for (JsonNode client : clients) {
                assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asText())
                        .isFalse();
                assertThat(client.path("attributes").path("standard.token.exchange.enabled").asText())
                        .as(client.path("clientId").asText()).isNotEqualTo("true");
            }
            JsonNode realm = admin.get(REALM);
            assertThat(realm.get("directGrantFlow").asText()).isEqualTo("houjin direct grant");
            assertThat(realm.get("resetCredentialsFlow").asText()).isEqualTo("houjin reset credentials");
        }

        @Test
        void thenAdminCliOfTheRealmRefusesIt(KeycloakServer server) throws Exception {
            HttpResponse<String> response = passwordGrant(server, "admin-cli", "00000003:ip_user001", "IpOnly#Pass2026");
            assertThat(response.statusCode()).isIn(400, 401);
            assertThat(response.body()).contains("unauthorized_client").doesNotContain("access_token");
        }

        @Test
        void thenAClientThatSwitchesItOnGetsNoTokenForACorporateAccountButDoesForAnIndividual(KeycloakServer server,
                AdminApi admin) throws Exception {
            String clientUuid = passwordGrantClient(admin, "door-ropc", null);
            String individual = admin.createIndividual("door-indiv-1", "扉", "Indiv#Pass2026");
            try {
                // Right passwords of corporate accounts, by username and by email, inside and outside an allow-list,
                // answer exactly as an unknown user does.
                assertThat(passwordGrant(server, "door-ropc", "00000001:times_user001", "Times#Pass2026").body())
                        .isEqualTo(REFUSED);
                assertThat(passwordGrant(server, "door-ropc", "times_user001@example.jp", "Times#Pass2026").body())
                        .isEqualTo(REFUSED);
                HttpResponse<String> outside = passwordGrant(server, "door-ropc", "00000003:ip_user001", "IpOnly#Pass2026");
                assertThat(outside.statusCode()).isEqualTo(400);
                assertThat(outside.body()).isEqualTo(REFUSED);
                assertThat(passwordGrant(server, "door-ropc", "00000001:nobody_here", "Times#Pass2026").body())
                        .isEqualTo(REFUSED);
                assertThat(eventErrors(admin, "LOGIN_ERROR")).contains("corporate_account_direct_grant");

                // Guesses through this door never lock the real user out.
                int before = failures(admin, "00000001:times_user001");
                for (int i = 0; i < 3; i++) {
                    assertThat(passwordGrant(server, "door-ropc", "00000001:times_user001", "Wrong#Pass" + i + "26").body())
                            .isEqualTo(REFUSED);
                }
                assertThat(failures(admin, "00000001:times_user001")).isEqualTo(before);

                HttpResponse<String> granted = passwordGrant(server, "door-ropc", "door-indiv-1", "Indiv#Pass2026");
                assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
                assertThat(JSON.readTree(granted.body()).path("access_token").asText()).isNotBlank();
            } finally {
                admin.send("DELETE", REALM + "/clients/" + clientUuid, null);
                deleteUser(admin, individual);
            }
        }

        @Test
        void thenAClientBoundToKeycloaksStockDirectGrantFlowGetsNoTokenForACorporateAccountEither(KeycloakServer server,
                AdminApi admin) throws Exception {
            String stockFlow = StreamSupport.stream(admin.get(REALM + "/authentication/flows").spliterator(), false)
                    .filter(f -> "direct grant".equals(f.path("alias").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("Keycloak's built-in 'direct grant' flow is missing"))
                    .get("id").asText();
            String clientUuid = passwordGrantClient(admin, "door-ropc-stock", stockFlow);
            String individual = admin.createIndividual("door-indiv-2", "扉", "Indiv#Pass2026");
            try {
                // The federation never accepts a directory password for Keycloak's own checks.
                HttpResponse<String> corporate = passwordGrant(server, "door-ropc-stock", "00000003:ip_user001",
                        "IpOnly#Pass2026");
                assertThat(corporate.statusCode()).isIn(400, 401);
                assertThat(corporate.body()).contains("invalid_grant").doesNotContain("access_token");
                HttpResponse<String> granted = passwordGrant(server, "door-ropc-stock", "door-indiv-2", "Indiv#Pass2026");
                assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            } finally {
                admin.send("DELETE", REALM + "/clients/" + clientUuid, null);
                deleteUser(admin, individual);
                String id = userId(admin, "00000003:ip_user001");
                releaseLock(admin, id);
            }
        }
    }

    @Nested
    class GivenParallelGuesses {

        /**
         * Twelve wrong passwords for one account from one address, submitted at once: the address lock's slots are
         * taken atomically before any password is checked, so at most five are checked; the rest are refused as
         * locked without a check.
         */
        @Test
        void thenAtMostFivePasswordsOfOneAccountAreCheckedFromOneAddress(AdminApi admin, KeycloakServer server)
                throws Exception {
            AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username", "00000002:parallel_user",
                    "enabled", true));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = userId(admin, "00000002:parallel_user");
            assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password", Map.of("type", "password", "value",
                    "Parallel#Pass2026", "temporary", false)).status()).isEqualTo(204);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            try {
                List<CurlLogin.Prepared> prepared = new java.util.ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    prepared.add(CurlLogin.prepare(server, "00000002", "parallel_user", "Wrong#Pass" + i + "026"));
                }
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<CurlLogin.Result>> results = new java.util.ArrayList<>();
                for (CurlLogin.Prepared p : prepared) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return p.submit();
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<CurlLogin.Result> r : results) {
                    assertThat(CurlLogin.redirectedWithCode(r.get(2, java.util.concurrent.TimeUnit.MINUTES))).isFalse();
                }
                List<JsonNode> events = StreamSupport.stream(admin.get(REALM + "/events?type=LOGIN_ERROR&max=200")
                        .spliterator(), false).filter(e -> "00000002:parallel_user".equals(e.path("details").path("username")
                                .asText())).toList();
                assertThat(events).hasSize(12);
                assertThat(events.stream().filter(e -> "invalid_user_credentials".equals(e.path("error").asText())).count())
                        .as("passwords checked").isLessThanOrEqualTo(5);
            } finally {
                pool.shutdownNow();
                deleteUser(admin, id);
            }
        }
    }

    @Nested
    class GivenKeycloaksResetCredentialsFlow {

        private String requestReset(WebDriver browser, KeycloakServer server, String username) {
            Browser.clearAllCookies(browser);
            browser.get(server.realmUrl() + "/login-actions/reset-credentials?client_id=partner-portal-web");
            ResetCredentialsPage page = new ResetCredentialsPage(browser);
            page.request(username);
            return page.bodyText();
        }

        @Test
        void thenACorporateAccountGetsTheUsualAnswerButNoMailWhileAnIndividualGetsTheMail(WebDriver browser,
                KeycloakServer server, AdminApi admin) {
            String individual = admin.createIndividual("door-indiv-3", "扉", "Indiv#Pass2026");
            try {
                int before = mailbox.countTo("times_user001@example.jp");
                String corporate = requestReset(browser, server, "times_user001@example.jp");
                String byUsername = requestReset(browser, server, "00000001:times_user001");
                String unknown = requestReset(browser, server, "nobody-door@example.com");
                String person = requestReset(browser, server, "door-indiv-3@example.com");

                assertThat(mailbox.awaitMailTo("door-indiv-3@example.com")).isNotNull();
                assertThat(mailbox.countTo("times_user001@example.jp")).isEqualTo(before);
                // One answer for all four: nobody learns which addresses have accounts, or which are corporate.
                assertThat(List.of(corporate, byUsername, person)).allSatisfy(page -> assertThat(page).isEqualTo(unknown));
                assertThat(eventErrors(admin, "RESET_PASSWORD_ERROR")).contains("corporate_account_reset_credentials");
            } finally {
                deleteUser(admin, individual);
            }
        }
    }

    @Nested
    class GivenChangesWrittenToTheDirectoryByAnotherSystem {

        private JsonNode signIn(WebDriver browser, KeycloakServer server, AuthorizationCodeClient client, String corporateId,
                String userId, String password) {
            Browser.clearAllCookies(browser);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn(corporateId, userId, password);
            return client.awaitTokens(browser);
        }

        @Test
        void thenASuspendedUserOrCorporationOrAnAddressOffTheListCannotRefreshAndTheConsoleShowsTheNewEmailAtOnce(WebDriver browser,
                KeycloakServer server, AdminApi admin) throws Exception {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            JsonNode tokens = signIn(browser, server, client, "00000001", "times_user001", "Times#Pass2026");
            HttpResponse<String> refreshed = client.refresh(tokens.get("refresh_token").asText());
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            try {
                assertThat(DirectoryDatabase.setUser("00000001", "times_user001", "status", "LOGIN_SUSPENDED")).isEqualTo(1);
                HttpResponse<String> suspended = client.refresh(JSON.readTree(refreshed.body()).get("refresh_token").asText());
                assertThat(suspended.statusCode()).isEqualTo(400);
                assertThat(suspended.body()).contains("invalid_grant").doesNotContain("access_token");
            } finally {
                DirectoryDatabase.setUser("00000001", "times_user001", "status", "ACTIVE");
            }

            JsonNode second = signIn(browser, server, client, "00000002", "times_user001", "Second#Pass2026");
            try {
                assertThat(DirectoryDatabase.update("update corporation set status = 'SUSPENDED' where corporate_id = ?",
                        "00000002")).isEqualTo(1);
                HttpResponse<String> suspended = client.refresh(second.get("refresh_token").asText());
                assertThat(suspended.statusCode()).isEqualTo(400);
                assertThat(suspended.body()).contains("invalid_grant").doesNotContain("access_token");
            } finally {
                DirectoryDatabase.update("update corporation set status = 'ACTIVE' where corporate_id = ?", "00000002");
            }

            // An allow-list set after the sign-in governs the next refresh (the session signed in from loopback).
            JsonNode third = signIn(browser, server, client, "00000001", "times_user001", "Times#Pass2026");
            try {
                assertThat(admin.send("PUT", "/realms/partner-portal/houjin-corporations/00000001/ip-allow-list",
                        Map.of("entries", List.of("203.0.113.0/24"))).status()).isEqualTo(200);
                HttpResponse<String> outside = client.refresh(third.get("refresh_token").asText());
                assertThat(outside.statusCode()).isEqualTo(400);
                assertThat(outside.body()).contains("invalid_grant").doesNotContain("access_token");
            } finally {
                admin.send("PUT", "/realms/partner-portal/houjin-corporations/00000001/ip-allow-list",
                        Map.of("entries", List.of()));
            }

            String id = userId(admin, "00000001:no_email_user");
            try {
                assertThat(DirectoryDatabase.update("update corporate_user set email = ?, email_key = ? where user_id_key = ?",
                        "Door.Changed@example.jp", "door.changed@example.jp", "no_email_user")).isEqualTo(1);
                assertThat(admin.get(REALM + "/users/" + id).path("email").asText()).isEqualToIgnoringCase("door.changed@example.jp");
            } finally {
                DirectoryDatabase.update("update corporate_user set email = null, email_key = null where user_id_key = ?",
                        "no_email_user");
            }
            assertThat(admin.get(REALM + "/users/" + id).path("email").asText()).isEmpty();
        }
    }
}
