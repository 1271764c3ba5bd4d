package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.bruteForceStatus;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.lastLoginError;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.releaseLock;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.user;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.ForgotPasswordPage;
import jp.houjin.keycloak.testsuite.pages.InvitationPage;
import jp.houjin.keycloak.testsuite.pages.IpDeniedPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Sign-in with 法人ID through the real server, the partner-portal theme and Chromium, on the demo directory. */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class CorporateLoginIT {

    static final String GENERIC_ERROR = "法人ID、ユーザーIDまたはパスワードが正しくありません。";

    private static JsonNode signInForToken(WebDriver browser, KeycloakServer server, String corporateId, String login,
            String password) {
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        CorporateLoginPage page = CorporateLoginPage.at(browser, client.authorizationUrl());
        page.signIn(corporateId, login, password);
        return client.awaitAccessTokenClaims(browser);
    }

    @Nested
    class GivenTheDemoDirectory {

        @Test
        void thenAUserSignsInAndTheDemoClientGetsATokenForTheDirectoryAccount(WebDriver browser, KeycloakServer server) {
            JsonNode claims = signInForToken(browser, server, "00000001", "times_user001", "Times#Pass2026");
            assertThat(claims.get("preferred_username").asText()).isEqualTo("00000001:times_user001");
            assertThat(claims.get("family_name").asText()).isEqualTo("タイムズ");
            assertThat(claims.get("email").asText()).isEqualTo("times_user001@example.jp");
        }

        @Test
        void thenTheEmailAddressWorksInPlaceOfTheUserId(WebDriver browser, KeycloakServer server) {
            JsonNode claims = signInForToken(browser, server, "00000001", "TIMES_USER001@example.jp", "Times#Pass2026");
            assertThat(claims.get("preferred_username").asText()).isEqualTo("00000001:times_user001");
        }

        @Test
        void thenAFullWidthCorporateIdWithSpacesSignsIn(WebDriver browser, KeycloakServer server) {
            JsonNode claims = signInForToken(browser, server, "　０００００００１　", "ｔｉｍｅｓ＿ｕｓｅｒ００１",
                    "Times#Pass2026");
            assertThat(claims.get("preferred_username").asText()).isEqualTo("00000001:times_user001");
        }

        @Test
        void thenTheSameUserIdInTwoCorporationsReachesTwoAccounts(WebDriver browser, KeycloakServer server) {
            JsonNode first = signInForToken(browser, server, "00000001", "times_user001", "Times#Pass2026");
            Browser.clearAllCookies(browser);
            JsonNode second = signInForToken(browser, server, "00000002", "times_user001", "Second#Pass2026");
            assertThat(second.get("preferred_username").asText()).isEqualTo("00000002:times_user001");
            assertThat(second.get("sub").asText()).isNotEqualTo(first.get("sub").asText());
        }

        @Test
        void thenALegacyBcryptPasswordSignsInAndKeepsWorkingAfterTheUpgrade(WebDriver browser, KeycloakServer server)
                throws Exception {
            assertThat(DirectoryDatabase.passwordHash("00000001", "legacy_user")).startsWith("$2a$10$");
            signInForToken(browser, server, "00000001", "legacy_user", "Legacy#Pass2026");
            String upgraded = DirectoryDatabase.passwordHash("00000001", "legacy_user");
            // Re-hashed under the realm's policy: Keycloak's default, Argon2 (the stored form: PasswordHashingIT).
            assertThat(upgraded).startsWith("{").contains("\"algorithm\":\"argon2\"").doesNotContain("Legacy#Pass2026");
            Browser.clearAllCookies(browser);
            JsonNode again = signInForToken(browser, server, "00000001", "legacy_user", "Legacy#Pass2026");
            assertThat(again.get("preferred_username").asText()).isEqualTo("00000001:legacy_user");
        }
    }

    /**
     * Seed 004: a corporate account signs in on the 法人の方 tab with its registered email and password, 法人ID left
     * empty. Only an address exactly one directory account has is taken; everything else — unknown, shared by two
     * accounts, wrong password, or an account whose corporation's allow-list refuses this network — gets the one
     * credential message (アクセス制限エラー would tell an outsider that the address has an account).
     */
    @Nested
    class GivenAnEmailAndNoCorporateId {

        @Test
        void thenTheOneCorporateAccountWithThatAddressSignsIn(WebDriver browser, KeycloakServer server) {
            JsonNode claims = signInForToken(browser, server, "", "Times_Admin@example.jp", "Admin#Pass2026");
            assertThat(claims.get("preferred_username").asText()).isEqualTo("00000001:times_admin");
        }

        @Test
        void thenUnknownSharedRefusedByTheAllowListOrWrongAllAnswerTheSame(WebDriver browser, KeycloakServer server,
                AdminApi admin) throws Exception {
            // Another system gave a second account the same address (Keycloak itself refuses duplicates).
            String sharing = "update corporate_user set email = ?, email_key = ? where user_id_key = 'times_user001' "
                    + "and corporation_id = (select id from corporation where corporate_id = '00000002')";
            assertThat(DirectoryDatabase.update(sharing, "times_user001@example.jp", "times_user001@example.jp")).isEqualTo(1);
            try {
                CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
                page.signIn("", "nobody-here@example.jp", "Times#Pass2026");
                String unknown = page.error();
                page.signIn("", "times_user001@example.jp", "Times#Pass2026");
                String sharedAddress = page.error();
                page.signIn("", "ip_user001@example.jp", "IpOnly#Pass2026");
                String outsideTheList = page.error();
                assertThat(IpDeniedPage.isShown(browser)).isFalse();
                page.signIn("", "times_admin@example.jp", "Wrong#Pass2026");
                String wrong = page.error();

                assertThat(List.of(unknown, sharedAddress, outsideTheList, wrong)).containsOnly(GENERIC_ERROR);
                assertThat(lastLoginError(admin, "nobody-here@example.jp").get("error").asText()).isEqualTo("user_not_found");
                assertThat(lastLoginError(admin, "times_user001@example.jp").get("error").asText()).isEqualTo("user_not_found");
                JsonNode refused = lastLoginError(admin, "ip_user001@example.jp");
                assertThat(refused.get("error").asText()).isEqualTo("ip_not_allowed");
                assertThat(refused.path("details").path("corporate_id").asText()).isEqualTo("00000003");
                assertThat(lastLoginError(admin, "times_admin@example.jp").get("error").asText())
                        .isEqualTo("invalid_user_credentials");
            } finally {
                DirectoryDatabase.update(sharing, "user001@second.example.jp", "user001@second.example.jp");
            }
        }
    }

    @Nested
    class GivenWrongCredentials {

        @Test
        void thenUnknownCorporationUnknownUserAndWrongPasswordShowTheSameMessageWithTheirOwnEvents(WebDriver browser,
                KeycloakServer server, AdminApi admin) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signIn("99999999", "times_user001", "Times#Pass2026");
            String unknownCorporation = page.error();
            page.signIn("00000001", "nobody_here", "Times#Pass2026");
            String unknownUser = page.error();
            page.signIn("00000002", "times_user001", "Wrong#Pass2026");
            String wrongPassword = page.error();

            assertThat(List.of(unknownCorporation, unknownUser, wrongPassword)).containsOnly(GENERIC_ERROR);
            assertThat(page.value("password")).isEmpty();
            assertThat(lastLoginError(admin, "99999999:times_user001").get("error").asText()).isEqualTo("corporation_not_found");
            assertThat(lastLoginError(admin, "00000001:nobody_here").get("error").asText()).isEqualTo("user_not_found");
            JsonNode wrong = lastLoginError(admin, "00000002:times_user001");
            assertThat(wrong.get("error").asText()).isEqualTo("invalid_user_credentials");
            assertThat(wrong.path("details").path("corporate_id").asText()).isEqualTo("00000002");
        }

        @Test
        void thenALoginSuspendedUserIsToldOnlyAfterTheRightPassword(WebDriver browser, KeycloakServer server,
                AdminApi admin) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signIn("00000001", "suspended_user", "Wrong#Pass2026");
            assertThat(page.error()).isEqualTo(GENERIC_ERROR);
            page.signIn("00000001", "suspended_user", "Suspend#Pass2026");
            assertThat(page.error()).isEqualTo("00000001へのアクセスは制限されています。");
            assertThat(lastLoginError(admin, "00000001:suspended_user").get("error").asText()).isEqualTo("user_login_suspended");
        }

        @Test
        void thenASuspendedCorporationIsRestricted(WebDriver browser, KeycloakServer server, AdminApi admin) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signIn("00000009", "paused_user", "Paused#Pass2026");
            assertThat(page.error()).isEqualTo("00000009へのアクセスは制限されています。");
            assertThat(lastLoginError(admin, "00000009:paused_user").get("error").asText()).isEqualTo("corporation_suspended");
        }

        /**
         * Five failures lock this client address out of the account (the browser, IPv6 loopback); the same account
         * still signs in from another network (a forwarded address behind the trusted proxy). The console's unlock
         * lifts the lock. Failures are paced as a person types, so Keycloak's quick-login check stays out of it.
         */
        @Test
        void thenRepeatedFailuresLockThisAddressOutOfTheAccountAndEvenTheRightPasswordIsNotChecked(WebDriver browser,
                KeycloakServer server, AdminApi admin) throws Exception {
            String id = userId(admin, "00000002:locktest_user");
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            jp.houjin.keycloak.testsuite.server.FailurePace pace = new jp.houjin.keycloak.testsuite.server.FailurePace();
            try {
                List<String> messages = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String wrong = "Wrong#Pass" + i + "xx";
                    pace.run(() -> page.signIn("00000002", "locktest_user", wrong));
                    messages.add(page.error());
                }
                assertThat(messages).containsOnly(GENERIC_ERROR);
                pace.run(() -> page.signIn("00000002", "locktest_user", "Lock#Pass2026"));
                // Locked looks like a wrong password (stock Keycloak does the same): the page never says an account is locked.
                assertThat(page.error()).isEqualTo(GENERIC_ERROR);
                JsonNode locked = lastLoginError(admin, "00000002:locktest_user");
                assertThat(locked.get("error").asText()).isEqualTo("user_temporarily_disabled");
                assertThat(locked.path("details").path("lock_scope").asText()).isEqualTo("address");
                JsonNode status = bruteForceStatus(admin, id);
                assertThat(status.get("disabled").asBoolean()).as("not locked everywhere").isFalse();
                assertThat(status.get("numFailures").asInt()).isEqualTo(5);

                // From another network the account signs in: an outsider's guesses do not lock the user out.
                CurlLogin.Result elsewhere = CurlLogin.signIn(server, jp.houjin.keycloak.testsuite.server.ServerOptions.TRUSTED_PROXY,
                        "10.1.2.3", "00000002", "locktest_user", "Lock#Pass2026");
                assertThat(CurlLogin.redirectedWithCode(elsewhere)).as(elsewhere.body()).isTrue();
                page.signIn("00000002", "locktest_user", "Lock#Pass2026");
                assertThat(page.error()).as("still locked here").isEqualTo(GENERIC_ERROR);
            } finally {
                // The console's unlock (Users → user → 一時的にロック: off) lifts the address lock too.
                releaseLock(admin, id);
            }
            page.signIn("00000002", "locktest_user", "Lock#Pass2026");
            assertThat(browser.getCurrentUrl()).contains("/account");
        }
    }

    @Nested
    class GivenBadInput {

        @Test
        void thenControlCharactersAndOverlongInputAreRefusedBeforeAnyLookup(WebDriver browser, KeycloakServer server,
                AdminApi admin) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signInRaw("00000001", "times\u0007user001", "Times#Pass2026");
            assertThat(page.fieldError("loginId")).isEqualTo("使用できない文字（制御文字など）が含まれています。");
            assertThat(lastLoginError(admin, "").get("error").asText()).isEqualTo("houjin_invalid_input");

            page.signInRaw("00000001", "u".repeat(255), "Times#Pass2026");
            assertThat(page.fieldError("loginId")).isEqualTo("ユーザーIDまたはメールアドレスが長すぎます。");

            page.signInRaw("1234", "times_user001", "Times#Pass2026");
            assertThat(page.fieldError("corporateId")).isEqualTo("法人IDは数字8桁で入力してください（例: 00000001）。");
            assertThat(page.value("loginId")).isEqualTo("times_user001");

            page.signInRaw("", "", "");
            assertThat(page.fieldError("corporateId")).isEqualTo("法人IDを入力してください。");
            assertThat(page.fieldError("loginId")).isEqualTo("ユーザーIDまたはメールアドレスを入力してください。");
            assertThat(page.fieldError("password")).isEqualTo("パスワードを入力してください。");
        }

        @Test
        void thenMarkupTypedIntoTheFormIsShownAsText(WebDriver browser, KeycloakServer server) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signInRaw("00000001", "<b>x</b>", "Times#Pass2026");
            assertThat(page.value("loginId")).isEqualTo("<b>x</b>");
            assertThat(browser.getPageSource()).doesNotContain("<b>x</b>");
        }
    }

    @Nested
    class GivenTheSeedPage {

        @Test
        void thenItShowsTheSeedFieldsExamplesAndLinks(WebDriver browser, KeycloakServer server) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            String text = page.bodyText();
            assertThat(text).contains("法人ID", "例: 00000001", "ユーザーIDまたはメールアドレス", "例: times_user001", "パスワード",
                    "次回から法人ID・ユーザーIDの入力を省略する", "初めてログインする方はこちら", "パスワードを忘れた方はこちら",
                    "法人の方", "個人の方");
            InvitationPage firstLogin = page.firstLogin();
            assertThat(firstLogin.bodyText()).contains("招待者");
            ForgotPasswordPage forgot = firstLogin.back().forgotPassword();
            assertThat(forgot.bodyText()).contains("所属グループ");
            forgot.back();
        }

        @Test
        void thenRememberingTheIdsPrefillsThemNextTimeButNeverThePassword(WebDriver browser, KeycloakServer server) {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signIn("00000001", "times_user001", "Times#Pass2026", true);
            Cookie remembered = browser.manage().getCookieNamed("HOUJIN_REMEMBERED_IDS");
            assertThat(remembered).isNotNull();
            assertThat(remembered.isHttpOnly()).isTrue();
            assertThat(remembered.getPath()).isEqualTo("/realms/partner-portal/");
            assertThat(new String(java.util.Base64.getUrlDecoder().decode(remembered.getValue()))).doesNotContain("Times#Pass2026");

            Browser.clearAllCookies(browser);
            browser.get(server.baseUrl() + "/realms/partner-portal/");
            browser.manage().addCookie(remembered);
            CorporateLoginPage again = CorporateLoginPage.viaAccountConsole(browser, server);
            assertThat(again.value("corporateId")).isEqualTo("00000001");
            assertThat(again.value("loginId")).isEqualTo("times_user001");
            assertThat(again.value("password")).isEmpty();
            assertThat(again.rememberChecked()).isTrue();
        }
    }

    @Nested
    class GivenAnIndividualAccount {

        @Test
        void thenItSignsInOnTheIndividualTabAndCorporateAccountsDoNot(WebDriver browser, KeycloakServer server,
                AdminApi admin) {
            Map<String, Object> individual = Map.of("username", "indiv-login-it", "email", "indiv-login-it@example.jp",
                    "firstName", "個人", "lastName", "利用者", "enabled", true, "emailVerified", true,
                    "credentials", List.of(Map.of("type", "password", "value", "Indiv#Pass2026", "temporary", false)));
            assertThat(admin.send("POST", REALM + "/users", individual).status()).isIn(201, 409);

            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signInIndividual("times_user001@example.jp", "Times#Pass2026");
            assertThat(page.error()).isEqualTo("メールアドレスまたはパスワードが正しくありません。");
            assertThat(page.individualTabShown()).isTrue();

            page.signInIndividual("indiv-login-it@example.jp", "Indiv#Pass2026");
            assertThat(browser.getCurrentUrl()).contains("/account");
        }
    }

    @Nested
    class GivenAnAdminInTheConsole {

        @Test
        void thenTheConsoleSearchFindsDirectoryUsersPaged(AdminApi admin) {
            JsonNode byUserId = admin.get(REALM + "/users?search=times_user001");
            assertThat(byUserId).extracting(u -> u.get("username").asText())
                    .contains("00000001:times_user001", "00000002:times_user001");
            JsonNode byKana = admin.get(REALM + "/users?search=" + java.net.URLEncoder.encode("カンリ", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(byKana).extracting(u -> u.get("username").asText()).containsExactly("00000001:times_admin");
            JsonNode page1 = admin.get(REALM + "/users?search=*&first=0&max=3");
            JsonNode page2 = admin.get(REALM + "/users?search=*&first=3&max=3");
            assertThat(page1).hasSize(3);
            assertThat(page2).isNotEmpty();
            assertThat(page1.get(0).get("username").asText()).isNotEqualTo(page2.get(0).get("username").asText());
            assertThat(admin.get(REALM + "/users/count?search=00000001").asInt()).isGreaterThanOrEqualTo(5);
            JsonNode one = byUserId.get(0);
            assertThat(one.path("attributes").path("corporateId").get(0).asText()).matches("0000000[12]");
            assertThat(one.get("federationLink").asText()).isNotEmpty();
        }

        @Test
        void thenAnAdminEditIsSeenAtTheNextSignIn(WebDriver browser, KeycloakServer server, AdminApi admin) {
            ObjectNode rep = (ObjectNode) user(admin, "00000001:no_email_user");
            String id = rep.get("id").asText();
            rep.put("firstName", "次郎改");
            ((ObjectNode) rep.get("attributes")).putArray("loginStatus").add("login_suspended");
            assertThat(admin.send("PUT", REALM + "/users/" + id, rep).status()).isEqualTo(204);

            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            page.signIn("00000001", "no_email_user", "NoMail#Pass2026");
            assertThat(page.error()).isEqualTo("00000001へのアクセスは制限されています。");

            ((ObjectNode) rep.get("attributes")).putArray("loginStatus").add("active");
            assertThat(admin.send("PUT", REALM + "/users/" + id, rep).status()).isEqualTo(204);
            Browser.clearAllCookies(browser);
            JsonNode claims = signInForToken(browser, server, "00000001", "no_email_user", "NoMail#Pass2026");
            assertThat(claims.get("given_name").asText()).isEqualTo("次郎改");
            assertThat(claims.has("email")).isFalse();
        }

        @Test
        void thenAPasswordSetInTheConsoleIsWrittenToTheDirectoryAndCheckedByThePolicy(WebDriver browser,
                KeycloakServer server, AdminApi admin) {
            assertThat(admin.send("POST", REALM + "/users", Map.of("username", "00000002:reset_me", "enabled", true,
                    "firstName", "再設定", "lastName", "試験")).status()).isEqualTo(201);
            String id = userId(admin, "00000002:reset_me");
            AdminApi.Response weak = admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                    Map.of("type", "password", "value", "short", "temporary", false));
            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.body()).contains("houjinPasswordLength");
            assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                    Map.of("type", "password", "value", "Reset#Pass2026", "temporary", false)).status()).isEqualTo(204);

            JsonNode claims = signInForToken(browser, server, "00000002", "reset_me", "Reset#Pass2026");
            assertThat(claims.get("preferred_username").asText()).isEqualTo("00000002:reset_me");
            assertThat(admin.send("DELETE", REALM + "/users/" + id, null).status()).isEqualTo(204);
        }

        @Test
        void thenAnAdminCreatesAndDeletesADirectoryUserFromTheConsole(AdminApi admin) {
            Map<String, Object> rep = Map.of("username", "00000002:console_made", "enabled", true, "firstName", "作成",
                    "lastName", "管理", "attributes", Map.of("groupName", List.of("本社")));
            AdminApi.Response response = admin.send("POST", REALM + "/users", rep);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            JsonNode created = user(admin, "00000002:console_made");
            assertThat(created.path("attributes").path("corporateId").get(0).asText()).isEqualTo("00000002");
            assertThat(created.get("federationLink").asText()).isNotEmpty();
            assertThat(admin.send("POST", REALM + "/users", Map.of("username", "99999999:nobody")).status()).isEqualTo(400);
            assertThat(admin.send("DELETE", REALM + "/users/" + created.get("id").asText(), null).status()).isEqualTo(204);
            assertThat(admin.get(REALM + "/users?exact=true&username=00000002:console_made")).isEmpty();
        }
    }
}
