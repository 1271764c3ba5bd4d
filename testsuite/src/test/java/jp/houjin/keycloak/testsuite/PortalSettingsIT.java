package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.setRealmAttribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.CorporateSignupPage;
import jp.houjin.keycloak.testsuite.pages.ForgotPasswordPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The seeds disagree on rules (seed 000: passwords of 10–20 characters with all four classes, reset links valid 1
 * hour; seed 002: 半角英数混合8桁以上, links valid 24 hours). A seed-002-like portal is reached by realm settings
 * alone — the password policy and the user-action lifespan, the values the README shows — and the pages and mails
 * then say what the server enforces.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class PortalSettingsIT {

    /** The README's seed-002 policy. */
    static final String SEED_002_POLICY = "houjin-password-rules(min=8;max=64;upper=0;lower=0;letter=1;digit=1;symbol=0;"
            + "halfwidth=true;notUserId=true;symbols=)";
    private static final String RESET_LIFESPAN = "actionTokenGeneratedByUserLifespan.houjin-reset-password";

    private static TestMailbox mailbox;

    @Test
    void givenASeed002LikePortalThenPagesAndMailsFollowItsSettings(WebDriver browser, KeycloakServer server,
            AdminApi admin) {
        String previousPolicy = admin.get(REALM).path("passwordPolicy").asText();
        String previousLifespan = null;
        String email = "seed002-reset@example.jp";
        String id = createUser(admin, account("00000001:seed002_user", email), "Seed#Pass2026", false);
        try {
            assertThat(admin.send("PUT", REALM, Map.of("passwordPolicy", SEED_002_POLICY)).status()).isEqualTo(204);
            previousLifespan = setRealmAttribute(admin, RESET_LIFESPAN, "86400");

            // 新規登録（法人）: the rules listed are the policy's, ticked off while typing.
            Browser.clearAllCookies(browser);
            CorporateLoginPage login = CorporateLoginPage.at(browser, new AuthorizationCodeClient(server).authorizationUrl());
            CorporateSignupPage signup = login.registerCorporate();
            assertThat(signup.text("houjin-corporate-signup-intro")).contains("「*」のついている項目は必須項目です。");
            assertThat(signup.passwordRules()).contains("8～64文字", "英字を1文字以上", "数字を1文字以上",
                    "半角英数字のみ（記号は使用できません）").doesNotContain("英大文字", "使用可能な記号");
            signup.typePassword("abcd1234");
            assertThat(signup.ruleStates().values()).containsOnly("ok");
            signup.typePassword("#");
            assertThat(signup.ruleStates()).containsEntry("alphanumeric", "ng");

            // パスワードを忘れた方: the page and the mail say 24 hours.
            Browser.clearAllCookies(browser);
            ForgotPasswordPage forgot = CorporateLoginPage.viaAccountConsole(browser, server).forgotPassword()
                    .request("00000001", "seed002_user");
            assertThat(forgot.sent()).contains("メール受取後、24時間以内に設定を完了してください。");
            assertThat(TestMailbox.text(mailbox.awaitMailTo(email))).contains("24時間後に無効になります");
        } finally {
            admin.send("PUT", REALM, Map.of("passwordPolicy", previousPolicy));
            setRealmAttribute(admin, RESET_LIFESPAN, previousLifespan == null ? "3600" : previousLifespan);
            deleteUser(admin, id);
        }
    }
}
