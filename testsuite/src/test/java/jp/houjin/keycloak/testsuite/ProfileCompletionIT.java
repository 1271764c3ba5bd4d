package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.ProfileCompletionPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** ユーザー登録 (profile completion) as a required action of a directory user, in the browser. */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class ProfileCompletionIT {


    private static String newUser(AdminApi admin, String username) {
        Map<String, Object> account = account(username, null);
        account.put("requiredActions", List.of("houjin-profile-completion"));
        return createUser(admin, account, "Temp#Pass2026", false);
    }

    @Test
    void givenANewDirectoryUserThenProfileCompletionChecksEveryFieldAndSavesInOneGo(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        JsonNode registered = admin.get(REALM + "/authentication/required-actions/houjin-profile-completion");
        assertThat(registered.get("enabled").asBoolean()).as("realm-config registers and enables it").isTrue();
        String id = newUser(admin, "00000002:profile_user");
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000002", "profile_user", "Temp#Pass2026");
            ProfileCompletionPage page = new ProfileCompletionPage(browser);
            assertThat(page.title()).contains("ユーザー登録");
            assertThat(page.text("houjin-profile-intro")).startsWith("氏名と、新しいパスワードを設定して登録を完了してください。");
            assertThat(page.text("groupName-shown")).as("the inviter's group, shown, not typed").isEqualTo("第二パートナー株式会社");
            assertThat(page.has("groupName")).isFalse();

            page.confirm(Map.of("lastName", "", "firstName", "太郎", "kanaLastName", "たいむず", "kanaFirstName", "ﾀﾛｳ",
                    "password", "short"));
            assertThat(page.fieldError("lastName")).isEqualTo("氏名を入力してください。");
            assertThat(page.fieldError("kanaLastName")).isEqualTo("全角カタカナで入力してください。");
            assertThat(page.fieldError("password")).isEqualTo("パスワードは10～20文字で入力してください。");
            assertThat(page.value("kanaFirstName")).isEqualTo("タロウ");

            page.confirm(Map.of("lastName", "<b>タイムズ</b>", "kanaLastName", "ﾀｲﾑｽﾞ",
                    "password", "Ｎew#Pass2026"));
            assertThat(page.fieldError("password")).isEqualTo("パスワードに全角文字は使用できません（半角のみ）。");
            assertThat(page.fieldError("lastName")).startsWith("氏名に使用できない記号が含まれています");
            assertThat(page.value("lastName")).isEqualTo("<b>タイムズ</b>");
            assertThat(page.source()).doesNotContain("<b>タイムズ");

            page.typePassword("New#Pass2026");
            page.showPassword();
            assertThat(page.passwordType()).isEqualTo("text");
            page.confirm(Map.of("lastName", "タイムズ"));
            ProfileCompletionPage confirmation = new ProfileCompletionPage(browser);
            assertThat(confirmation.text("confirm-groupName")).isEqualTo("第二パートナー株式会社");
            assertThat(confirmation.text("confirm-name")).isEqualTo("タイムズ 太郎");
            assertThat(confirmation.text("confirm-kana")).isEqualTo("タイムズ タロウ");
            assertThat(confirmation.source()).doesNotContain("New#Pass2026");
            confirmation.save();
            JsonNode claims = client.awaitAccessTokenClaims(browser);
            assertThat(claims.get("family_name").asText()).isEqualTo("タイムズ");

            JsonNode user = user(admin, "00000002:profile_user");
            assertThat(user.path("attributes").path("kanaLastName").get(0).asText()).isEqualTo("タイムズ");
            assertThat(user.path("attributes").path("groupName").get(0).asText()).isEqualTo("第二パートナー株式会社");
            assertThat(user.get("requiredActions")).isEmpty();

            SignIn.assertCorporateSignIn(browser, server, "00000002", "profile_user", "New#Pass2026");
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenThePasswordFieldThenTheRulesAreTickedOffWhileTypingAndEveryBrokenRuleHasItsOwnMessage(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String id = newUser(admin, "00000002:rules_user");
        try {
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000002", "rules_user", "Temp#Pass2026");
            ProfileCompletionPage page = new ProfileCompletionPage(browser);
            assertThat(page.passwordRules()).contains("10～20文字",
                    "英大文字を1文字以上", "英小文字を1文字以上", "数字を1文字以上", "記号を1文字以上", "半角のみ",
                    "使用可能な記号 @!#$%&()*+,-./:;<=>?[]^_`{|}~", "ユーザーIDと同じものは使用できません");
            assertThat(page.ruleStates().values()).containsOnly("pending");

            page.typePassword("abc");
            assertThat(page.ruleStates()).containsEntry("length", "ng").containsEntry("lower", "ok")
                    .containsEntry("upper", "ng").containsEntry("digit", "ng").containsEntry("symbol", "ng")
                    .containsEntry("halfwidth", "ok").containsEntry("allowed", "ok").containsEntry("notUserId", "ok");
            page.typePassword("Ｘ");
            assertThat(page.ruleStates()).containsEntry("halfwidth", "ng").containsEntry("allowed", "ng");
            page.clearPassword();
            page.typePassword("rules_user");
            assertThat(page.ruleStates()).containsEntry("notUserId", "ng");
            page.clearPassword();
            page.typePassword("Rules#User2026");
            assertThat(page.ruleStates().values()).containsOnly("ok");

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
                page.confirm(Map.of("lastName", "規則", "firstName", "太郎", "kanaLastName", "キソク", "kanaFirstName", "タロウ",
                        "password", e.getKey()));
                assertThat(page.fieldError("password")).as(e.getKey()).isEqualTo(e.getValue());
            }
        } finally {
            deleteUser(admin, id);
        }
    }
}
