package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The realm REST API ({@code /realms/{realm}/houjin/links}, {@code .../corporation/users}) answers only access tokens
 * meant for it: audience {@code houjin-api}, a person rather than a service account, and a corporate account the
 * directory still lets sign in, read on every call.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class RealmApiTokensIT {

    private static final String REALM = "/realms/partner-portal";
    private static final String AUDIENCE = "houjin-api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String corporateToken(WebDriver browser, AuthorizationCodeClient client, String corporateId,
            String userId, String password) {
        Browser.clearAllCookies(browser);
        CorporateLoginPage.at(browser, client.authorizationUrl()).signIn(corporateId, userId, password);
        return client.awaitAccessToken(browser);
    }

    private static HttpResponse<String> get(KeycloakServer server, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/houjin/" + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> audiences(String token) throws Exception {
        JsonNode aud = claims(token).path("aud");
        return aud.isArray() ? JSON.convertValue(aud, JSON.getTypeFactory().constructCollectionType(List.class,
                String.class)) : aud.isMissingNode() ? List.of() : List.of(aud.asText());
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error").asText();
    }

    private static String clientUuid(AdminApi admin, String clientId) {
        return admin.get(REALM + "/clients?clientId=" + clientId).get(0).get("id").asText();
    }

    private static String createClient(AdminApi admin, Map<String, Object> representation) {
        AdminApi.Response created = admin.send("POST", REALM + "/clients", representation);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return clientUuid(admin, (String) representation.get("clientId"));
    }

    /** What the README tells an admin to do: a client scope {@code houjin-api} with the audience mapper. */
    private static String createAudienceScope(AdminApi admin) {
        AdminApi.Response created = admin.send("POST", REALM + "/client-scopes", Map.of("name", AUDIENCE, "protocol",
                "openid-connect", "attributes", Map.of("include.in.token.scope", "false", "display.on.consent.screen",
                        "false"),
                "protocolMappers", List.of(Map.of("name", "houjin-api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.custom.audience", AUDIENCE,
                                "access.token.claim", "true", "id.token.claim", "false")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return scopeId(admin);
    }

    private static String scopeId(AdminApi admin) {
        for (JsonNode scope : admin.get(REALM + "/client-scopes")) {
            if (AUDIENCE.equals(scope.path("name").asText())) {
                return scope.get("id").asText();
            }
        }
        return null;
    }

    private static void addDefaultScope(AdminApi admin, String clientUuid, String scopeId) {
        AdminApi.Response added = admin.send("PUT", REALM + "/clients/" + clientUuid + "/default-client-scopes/" + scopeId,
                null);
        assertThat(added.status()).as(added.body()).isEqualTo(204);
    }

    private static void cleanUp(AdminApi admin, List<String> clientUuids) {
        clientUuids.forEach(id -> admin.send("DELETE", REALM + "/clients/" + id, null));
        String scope = scopeId(admin);
        if (scope != null) {
            admin.send("DELETE", REALM + "/client-scopes/" + scope, null);
        }
    }

    @Test
    void givenATokenOfThePortalClientThenItCarriesTheAudienceAndTheApiAnswers(WebDriver browser, KeycloakServer server)
            throws Exception {
        assertThat(get(server, "links/individuals", null).statusCode()).isEqualTo(401);
        assertThat(get(server, "links/individuals", "not.a.token").statusCode()).isEqualTo(401);

        String corporate = SignIn.corporateToken(browser, server, "00000001", "times_user001", "Times#Pass2026");
        assertThat(audiences(corporate)).contains(AUDIENCE);
        assertThat(get(server, "links/individuals", corporate).statusCode()).isEqualTo(200);

        String admin = SignIn.corporateToken(browser, server, "00000001", "times_admin", "Admin#Pass2026");
        assertThat(get(server, "corporation/users", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void givenAnotherClientOfTheRealmThenItsTokensAreRefusedUntilAnAdminGivesItTheHoujinApiScope(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String other = createClient(admin, Map.of("clientId", "rest-tokens-other", "publicClient", true,
                "standardFlowEnabled", true, "directAccessGrantsEnabled", false, "redirectUris",
                List.of("http://127.0.0.1:*"), "attributes", Map.of("pkce.code.challenge.method", "S256")));
        try {
            String token = corporateToken(browser, new AuthorizationCodeClient(server, "rest-tokens-other"), "00000001",
                    "times_user001", "Times#Pass2026");
            assertThat(audiences(token)).doesNotContain(AUDIENCE);
            HttpResponse<String> refused = get(server, "links/individuals", token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(error(refused)).isEqualTo("token_not_for_this_api");
            String adminToken = corporateToken(browser, new AuthorizationCodeClient(server, "rest-tokens-other"),
                    "00000001", "times_admin", "Admin#Pass2026");
            assertThat(get(server, "corporation/users", adminToken).statusCode()).isEqualTo(403);

            // Clients → client → Client scopes → Add client scope → houjin-api (Default).
            addDefaultScope(admin, other, createAudienceScope(admin));
            String granted = corporateToken(browser, new AuthorizationCodeClient(server, "rest-tokens-other"),
                    "00000001", "times_user001", "Times#Pass2026");
            assertThat(audiences(granted)).contains(AUDIENCE);
            assertThat(get(server, "links/individuals", granted).statusCode()).isEqualTo(200);
        } finally {
            cleanUp(admin, List.of(other));
        }
    }

    @Test
    void givenAServiceAccountTokenWithTheAudienceThenItIsRefused(KeycloakServer server, AdminApi admin) throws Exception {
        String secret = "rest-tokens-service-" + System.nanoTime();
        String service = createClient(admin, Map.of("clientId", "rest-tokens-service", "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                "secret", secret));
        try {
            addDefaultScope(admin, service, createAudienceScope(admin));
            String form = "grant_type=client_credentials&client_id=rest-tokens-service&client_secret="
                    + URLEncoder.encode(secret, StandardCharsets.UTF_8);
            HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(server.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
            String token = JSON.readTree(issued.body()).get("access_token").asText();
            assertThat(audiences(token)).contains(AUDIENCE);

            for (String path : List.of("links", "links/individuals", "corporation/users")) {
                HttpResponse<String> refused = get(server, path, token);
                assertThat(refused.statusCode()).as(path).isEqualTo(403);
                assertThat(error(refused)).as(path).isEqualTo("service_account_not_allowed");
            }
        } finally {
            cleanUp(admin, List.of(service));
        }
    }

    /**
     * A refusal of a corporate caller the directory no longer lets in: 403 from the API's own check while Keycloak's
     * user cache still holds the account as enabled, 401 where Keycloak itself already re-read it as disabled.
     */
    private static void assertRefusedAsRestricted(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isIn(401, 403);
        if (response.statusCode() == 403) {
            assertThat(error(response)).isEqualTo("access_restricted");
        }
    }

    @Test
    void givenACorporateCallerSuspendedInTheDirectoryThenTheStillValidTokenIsRefusedUntilRestored(WebDriver browser,
            KeycloakServer server) throws Exception {
        String token = acceptedToken(browser, server, "times_user001", "Times#Pass2026", "links/individuals");
        try {
            assertThat(DirectoryDatabase.setUser("00000001", "times_user001", "status", "LOGIN_SUSPENDED")).isEqualTo(1);
            assertRefusedAsRestricted(get(server, "links/individuals", token));
        } finally {
            DirectoryDatabase.setUser("00000001", "times_user001", "status", "ACTIVE");
        }
        assertThat(get(server, "links/individuals", token).statusCode()).isEqualTo(200);

        String corporation = "update corporation set status = ? where corporate_id = '00000001'";
        for (String status : List.of("SUSPENDED", "PENDING")) {
            try {
                assertThat(DirectoryDatabase.update(corporation, status)).isEqualTo(1);
                assertRefusedAsRestricted(get(server, "links/individuals", token));
            } finally {
                DirectoryDatabase.update(corporation, "ACTIVE");
            }
            assertThat(get(server, "links/individuals", token).statusCode()).as("restored after %s", status)
                    .isEqualTo(200);
        }
    }

    @Test
    void givenAnAllowListSetAfterTheSignInThenTheStillValidTokenIsRefusedUntilTheListAdmitsItAgain(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String token = acceptedToken(browser, server, "times_user001", "Times#Pass2026", "links/individuals");
        String list = REALM + "/houjin-corporations/00000001/ip-allow-list";
        try {
            assertThat(admin.send("PUT", list, Map.of("entries", List.of("203.0.113.0/24"))).status()).isEqualTo(200);
            HttpResponse<String> outside = get(server, "links/individuals", token);
            assertThat(outside.statusCode()).isEqualTo(403);
            assertThat(error(outside)).isEqualTo("access_restricted");
        } finally {
            admin.send("PUT", list, Map.of("entries", List.of()));
        }
        assertThat(get(server, "links/individuals", token).statusCode()).isEqualTo(200);
    }

    @Test
    void givenACorporateAdminDemotedInTheDirectoryThenTheMembersApiRefusesTheStillValidToken(WebDriver browser,
            KeycloakServer server) throws Exception {
        String token = acceptedToken(browser, server, "times_admin", "Admin#Pass2026", "corporation/users");
        try {
            assertThat(DirectoryDatabase.setUser("00000001", "times_admin", "role", "USER")).isEqualTo(1);
            HttpResponse<String> refused = get(server, "corporation/users", token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(error(refused)).isEqualTo("not_a_corporate_admin");
        } finally {
            DirectoryDatabase.setUser("00000001", "times_admin", "role", "ADMIN");
        }
        assertThat(get(server, "corporation/users", token).statusCode()).isEqualTo(200);
    }

    /** A corporate account of 00000001 signs in; its token is accepted at {@code path} before the test changes anything. */
    private static String acceptedToken(WebDriver browser, KeycloakServer server, String userId, String password,
            String path) throws Exception {
        String token = SignIn.corporateToken(browser, server, "00000001", userId, password);
        assertThat(get(server, path, token).statusCode()).isEqualTo(200);
        return token;
    }
}
