package jp.houjin.keycloak.testsuite.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import org.openqa.selenium.WebDriver;

/**
 * Signing in as the portal's client does (partner-portal-web, code flow with PKCE) in a browser without cookies, for
 * the tokens the client gets.
 */
public final class SignIn {

    private SignIn() {
    }

    /** On the corporate tab; the access token. */
    public static String corporateToken(WebDriver browser, KeycloakServer server, String corporateId, String userId,
            String password) {
        return signIn(browser, server, page -> page.signIn(corporateId, userId, password)).awaitAccessToken(browser);
    }

    /** On the corporate tab; the access token's claims. */
    public static JsonNode corporateClaims(WebDriver browser, KeycloakServer server, String corporateId, String userId,
            String password) {
        return signIn(browser, server, page -> page.signIn(corporateId, userId, password)).awaitAccessTokenClaims(browser);
    }

    /** On the corporate tab, and the token is that account's ({@code <corporate ID>:<user ID>}). */
    public static void assertCorporateSignIn(WebDriver browser, KeycloakServer server, String corporateId, String userId,
            String password) {
        assertThat(corporateClaims(browser, server, corporateId, userId, password).get("preferred_username").asText())
                .isEqualTo(corporateId + ":" + userId);
    }

    /** On the individual tab; the access token. */
    public static String individualToken(WebDriver browser, KeycloakServer server, String email, String password) {
        return signIn(browser, server, page -> page.signInIndividual(email, password)).awaitAccessToken(browser);
    }

    private static AuthorizationCodeClient signIn(WebDriver browser, KeycloakServer server,
            Consumer<CorporateLoginPage> form) {
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        form.accept(CorporateLoginPage.at(browser, client.authorizationUrl()));
        return client;
    }
}
