package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.MessagePage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.RegistrationPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 新規登録（個人） (seed 004): the sign-up form, its refusals, and 本登録 by the mail's link before first use. */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class RegistrationIT {

    private static TestMailbox mailbox;

    @Test
    void givenTheSignUpFormThenAnIndividualRegistersConfirmsByMailAndSignsIn(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String id = null;
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage login = CorporateLoginPage.at(browser, client.authorizationUrl());
            login.showIndividualTab();
            assertThat(login.text("houjin-register-individual")).isEqualTo("新規登録（個人）はこちら");
            RegistrationPage page = login.registerIndividual();
            assertThat(page.title()).isEqualTo("新規登録（個人）");
            assertThat(page.text("kc-registration-terms-text")).contains("利用規約");
            // Only what an individual fills in: no attributes of the corporate directory besides the kana names.
            assertThat(page.has("groupName")).isFalse();
            assertThat(page.has("header-houjin")).isFalse();
            assertThat(page.count("#kanaLastName")).isEqualTo(1);
            // No ユーザー名: an individual signs in with the address, which becomes the account's username.
            assertThat(page.has("username")).isFalse();
            List<String> marked = List.of("email", "lastName", "firstName", "kanaLastName", "kanaFirstName");
            for (String required : marked) {
                assertThat(page.requiredMarks(required)).as("%s is marked required", required).isEqualTo(1);
            }
            // Japanese labels only on the Japanese page.
            assertThat(page.label("kanaLastName")).isEqualTo("氏名（カナ） セイ");
            assertThat(page.label("kanaFirstName")).isEqualTo("氏名（カナ） メイ");
            assertThat(Files.size(Screenshots.shot(browser, "individual-signup-ja", 1100, 1500)))
                    .isGreaterThan(10_000);

            Map<String, String> values = new java.util.LinkedHashMap<>(Map.of(
                    "lastName", "未登録", "firstName", "花子", "password", "SignUp#Pass2026",
                    "password-confirm", "SignUp#Pass2026"));
            page.submit(values, true);
            assertThat(page.source()).contains("カナ");
            assertThat(page.fieldError("email")).startsWith("メールアドレスを入力してください。");
            assertThat(admin.get(REALM + "/users?search=" + java.net.URLEncoder.encode("未登録",
                    java.nio.charset.StandardCharsets.UTF_8))).as("nothing written").isEmpty();
            values.put("lastName", "個人");

            values.put("email", "sign-up-1@example.com");
            values.put("kanaLastName", "ｺｼﾞﾝ");
            values.put("kanaFirstName", "ハナコ");
            values.put("password", "short");
            values.put("password-confirm", "short");
            page.submit(values, false);
            assertThat(page.source()).contains("全角カタカナで入力してください。", "パスワードは10～20文字で入力してください。");
            assertThat(admin.get(REALM + "/users?exact=true&username=sign-up-1@example.com")).isEmpty();

            // Everything right but the email: without one the account could never be confirmed (本登録; Keycloak's
            // email verification ignores accounts without an address), so sign-up refuses it.
            values.put("kanaLastName", "コジン");
            values.put("password", "SignUp#Pass2026");
            values.put("password-confirm", "SignUp#Pass2026");
            values.put("email", "");
            page.submit(values, true);
            assertThat(page.fieldError("email")).startsWith("メールアドレスを入力してください。");
            assertThat(admin.get(REALM + "/users?exact=true&username=sign-up-1@example.com")).isEmpty();

            values.put("email", "sign-up-1@example.com");
            values.put("password", "SignUp#Pass2026");
            values.put("password-confirm", "SignUp#Pass2026");
            page.submit(values, true);
            assertThat(new MessagePage(browser).bodyText()).contains("sign-up-1@example.com");
            JsonNode user = user(admin, "sign-up-1@example.com");
            id = user.get("id").asText();
            assertThat(user.get("emailVerified").asBoolean()).isFalse();
            assertThat(user.path("attributes").path("kanaLastName").get(0).asText()).isEqualTo("コジン");

            // Not usable before 本登録: signing in stops at the e-mail check again.
            Browser.clearAllCookies(browser);
            AuthorizationCodeClient early = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, early.authorizationUrl()).signInIndividual("sign-up-1@example.com", "SignUp#Pass2026");
            assertThat(browser.getCurrentUrl()).doesNotContain("/callback");
            assertThat(new MessagePage(browser).bodyText()).contains("メールアドレス");

            // The early attempt may mail a second link, bound to that attempt (it would finish that sign-in instead); the
            // first one, from the sign-up, opened in a browser without that attempt, shows the confirmation page.
            MimeMessage[] mails = mailbox.awaitMailsTo("sign-up-1@example.com", 1);
            String verify = TestMailbox.actionLink(mails[0]);
            Browser.clearAllCookies(browser);
            MessagePage confirm = Page.open(browser, MessagePage::new, verify);
            // In a browser other than the sign-up's, Keycloak first asks to confirm (a mail scanner does not click).
            assertThat(confirm.title()).isEqualTo("メールアドレスの検証");
            assertThat(user(admin, "sign-up-1@example.com").get("emailVerified").asBoolean()).isFalse();
            WebElement proceed = browser.findElement(By.cssSelector("a[href*='login-actions/action-token']"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.location.href = arguments[0];",
                    proceed.getDomAttribute("href"));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> user(admin, "sign-up-1@example.com")
                    .get("emailVerified").asBoolean());
            Browser.clearAllCookies(browser);

            AuthorizationCodeClient confirmed = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, confirmed.authorizationUrl())
                    .signInIndividual("sign-up-1@example.com", "SignUp#Pass2026");
            JsonNode claims = confirmed.awaitAccessTokenClaims(browser);
            assertThat(claims.get("preferred_username").asText()).isEqualTo("sign-up-1@example.com");
            assertThat(claims.get("email_verified").asBoolean()).isTrue();
        } finally {
            if (id != null) {
                deleteUser(admin, id);
            }
        }
    }

    /**
     * The address of a corporate account is free for an individual account: sign-up answers exactly as for a new
     * address (the 本登録 page), so it tells nobody which addresses the directory holds; the corporate account is
     * untouched and both sign in on their own tab.
     */
    @Test
    void givenTheAddressOfACorporateAccountThenSignUpAnswersAsForANewAddress(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String id = null;
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            RegistrationPage page = CorporateLoginPage.at(browser, client.authorizationUrl()).registerIndividual();
            page.submit(new java.util.LinkedHashMap<>(Map.of("email",
                    "times_admin@example.jp", "lastName", "共有", "firstName", "太郎", "kanaLastName", "キョウユウ",
                    "kanaFirstName", "タロウ", "password", "SignUp#Pass2026", "password-confirm", "SignUp#Pass2026")), true);
            MessagePage answer = new MessagePage(browser);
            assertThat(answer.source()).doesNotContain("既に存在するメールアドレスです");
            assertThat(answer.bodyText()).contains("times_admin@example.jp");
            // The username is the address; the corporate account with that address is another user.
            JsonNode user = java.util.stream.StreamSupport.stream(admin.get(REALM
                    + "/users?exact=true&username=times_admin@example.jp").spliterator(), false)
                    .filter(u -> u.path("federationLink").isMissingNode()).findFirst().orElseThrow();
            id = user.get("id").asText();
            assertThat(user.get("username").asText()).isEqualTo("times_admin@example.jp");
            assertThat(user(admin, "00000001:times_admin").get("email").asText())
                    .isEqualTo("times_admin@example.jp");

            Browser.clearAllCookies(browser);
            AuthorizationCodeClient corporate = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, corporate.authorizationUrl()).signIn("00000001", "times_admin@example.jp",
                    "Admin#Pass2026");
            assertThat(corporate.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:times_admin");
        } finally {
            if (id != null) {
                deleteUser(admin, id);
            }
        }
    }
}
