package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Linking individual accounts to corporate accounts (seed 004) through the REST endpoints, each side with its own
 * token, and the linked corporation in the portal's tokens through the protocol mapper.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class AccountLinkIT {

    /** 連携日時 as the pages show it. */
    private static final java.time.format.DateTimeFormatter JAPAN_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy/MM/dd HH:mm").withZone(java.time.ZoneId.of("Asia/Tokyo"));

    private static final String REALM = "/realms/partner-portal";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String individualToken(WebDriver browser, KeycloakServer server, String email, String password) {
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, client.authorizationUrl()).signInIndividual(email, password);
        return client.awaitAccessToken(browser);
    }

    private static String corporateToken(WebDriver browser, KeycloakServer server, String corporateId, String userId,
            String password) {
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, client.authorizationUrl()).signIn(corporateId, userId, password);
        return client.awaitAccessToken(browser);
    }

    private static HttpResponse<String> call(KeycloakServer server, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/houjin/links" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void givenAnIndividualThenTheyLinkToACorporateAccountWhichSeesThemAndTheTokenCarriesTheCorporation(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String first = admin.createIndividual("link-indiv-1", "連携", "Indiv#Pass2026");
        String second = admin.createIndividual("link-indiv-2", "連携", "Indiv#Pass2026");
        String clientId = admin.get(REALM + "/clients?clientId=partner-portal-web").get(0).get("id").asText();
        AdminApi.Response mapper = admin.send("POST", REALM + "/clients/" + clientId + "/protocol-mappers/models",
                Map.of("name", "linked corporations", "protocol", "openid-connect",
                        "protocolMapper", "houjin-linked-corporations", "config", Map.of("claim.name",
                                "linked_corporations", "access.token.claim", "true", "id.token.claim", "true")));
        assertThat(mapper.status()).as(mapper.body()).isEqualTo(201);
        try {
            assertThat(call(server, "GET", "", null, null).statusCode()).isEqualTo(401);
            String token = individualToken(browser, server, "link-indiv-1@example.com", "Indiv#Pass2026");
            assertThat(claims(token).path("linked_corporations").size()).as("no claim, or an empty one").isZero();

            HttpResponse<String> unknown = call(server, "POST", "", token, "{\"corporateEmail\":\"nobody@example.jp\"}");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("corporate_account_not_found").doesNotContain("@");
            assertThat(call(server, "POST", "", token, "{\"corporateEmail\":\"not an email\"}").statusCode()).isEqualTo(400);

            HttpResponse<String> linked = call(server, "POST", "", token,
                    "{\"corporateEmail\":\"ＴＩＭＥＳ_USER001@example.jp\"}");
            assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
            assertThat(JSON.readTree(linked.body()).get("userId").asText()).isEqualTo("times_user001");
            assertThat(JSON.readTree(call(server, "GET", "", token, null).body()).findValuesAsText("corporateId"))
                    .containsExactly("00000001");

            String fresh = individualToken(browser, server, "link-indiv-1@example.com", "Indiv#Pass2026");
            JsonNode claim = claims(fresh).get("linked_corporations");
            assertThat(claim).hasSize(1);
            assertThat(claim.get(0).get("corporate_id").asText()).isEqualTo("00000001");
            assertThat(claim.get(0).get("corporation_name").asText()).isEqualTo("タイムズ商事株式会社");

            // A linked account that may not sign in itself (login suspended by the business system) is left out.
            String suspend = "update corporate_user set status = ? where user_id_key = 'times_user001' and corporation_id = "
                    + "(select id from corporation where corporate_id = '00000001')";
            try {
                assertThat(jp.houjin.keycloak.testsuite.server.DirectoryDatabase.update(suspend, "LOGIN_SUSPENDED")).isEqualTo(1);
                String whileSuspended = individualToken(browser, server, "link-indiv-1@example.com", "Indiv#Pass2026");
                assertThat(claims(whileSuspended).path("linked_corporations").size()).isZero();
            } finally {
                jp.houjin.keycloak.testsuite.server.DirectoryDatabase.update(suspend, "ACTIVE");
            }

            String corporate = corporateToken(browser, server, "00000001", "times_user001", "Times#Pass2026");
            JsonNode individuals = JSON.readTree(call(server, "GET", "/individuals", corporate, null).body());
            assertThat(individuals.findValuesAsText("id")).containsExactly(first);
            assertThat(individuals.findValuesAsText("email")).containsExactly("link-indiv-1@example.com");
            assertThat(call(server, "POST", "", corporate, "{\"corporateEmail\":\"times_admin@example.jp\"}").statusCode())
                    .as("a corporate account does not link itself").isEqualTo(403);
            assertThat(call(server, "GET", "/individuals", fresh, null).statusCode()).isEqualTo(403);

            // Another individual neither sees nor removes the first one's link.
            String other = individualToken(browser, server, "link-indiv-2@example.com", "Indiv#Pass2026");
            assertThat(JSON.readTree(call(server, "GET", "", other, null).body())).isEmpty();
            assertThat(call(server, "DELETE", "/00000001/times_user001", other, null).statusCode()).isEqualTo(404);
            assertThat(call(server, "DELETE", "/individuals/" + first, other, null).statusCode()).isEqualTo(403);

            // The corporate side removes the link; then the individual links again and unlinks itself.
            assertThat(call(server, "DELETE", "/individuals/" + first, corporate, null).statusCode()).isEqualTo(204);
            assertThat(JSON.readTree(call(server, "GET", "", fresh, null).body())).isEmpty();
            assertThat(call(server, "POST", "", fresh, "{\"corporateEmail\":\"times_user001@example.jp\"}").statusCode())
                    .isEqualTo(201);
            assertThat(call(server, "DELETE", "/00000001/times_user001", fresh, null).statusCode()).isEqualTo(204);
            assertThat(JSON.readTree(call(server, "GET", "/individuals", corporate, null).body())).isEmpty();

            // Deleting the individual's account takes its links with it.
            assertThat(call(server, "POST", "", fresh, "{\"corporateEmail\":\"times_user001@example.jp\"}").statusCode())
                    .isEqualTo(201);
            assertThat(admin.send("DELETE", REALM + "/users/" + first, null).status()).isEqualTo(204);
            assertThat(JSON.readTree(call(server, "GET", "/individuals", corporate, null).body())).isEmpty();

            List<String> details = admin.get(REALM + "/events?type=UPDATE_PROFILE&max=50").findValuesAsText("houjin_link");
            assertThat(details).contains("link", "unlink", "unlink_individual");
        } finally {
            String mapperId = admin.get(REALM + "/clients/" + clientId + "/protocol-mappers/models").findParents("name")
                    .stream().filter(m -> "linked corporations".equals(m.get("name").asText())).map(m -> m.get("id").asText())
                    .findFirst().orElse(null);
            if (mapperId != null) {
                admin.send("DELETE", REALM + "/clients/" + clientId + "/protocol-mappers/models/" + mapperId, null);
            }
            admin.send("DELETE", REALM + "/users/" + first, null);
            admin.send("DELETE", REALM + "/users/" + second, null);
        }
    }

    private static void click(WebDriver browser, org.openqa.selenium.By button) {
        org.openqa.selenium.WebElement old = browser.findElement(org.openqa.selenium.By.tagName("html"));
        browser.findElement(button).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    }

    @Test
    void givenThePortalAsksForTheLinkActionThenAnIndividualLinksAndTheCorporateAccountRemovesIt(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String id = admin.createIndividual("link-indiv-3", "連携", "Indiv#Pass2026");
        try {
            Browser.clearAllCookies(browser);
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl() + "&kc_action=houjin-account-link")
                    .signInIndividual("link-indiv-3@example.com", "Indiv#Pass2026");
            org.openqa.selenium.By title = org.openqa.selenium.By.id("kc-page-title");
            assertThat(browser.findElement(title).getText()).isEqualTo("法人連携");
            assertThat(browser.findElement(org.openqa.selenium.By.id("houjin-link-none")).getText())
                    .isEqualTo("連携している法人アカウントはありません。");

            browser.findElement(org.openqa.selenium.By.id("corporateEmail")).sendKeys("<b>nobody</b>@example.jp");
            click(browser, org.openqa.selenium.By.id("houjin-link-submit"));
            assertThat(browser.findElement(org.openqa.selenium.By.id("input-error-container-corporateEmail")).getText())
                    .startsWith("入力されたメールアドレスの法人アカウントと連携できませんでした。");
            assertThat(browser.getPageSource()).doesNotContain("<b>nobody");

            org.openqa.selenium.WebElement email = browser.findElement(org.openqa.selenium.By.id("corporateEmail"));
            email.clear();
            email.sendKeys("times_user001@example.jp");
            String beforeLink = JAPAN_TIME.format(java.time.Instant.now());
            click(browser, org.openqa.selenium.By.id("houjin-link-submit"));
            String afterLink = JAPAN_TIME.format(java.time.Instant.now());
            assertThat(browser.findElement(title).getText()).isEqualTo("情報変更完了");
            click(browser, org.openqa.selenium.By.id("houjin-link-finish"));
            assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText()).isEqualTo("link-indiv-3");

            // Back on the page (same SSO session): the linked corporation, with when it was linked.
            browser.get(new AuthorizationCodeClient(server).authorizationUrl() + "&kc_action=houjin-account-link");
            assertThat(browser.findElement(title).getText()).isEqualTo("法人連携");
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#houjin-link-rows thead")).getText())
                    .contains("法人名", "法人ID / ユーザーID", "連携日時");
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#houjin-link-rows tbody")).getText())
                    .contains("タイムズ商事株式会社", "00000001 / times_user001");
            // 連携日時 is the minute of the link in Japan time (the format sorts like the time it shows).
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#houjin-link-rows tbody td:nth-child(3)"))
                    .getText()).isBetween(beforeLink, afterLink);
            assertThat(Files.size(ThemeScreenshotsIT.shot(browser, "account-link-ja"))).isGreaterThan(10_000);

            Browser.clearAllCookies(browser);
            AuthorizationCodeClient corporate = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, corporate.authorizationUrl() + "&kc_action=houjin-account-link")
                    .signIn("00000001", "times_user001", "Times#Pass2026");
            assertThat(browser.findElement(title).getText()).isEqualTo("連携者一覧");
            assertThat(browser.findElement(org.openqa.selenium.By.id("houjin-link-rows")).getText())
                    .contains("氏名", "メールアドレス", "連携日時", "link-indiv-3@example.com", "連携 個人");
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#houjin-link-rows tbody td:nth-child(3)"))
                    .getText()).isBetween(beforeLink, afterLink);
            assertThat(Files.size(ThemeScreenshotsIT.shot(browser, "account-links-corporate-ja")))
                    .isGreaterThan(10_000);
            click(browser, org.openqa.selenium.By.cssSelector("#houjin-link-rows button[value=remove]"));
            assertThat(browser.findElement(title).getText()).isEqualTo("情報変更完了");
            String token = individualToken(browser, server, "link-indiv-3@example.com", "Indiv#Pass2026");
            assertThat(JSON.readTree(call(server, "GET", "", token, null).body())).isEmpty();
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }

    @Test
    void givenALinkThenItSurvivesARestartOfTheServer(WebDriver browser, KeycloakServer server, AdminApi admin)
            throws Exception {
        String id = admin.createIndividual("link-indiv-4", "連携", "Indiv#Pass2026");
        try {
            String token = individualToken(browser, server, "link-indiv-4@example.com", "Indiv#Pass2026");
            assertThat(call(server, "POST", "", token, "{\"corporateEmail\":\"user001@second.example.jp\"}").statusCode())
                    .isEqualTo(201);

            server.restart();

            String again = individualToken(browser, server, "link-indiv-4@example.com", "Indiv#Pass2026");
            JsonNode links = JSON.readTree(call(server, "GET", "", again, null).body());
            assertThat(links.findValuesAsText("corporateId")).containsExactly("00000002");
            assertThat(links.findValuesAsText("userId")).containsExactly("times_user001");
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }
}
