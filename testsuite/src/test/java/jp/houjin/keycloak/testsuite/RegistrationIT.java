package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.AfterAll;
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
@ExtendWith(BrowserExtension.class)
class RegistrationIT {

    private static final String REALM = "/realms/partner-portal";
    private static TestMailbox mailbox;

    @BeforeAll
    static void startMailbox(AdminApi admin) {
        mailbox = new TestMailbox(admin, REALM);
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
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
            assertThat(browser.findElement(By.id("kc-registration-terms-text")).getText()).contains("利用規約");

            Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("username", "00000001:self_made",
                    "email", "sign-up-1@example.com", "lastName", "個人", "firstName", "花子", "password", "SignUp#Pass2026",
                    "password-confirm", "SignUp#Pass2026"));
            fill(browser, values, true);
            assertThat(browser.getPageSource()).contains("「法人ID:ユーザーID」の形式のユーザー名は使用できません。", "カナ");
            assertThat(admin.get(REALM + "/users?exact=true&username=00000001:self_made")).isEmpty();

            values.put("username", "sign-up-1");
            values.put("kanaLastName", "ｺｼﾞﾝ");
            values.put("kanaFirstName", "ハナコ");
            values.put("password", "short");
            values.put("password-confirm", "short");
            fill(browser, values, false);
            assertThat(browser.getPageSource()).contains("全角カタカナで入力してください。", "パスワードは10～20文字で入力してください。");
            assertThat(admin.get(REALM + "/users?exact=true&username=sign-up-1")).isEmpty();

            values.put("kanaLastName", "コジン");
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

            String verify = TestMailbox.actionLink(mailbox.awaitMailTo("sign-up-1@example.com"));
            browser.get(verify);
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("メールアドレスを確認しました");
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
}
