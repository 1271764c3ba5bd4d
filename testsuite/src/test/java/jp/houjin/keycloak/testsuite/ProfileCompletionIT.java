package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ユーザー登録 (profile completion) as a required action of a directory user, in the browser. */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class ProfileCompletionIT {

    private static final String REALM = "/realms/partner-portal";

    private static void fill(WebDriver browser, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("houjin-confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    private static String fieldError(WebDriver browser, String field) {
        return browser.findElement(By.id("input-error-container-" + field)).getText().strip();
    }

    @Test
    void givenANewDirectoryUserThenProfileCompletionChecksEveryFieldAndSavesInOneGo(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        JsonNode registered = admin.get(REALM + "/authentication/required-actions/houjin-profile-completion");
        assertThat(registered.get("enabled").asBoolean()).as("realm-config registers and enables it").isTrue();
        AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username", "00000002:profile_user",
                "enabled", true, "requiredActions", List.of("houjin-profile-completion")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = CorporateLoginIT.user(admin, "00000002:profile_user").get("id").asText();
        assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", "Temp#Pass2026", "temporary", false)).status()).isEqualTo(204);
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000002", "profile_user", "Temp#Pass2026");
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).contains("ユーザー登録");

            fill(browser, Map.of("lastName", "", "firstName", "太郎", "kanaLastName", "たいむず", "kanaFirstName", "ﾀﾛｳ",
                    "password", "short"));
            assertThat(fieldError(browser, "lastName")).isEqualTo("氏名を入力してください。");
            assertThat(fieldError(browser, "kanaLastName")).isEqualTo("全角カタカナで入力してください。");
            assertThat(fieldError(browser, "password")).isEqualTo("パスワードは10～20文字で入力してください。");
            assertThat(browser.findElement(By.id("kanaFirstName")).getDomProperty("value")).isEqualTo("タロウ");

            fill(browser, Map.of("groupName", "営業部", "lastName", "<b>タイムズ</b>", "kanaLastName", "ﾀｲﾑｽﾞ",
                    "password", "Ｎew#Pass2026"));
            assertThat(fieldError(browser, "password")).isEqualTo("パスワードに全角文字は使用できません（半角のみ）。");
            assertThat(fieldError(browser, "lastName")).startsWith("氏名に使用できない記号が含まれています");
            assertThat(browser.findElement(By.id("lastName")).getDomProperty("value")).isEqualTo("<b>タイムズ</b>");
            assertThat(browser.getPageSource()).doesNotContain("<b>タイムズ");

            browser.findElement(By.id("password")).sendKeys("New#Pass2026");
            browser.findElement(By.id("houjin-show-password")).click();
            assertThat(browser.findElement(By.id("password")).getDomProperty("type")).isEqualTo("text");
            fill(browser, Map.of("lastName", "タイムズ"));
            assertThat(browser.findElement(By.id("confirm-name")).getText()).isEqualTo("タイムズ 太郎");
            assertThat(browser.findElement(By.id("confirm-kana")).getText()).isEqualTo("タイムズ タロウ");
            assertThat(browser.getPageSource()).doesNotContain("New#Pass2026");
            browser.findElement(By.id("houjin-save")).click();
            JsonNode claims = client.awaitAccessTokenClaims(browser);
            assertThat(claims.get("family_name").asText()).isEqualTo("タイムズ");

            JsonNode user = CorporateLoginIT.user(admin, "00000002:profile_user");
            assertThat(user.path("attributes").path("kanaLastName").get(0).asText()).isEqualTo("タイムズ");
            assertThat(user.path("attributes").path("groupName").get(0).asText()).isEqualTo("営業部");
            assertThat(user.get("requiredActions")).isEmpty();

            Browser.clearAllCookies(browser);
            AuthorizationCodeClient again = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, again.authorizationUrl()).signIn("00000002", "profile_user", "New#Pass2026");
            assertThat(again.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000002:profile_user");
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }

    private static Map<String, String> ruleStates(WebDriver browser) {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        browser.findElements(By.cssSelector("#houjin-password-rules li")).forEach(li -> states.put(li.getDomAttribute("data-rule"),
                li.getDomAttribute("data-state")));
        return states;
    }

    @Test
    void givenThePasswordFieldThenTheRulesAreTickedOffWhileTypingAndEveryBrokenRuleHasItsOwnMessage(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username", "00000002:rules_user",
                "enabled", true, "requiredActions", List.of("houjin-profile-completion")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = CorporateLoginIT.user(admin, "00000002:rules_user").get("id").asText();
        assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", "Temp#Pass2026", "temporary", false)).status()).isEqualTo(204);
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000002", "rules_user", "Temp#Pass2026");
            assertThat(browser.findElement(By.id("houjin-password-rules")).getText()).contains("10～20文字",
                    "英大文字を1文字以上", "英小文字を1文字以上", "数字を1文字以上", "記号を1文字以上", "半角のみ",
                    "使用可能な記号 @!#$%&()*+,-./:;<=>?[]^_`{|}~", "ユーザーIDと同じものは使用できません");
            assertThat(ruleStates(browser).values()).containsOnly("pending");

            WebElement password = browser.findElement(By.id("password"));
            password.sendKeys("abc");
            assertThat(ruleStates(browser)).containsEntry("length", "ng").containsEntry("lower", "ok")
                    .containsEntry("upper", "ng").containsEntry("digit", "ng").containsEntry("symbol", "ng")
                    .containsEntry("halfwidth", "ok").containsEntry("allowed", "ok").containsEntry("notUserId", "ok");
            password.sendKeys("Ｘ");
            assertThat(ruleStates(browser)).containsEntry("halfwidth", "ng").containsEntry("allowed", "ng");
            password.clear();
            password.sendKeys("rules_user");
            assertThat(ruleStates(browser)).containsEntry("notUserId", "ng");
            password.clear();
            password.sendKeys("Rules#User2026");
            assertThat(ruleStates(browser).values()).containsOnly("ok");

            // The server stays the judge: each broken rule, submitted, comes back with its own message.
            Map<String, String> broken = new java.util.LinkedHashMap<>();
            broken.put("Ab1#", "パスワードは10～20文字で入力してください。");
            broken.put("Abcdefgh1#Abcdefgh1#X", "パスワードは10～20文字で入力してください。");
            broken.put("abcdefgh1#", "パスワードには英大文字を1文字以上使用してください。");
            broken.put("ABCDEFGH1#", "パスワードには英小文字を1文字以上使用してください。");
            broken.put("Abcdefghi#", "パスワードには数字を1文字以上使用してください。");
            broken.put("Abcdefghi1", "パスワードには記号を1文字以上使用してください。使用可能な記号: @!#$%&()*+,-./:;<=>?[]^_`{|}~");
            broken.put("Abcdefgh1# x", "使用できない文字が含まれています。使用可能な記号: @!#$%&()*+,-./:;<=>?[]^_`{|}~");
            broken.put("Ａbcdefgh1#", "パスワードに全角文字は使用できません（半角のみ）。");
            for (Map.Entry<String, String> e : broken.entrySet()) {
                fill(browser, Map.of("lastName", "規則", "firstName", "太郎", "kanaLastName", "キソク", "kanaFirstName", "タロウ",
                        "password", e.getKey()));
                assertThat(fieldError(browser, "password")).as(e.getKey()).isEqualTo(e.getValue());
            }
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }
}
