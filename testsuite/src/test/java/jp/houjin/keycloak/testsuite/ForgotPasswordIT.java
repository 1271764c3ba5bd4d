package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.setRealmAttribute;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.ForgotPasswordPage;
import jp.houjin.keycloak.testsuite.pages.MessagePage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.ResetCredentialsPage;
import jp.houjin.keycloak.testsuite.pages.UpdatePasswordPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * 「パスワードを忘れた方はこちら」 (seed 000 FAQ ⑤) and the admin's temporary password, through the real server,
 * Chromium and a real SMTP server.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class ForgotPasswordIT {

    private static final String LIFESPAN = "actionTokenGeneratedByUserLifespan.houjin-reset-password";

    private static TestMailbox mailbox;

    private static String newUser(AdminApi admin, String userId, String email, String password, boolean temporary) {
        return createUser(admin, account("00000001:" + userId, email), password, temporary);
    }

    private static void requestReset(WebDriver browser, KeycloakServer server, String corporateId, String login) {
        ForgotPasswordPage page = CorporateLoginPage.viaAccountConsole(browser, server).forgotPassword();
        assertThat(page.title()).contains("パスワードを忘れた方");
        page = page.request(corporateId, login);
        assertThat(page.sent())
                .isEqualTo("入力された法人ID・ユーザーIDにメールアドレスが登録されている場合は、パスワード変更URLを記載したメールを送信しました。"
                        + "メール受取後、60分以内に設定を完了してください。");
        assertThat(page.noEmail()).contains("所属グループ", "管理者ユーザー");
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
            // Seed 002 ⑤: the page names whose password is set.
            UpdatePasswordPage first = new UpdatePasswordPage(browser);
            assertThat(first.text("houjin-account-corporation")).isEqualTo("タイムズ商事株式会社");
            assertThat(first.text("houjin-account-login-id")).isEqualTo("reset_user_1");
            first.submit("Ab1#");
            UpdatePasswordPage again = new UpdatePasswordPage(browser);
            assertThat(again.source()).contains("パスワードは10～20文字で入力してください。");
            assertThat(again.text("houjin-account-login-id")).as("still named after a refusal").isEqualTo("reset_user_1");
            again.submit("Renewed#Pass2026");
            assertThat(new MessagePage(browser).bodyText()).contains("アカウントが更新されました");

            assertThat(Page.open(browser, MessagePage::new, link).error())
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
            deleteUser(admin, id);
        }
    }

    /**
     * 個人の方 (seed 004): the tab's own 「パスワードを忘れた方はこちら」 opens Keycloak's reset-credentials page asking
     * for the address; the mail's link sets a new password under the policy, and the individual signs in with it.
     */
    @Test
    void givenAnIndividualThenTheIndividualTabsLinkMailsAResetByAddress(WebDriver browser, KeycloakServer server,
            AdminApi admin) {
        String id = admin.createIndividual("reset-indiv-1", "個人", "Indiv#Pass2026");
        String email = "reset-indiv-1@example.com";
        try {
            Browser.clearAllCookies(browser);
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            ResetCredentialsPage page = CorporateLoginPage.at(browser, client.authorizationUrl()).forgotPasswordIndividual();
            assertThat(page.title()).isEqualTo("パスワードを忘れた方（個人の方）");
            assertThat(page.bodyText()).contains("メールアドレス", "法人の方は「法人の方」タブ");
            page.request(email);
            String link = TestMailbox.actionLink(mailbox.awaitMailTo(email));

            Browser.clearAllCookies(browser);
            browser.get(link);
            UpdatePasswordPage individualPage = new UpdatePasswordPage(browser);
            assertThat(individualPage.has("houjin-password-account")).as("individual accounts: Keycloak's page").isFalse();
            individualPage.submit("Renewed#Indiv2026");
            assertThat(new MessagePage(browser).bodyText()).contains("アカウントが更新されました");

            Browser.clearAllCookies(browser);
            AuthorizationCodeClient again = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, again.authorizationUrl()).signInIndividual(email, "Renewed#Indiv2026");
            assertThat(again.awaitAccessTokenClaims(browser).get("email").asText()).isEqualTo(email);
        } finally {
            deleteUser(admin, id);
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
            deleteUser(admin, id);
        }
    }

    @Test
    void givenAnExpiredLinkThenItIsRefused(WebDriver browser, KeycloakServer server, AdminApi admin) throws Exception {
        String email = "reset-user-3@example.jp";
        String id = newUser(admin, "reset_user_3", email, "Reset#Pass2026", false);
        String previous = null;
        try {
            previous = setRealmAttribute(admin, LIFESPAN, "1");
            requestResetWithoutLifespanCheck(browser, server, email);
            String link = TestMailbox.actionLink(mailbox.awaitMailTo(email));
            Thread.sleep(2_500);
            Browser.clearAllCookies(browser);
            assertThat(Page.open(browser, MessagePage::new, link).error()).contains("期限切れ");
            assertThat(UpdatePasswordPage.isShown(browser)).isFalse();
        } finally {
            setRealmAttribute(admin, LIFESPAN, previous == null ? "3600" : previous);
            deleteUser(admin, id);
        }
    }

    private static void requestResetWithoutLifespanCheck(WebDriver browser, KeycloakServer server, String login) {
        ForgotPasswordPage page = CorporateLoginPage.viaAccountConsole(browser, server).forgotPassword()
                .request("00000001", login);
        assertThat(page.sent()).contains("メールを送信しました");
    }

    @Test
    void givenAnAdminResetWithATemporaryPasswordThenTheNextSignInForcesAChangeUnderThePolicy(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String id = newUser(admin, "reset_user_4", null, "Admin#Reset2026", true);
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000001", "reset_user_4", "Admin#Reset2026");
            new UpdatePasswordPage(browser).submit("abcdefghij");
            UpdatePasswordPage again = new UpdatePasswordPage(browser);
            assertThat(again.source()).contains("パスワードには英大文字を1文字以上使用してください。");
            again.submit("Changed#Pass2026");
            assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:reset_user_4");
            assertThat(user(admin, "00000001:reset_user_4").get("requiredActions")).isEmpty();
        } finally {
            deleteUser(admin, id);
        }
    }
}
