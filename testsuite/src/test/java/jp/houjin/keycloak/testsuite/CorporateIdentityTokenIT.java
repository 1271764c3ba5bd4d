package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
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
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.RealmAdmin;
import jp.houjin.keycloak.testsuite.support.TestCorporation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The corporate identity in tokens (mapper {@code houjin-corporate-identity} in realm-config's default client scope
 * {@code houjin-corporation}): a corporate user's ID token, access token, userinfo and introspection carry
 * {@code houjin} with 法人ID, 法人名, user ID, role and group, read from the directory; an individual's carry nothing.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class CorporateIdentityTokenIT {

    private static final String PASSWORD = "Token#Pass2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestCorporation corporation;

    @BeforeAll
    static void corporation(AdminApi admin) throws Exception {
        corporation = TestCorporation.create(admin, "トークン検証株式会社");
        corporation.addUser("t_admin", null, "管理", "一郎", "admin", PASSWORD);
        corporation.putInGroup("t_admin", corporation.addGroup("営業部", corporation.mainGroup()));
    }

    @AfterAll
    static void removeCorporation() throws Exception {
        corporation.close();
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode userinfo(KeycloakServer server, String accessToken) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.realmUrl()
                + "/protocol/openid-connect/userinfo")).header("Authorization", "Bearer " + accessToken).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode tokens(WebDriver browser, KeycloakServer server, java.util.function.Consumer<CorporateLoginPage> form) {
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        form.accept(CorporateLoginPage.at(browser, client.authorizationUrl()));
        return client.awaitTokens(browser);
    }

    @Test
    void givenACorporateUserThenEveryTokenAndUserinfoCarryTheCorporateIdentity(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        JsonNode tokens = tokens(browser, server, page -> page.signIn(corporation.id(), "t_admin", PASSWORD));
        JsonNode expected = JSON.readTree(JSON.writeValueAsString(Map.of("corporate_id", corporation.id(),
                "corporation_name", "トークン検証株式会社", "user_id", "t_admin", "role", "admin", "group", "営業部")));
        String accessToken = tokens.get("access_token").asText();
        assertThat(payload(accessToken).get("houjin")).isEqualTo(expected);
        assertThat(payload(tokens.get("id_token").asText()).get("houjin")).isEqualTo(expected);
        assertThat(payload(accessToken).get("scope").asText()).contains("houjin-corporation");
        assertThat(userinfo(server, accessToken).get("houjin")).isEqualTo(expected);

        // Introspection, by a confidential client in the token's audience (Keycloak checks it): a resource server
        // named after the audience the portal's tokens carry.
        String clientUuid = null;
        try {
            AdminApi.Response created = admin.send("POST", REALM + "/clients", Map.of("clientId", "houjin-api",
                    "publicClient", false, "secret", "introspector-secret", "standardFlowEnabled", false,
                    "serviceAccountsEnabled", true));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            clientUuid = admin.get(REALM + "/clients?clientId=houjin-api").get(0).get("id").asText();
            HttpResponse<String> introspected = send(HttpRequest.newBuilder(URI.create(server.realmUrl()
                    + "/protocol/openid-connect/token/introspect"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "houjin-api:introspector-secret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(accessToken,
                            StandardCharsets.UTF_8))).build());
            assertThat(introspected.statusCode()).as(introspected.body()).isEqualTo(200);
            assertThat(JSON.readTree(introspected.body()).get("active").asBoolean()).isTrue();
            assertThat(JSON.readTree(introspected.body()).get("houjin")).isEqualTo(expected);
        } finally {
            if (clientUuid != null) {
                admin.send("DELETE", REALM + "/clients/" + clientUuid, null);
            }
        }

        // The role comes from the directory when the token is made: a change shows in the next token.
        corporation.putInGroup("t_admin", corporation.mainGroup());
        try {
            corporation.setColumn("t_admin", "role", "USER");
            JsonNode again = payload(tokens(browser, server, page -> page.signIn(corporation.id(), "t_admin", PASSWORD))
                    .get("access_token").asText()).get("houjin");
            assertThat(again.get("role").asText()).isEqualTo("user");
            assertThat(again.get("group").asText()).as("the メイングループ, named like the corporation")
                    .isEqualTo("トークン検証株式会社");
        } finally {
            corporation.setColumn("t_admin", "role", "ADMIN");
        }
    }

    @Test
    void givenAnIndividualThenNoTokenCarriesTheClaim(WebDriver browser, KeycloakServer server, AdminApi admin)
            throws Exception {
        String id = admin.createIndividual("token-indiv", "個人", "Indiv#Pass2026");
        try {
            JsonNode tokens = tokens(browser, server, page -> page.signInIndividual("token-indiv@example.com",
                    "Indiv#Pass2026"));
            String accessToken = tokens.get("access_token").asText();
            assertThat(payload(accessToken).has("houjin")).isFalse();
            assertThat(payload(tokens.get("id_token").asText()).has("houjin")).isFalse();
            JsonNode userinfo = userinfo(server, accessToken);
            assertThat(userinfo.has("houjin")).isFalse();
            assertThat(userinfo.get("email").asText()).as("Keycloak's built-in scopes are still there")
                    .isEqualTo("token-indiv@example.com");
        } finally {
            RealmAdmin.deleteUser(admin, id);
        }
    }

    @Test
    void givenThePortalClientThenTheScopeIsOneOfItsDefaultScopesBesideKeycloaksOwn(AdminApi admin) {
        String uuid = admin.get(REALM + "/clients?clientId=" + AuthorizationCodeClient.CLIENT_ID).get(0).get("id").asText();
        List<String> scopes = admin.get(REALM + "/clients/" + uuid + "/default-client-scopes").findValuesAsText("name");
        assertThat(scopes).contains("houjin-corporation", "profile", "email", "roles", "basic", "web-origins");
        assertThat(admin.get(REALM + "/default-default-client-scopes").findValuesAsText("name"))
                .contains("houjin-corporation", "profile", "email");
    }
}
