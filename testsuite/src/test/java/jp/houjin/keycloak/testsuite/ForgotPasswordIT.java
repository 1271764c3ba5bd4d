package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.InvitationPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 「パスワードを忘れた方はこちら」 (seed 000 FAQ ⑤) and the admin's temporary password, through the real server,
 * Chromium and a real SMTP server.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class ForgotPasswordIT {

    private static final String REALM = "/realms/partner-portal";
    private static final String LIFESPAN = "actionTokenGeneratedByUserLifespan.houjin-reset-password";

    private static TestMailbox mailbox;

    @BeforeAll
    static void useMailbox(TestMailbox opened) {
        mailbox = opened;
    }

    private static String newUser(AdminApi admin, String userId, String email, String password, boolean temporary) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", "00000001:" + userId, "enabled", true));
        if (email != null) {
            user.put("email", email);
        }
        AdminApi.Response created = admin.send("POST", REALM + "/users", user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = CorporateLoginIT.user(admin, "00000001:" + userId).get("id").asText();
        assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", temporary)).status()).isEqualTo(204);
        return id;
    }

    private static void requestReset(WebDriver browser, KeycloakServer server, String corporateId, String login) {
        CorporateLoginPage.viaAccountConsole(browser, server);
        click(browser, "houjin-forgot-password");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).contains("パスワードを忘れた方");
        browser.findElement(By.id("corporateId")).sendKeys(corporateId);
        browser.findElement(By.id("loginId")).sendKeys(login);
        click(browser, "houjin-send-reset");
        assertThat(browser.findElement(By.id("houjin-forgot-sent")).getText())
                .isEqualTo("入力された法人ID・ユーザーIDにメールアドレスが登録されている場合は、パスワード変更URLを記載したメールを送信しました。"
                        + "メール受取後、60分以内に設定を完了してください。");
        assertThat(browser.findElement(By.id("houjin-forgot-no-email")).getText()).contains("所属グループ", "管理者ユーザー");
    }

    private static void click(WebDriver browser, String id) {
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    private static void newPassword(WebDriver browser, String password) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-passwd-update-form")));
        browser.findElement(By.id("password-new")).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        click(browser, "kc-submit");
    }

    private static List<String> resetEvents(AdminApi admin, String userId) {
        JsonNode events = admin.get(REALM + "/events?max=50&type=SEND_RESET_PASSWORD&type=SEND_RESET_PASSWORD_ERROR");
        return events.findParents("type").stream()
                .filter(e -> e.path("details").path("username").asText().endsWith(":" + userId))
                .map(e -> e.get("type").asText() + ":" + e.path("error").asText("")).toList();
    }

    @Test
    void givenAUserWithEmailThenTheMailLinkSetsANewPasswordOnceUnderThePolicy(WebDriver browser, KeycloakServer server,
            AdminApi admin) {
        String email = "reset-user-1@example.jp";
        String id = newUser(admin, "reset_user_1", email, "Reset#Pass2026", false);
        try {
            requestReset(browser, server, "00000001", email);
            String link = TestMailbox.actionLink(mailbox.awaitMailTo(email));
            assertThat(TestMailbox.text(mailbox.awaitMailTo(email))).contains("法人ID 00000001、ユーザーID reset_user_1",
                    "60分後に無効になります");
            assertThat(resetEvents(admin, email)).contains("SEND_RESET_PASSWORD:");

            Browser.clearAllCookies(browser);
            browser.get(link);
            newPassword(browser, "Ab1#");
            assertThat(browser.getPageSource()).contains("パスワードは10～20文字で入力してください。");
            newPassword(browser, "Renewed#Pass2026");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("アカウントが更新されました");

            browser.get(link);
            assertThat(InvitationPage.error(browser))
                    .isEqualTo("このパスワード変更URLはすでに使用されています。もう一度「パスワードを忘れた方はこちら」からお手続きください。");

            Browser.clearAllCookies(browser);
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage login = CorporateLoginPage.at(browser, client.authorizationUrl());
            login.signIn("00000001", "reset_user_1", "Reset#Pass2026");
            assertThat(login.error()).contains("正しくありません");
            login.signIn("00000001", "reset_user_1", "Renewed#Pass2026");
            assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:reset_user_1");
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }

    @Test
    void givenAnUnknownAccountOrAUserWithoutEmailThenThePageIsTheSameAndNothingIsSent(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String id = newUser(admin, "reset_user_2", null, "Reset#Pass2026", false);
        try {
            int before = mailbox.countTo("example.jp");
            requestReset(browser, server, "00000001", "nobody_at_all");
            Browser.clearAllCookies(browser);
            requestReset(browser, server, "00000001", "reset_user_2");
            assertThat(mailbox.countTo("example.jp")).isEqualTo(before);
            assertThat(resetEvents(admin, "nobody_at_all")).contains("SEND_RESET_PASSWORD_ERROR:user_not_found");
            assertThat(resetEvents(admin, "reset_user_2")).contains("SEND_RESET_PASSWORD_ERROR:no_email");
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }

    @Test
    void givenAnExpiredLinkThenItIsRefused(WebDriver browser, KeycloakServer server, AdminApi admin) throws Exception {
        String email = "reset-user-3@example.jp";
        String id = newUser(admin, "reset_user_3", email, "Reset#Pass2026", false);
        Map<String, Object> attributes = new java.util.HashMap<>();
        admin.get(REALM).path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        String previous = (String) attributes.getOrDefault(LIFESPAN, "3600");
        try {
            attributes.put(LIFESPAN, "1");
            assertThat(admin.send("PUT", REALM, Map.of("attributes", attributes)).status()).isEqualTo(204);
            requestResetWithoutLifespanCheck(browser, server, email);
            String link = TestMailbox.actionLink(mailbox.awaitMailTo(email));
            Thread.sleep(2_500);
            Browser.clearAllCookies(browser);
            browser.get(link);
            assertThat(InvitationPage.error(browser)).contains("期限切れ");
            assertThat(browser.findElements(By.id("kc-passwd-update-form"))).isEmpty();
        } finally {
            attributes.put(LIFESPAN, previous);
            admin.send("PUT", REALM, Map.of("attributes", attributes));
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }

    private static void requestResetWithoutLifespanCheck(WebDriver browser, KeycloakServer server, String login) {
        CorporateLoginPage.viaAccountConsole(browser, server);
        click(browser, "houjin-forgot-password");
        browser.findElement(By.id("corporateId")).sendKeys("00000001");
        browser.findElement(By.id("loginId")).sendKeys(login);
        click(browser, "houjin-send-reset");
        assertThat(browser.findElement(By.id("houjin-forgot-sent")).getText()).contains("メールを送信しました");
    }

    @Test
    void givenAnAdminResetWithATemporaryPasswordThenTheNextSignInForcesAChangeUnderThePolicy(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String id = newUser(admin, "reset_user_4", null, "Admin#Reset2026", true);
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000001", "reset_user_4", "Admin#Reset2026");
            newPassword(browser, "abcdefghij");
            assertThat(browser.getPageSource()).contains("パスワードには英大文字を1文字以上使用してください。");
            newPassword(browser, "Changed#Pass2026");
            assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:reset_user_4");
            assertThat(CorporateLoginIT.user(admin, "00000001:reset_user_4").get("requiredActions")).isEmpty();
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }
}
