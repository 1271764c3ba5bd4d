package jp.houjin.keycloak.testsuite;

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

/** 新規登録（個人） (seed 004): the sign-up form, its refusals, and 本登録 by the mail's link before first use. */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class RegistrationIT {

    private static final String REALM = "/realms/partner-portal";
    private static TestMailbox mailbox;

    @BeforeAll
    static void useMailbox(TestMailbox opened) {
        mailbox = opened;
    }

    private static void fill(WebDriver browser, Map<String, String> values, boolean acceptTerms) {
        values.forEach((id, value) -> {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
        WebElement terms = browser.findElement(By.id("termsAccepted"));
        if (terms.isSelected() != acceptTerms) {
            terms.click();
        }
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    private static String errorOf(WebDriver browser, String field) {
        return browser.findElements(By.id("input-error-" + field)).stream().map(e -> e.getText().strip()).findFirst()
                .orElse(browser.findElements(By.cssSelector("[id^=input-error-" + field + "]")).stream()
                        .map(e -> e.getText().strip()).findFirst().orElse(""));
    }

    @Test
    void givenTheSignUpFormThenAnIndividualRegistersConfirmsByMailAndSignsIn(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String id = null;
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl());
            browser.findElement(By.id("houjin-tab-individual")).click();
            WebElement link = browser.findElement(By.id("houjin-register-individual"));
            assertThat(link.getText()).isEqualTo("新規登録（個人）はこちら");
            WebElement login = browser.findElement(By.tagName("html"));
            link.click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(login));
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("新規登録（個人）");
            assertThat(browser.findElement(By.id("kc-registration-terms-text")).getText()).contains("利用規約");
            // Only what an individual fills in: no attributes of the corporate directory besides the kana names.
            assertThat(browser.findElements(By.id("groupName"))).isEmpty();
            assertThat(browser.findElements(By.id("header-houjin"))).isEmpty();
            assertThat(browser.findElements(By.id("kanaLastName"))).hasSize(1);
            List<String> marked = List.of("username", "email", "lastName", "firstName", "kanaLastName", "kanaFirstName");
            for (String required : marked) {
                assertThat(browser.findElements(By.cssSelector("label[for=" + required + "] [aria-hidden=true]")))
                        .as("%s is marked required", required).hasSize(1);
            }
            assertThat(Files.size(ThemeScreenshotsIT.shot(browser, "individual-signup-ja", 1100, 1500)))
                    .isGreaterThan(10_000);

            Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("username", "00000001:self_made",
                    "lastName", "個人", "firstName", "花子", "password", "SignUp#Pass2026",
                    "password-confirm", "SignUp#Pass2026"));
            fill(browser, values, true);
            assertThat(browser.getPageSource()).contains("「法人ID:ユーザーID」の形式のユーザー名は使用できません。", "カナ");
            assertThat(errorOf(browser, "email")).startsWith("メールアドレスを入力してください。");
            assertThat(admin.get(REALM + "/users?exact=true&username=00000001:self_made")).isEmpty();

            values.put("username", "sign-up-1");
            values.put("email", "sign-up-1@example.com");
            values.put("kanaLastName", "ｺｼﾞﾝ");
            values.put("kanaFirstName", "ハナコ");
            values.put("password", "short");
            values.put("password-confirm", "short");
            fill(browser, values, false);
            assertThat(browser.getPageSource()).contains("全角カタカナで入力してください。", "パスワードは10～20文字で入力してください。");
            assertThat(admin.get(REALM + "/users?exact=true&username=sign-up-1")).isEmpty();

            // Everything right but the email: without one the account could never be confirmed (本登録; Keycloak's
            // email verification ignores accounts without an address), so sign-up refuses it.
            values.put("kanaLastName", "コジン");
            values.put("password", "SignUp#Pass2026");
            values.put("password-confirm", "SignUp#Pass2026");
            values.put("email", "");
            fill(browser, values, true);
            assertThat(errorOf(browser, "email")).startsWith("メールアドレスを入力してください。");
            assertThat(admin.get(REALM + "/users?exact=true&username=sign-up-1")).isEmpty();

            values.put("email", "sign-up-1@example.com");
            values.put("password", "SignUp#Pass2026");
            values.put("password-confirm", "SignUp#Pass2026");
            fill(browser, values, true);
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("sign-up-1@example.com");
            JsonNode user = CorporateLoginIT.user(admin, "sign-up-1");
            id = user.get("id").asText();
            assertThat(user.get("emailVerified").asBoolean()).isFalse();
            assertThat(user.path("attributes").path("kanaLastName").get(0).asText()).isEqualTo("コジン");

            // Not usable before 本登録: signing in stops at the e-mail check again.
            Browser.clearAllCookies(browser);
            AuthorizationCodeClient early = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, early.authorizationUrl()).signInIndividual("sign-up-1@example.com", "SignUp#Pass2026");
            assertThat(browser.getCurrentUrl()).doesNotContain("/callback");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("メールアドレス");

            // The early attempt may mail a second link, bound to that attempt (it would finish that sign-in instead); the
            // first one, from the sign-up, opened in a browser without that attempt, shows the confirmation page.
            MimeMessage[] mails = mailbox.awaitMailsTo("sign-up-1@example.com", 1);
            String verify = TestMailbox.actionLink(mails[0]);
            Browser.clearAllCookies(browser);
            browser.get(verify);
            // In a browser other than the sign-up's, Keycloak first asks to confirm (a mail scanner does not click).
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("メールアドレスの検証");
            assertThat(CorporateLoginIT.user(admin, "sign-up-1").get("emailVerified").asBoolean()).isFalse();
            WebElement proceed = browser.findElement(By.cssSelector("a[href*='login-actions/action-token']"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.location.href = arguments[0];",
                    proceed.getDomAttribute("href"));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> CorporateLoginIT.user(admin, "sign-up-1")
                    .get("emailVerified").asBoolean());
            Browser.clearAllCookies(browser);

            AuthorizationCodeClient confirmed = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, confirmed.authorizationUrl())
                    .signInIndividual("sign-up-1@example.com", "SignUp#Pass2026");
            JsonNode claims = confirmed.awaitAccessTokenClaims(browser);
            assertThat(claims.get("preferred_username").asText()).isEqualTo("sign-up-1");
            assertThat(claims.get("email_verified").asBoolean()).isTrue();
        } finally {
            if (id != null) {
                admin.send("DELETE", REALM + "/users/" + id, null);
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
            CorporateLoginPage.at(browser, client.authorizationUrl());
            browser.findElement(By.id("houjin-tab-individual")).click();
            WebElement login = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("houjin-register-individual")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(login));
            fill(browser, new java.util.LinkedHashMap<>(Map.of("username", "shared-address-1", "email",
                    "times_admin@example.jp", "lastName", "共有", "firstName", "太郎", "kanaLastName", "キョウユウ",
                    "kanaFirstName", "タロウ", "password", "SignUp#Pass2026", "password-confirm", "SignUp#Pass2026")), true);
            assertThat(browser.getPageSource()).doesNotContain("既に存在するメールアドレスです");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("times_admin@example.jp");
            JsonNode user = CorporateLoginIT.user(admin, "shared-address-1");
            id = user.get("id").asText();
            assertThat(user.path("federationLink").isMissingNode()).as("a local, individual account").isTrue();
            assertThat(CorporateLoginIT.user(admin, "00000001:times_admin").get("email").asText())
                    .isEqualTo("times_admin@example.jp");

            Browser.clearAllCookies(browser);
            AuthorizationCodeClient corporate = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, corporate.authorizationUrl()).signIn("00000001", "times_admin@example.jp",
                    "Admin#Pass2026");
            assertThat(corporate.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:times_admin");
        } finally {
            if (id != null) {
                admin.send("DELETE", REALM + "/users/" + id, null);
            }
        }
    }
}
