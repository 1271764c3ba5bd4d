package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.bruteForceStatus;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.releaseLock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.InvitationPage;
import jp.houjin.keycloak.testsuite.pages.IpDeniedPage;
import jp.houjin.keycloak.testsuite.pages.MessagePage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.ProfileCompletionPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Invitations (seed 000, sections 1-2 and FAQ ①) through the real server, Chromium and a real SMTP server: the admin
 * REST resource, the mail, the ユーザー認証 page from the link and from 「初めてログインする方はこちら」, profile
 * completion, and every way a link or a temporary password is refused.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class InvitationIT {

    private static final String CORPORATIONS = REALM + "/houjin-corporations";
    private static final String INVALID = "アカウントを認証できませんでした。法人ID、ユーザーIDまたは仮パスワードが正しくありません。";

    private static TestMailbox mailbox;

    private static String newUser(AdminApi admin, String corporateId, String userId, String email) {
        return createUser(admin, account(corporateId + ":" + userId, email));
    }

    private static JsonNode invite(AdminApi admin, String corporateId, String userId) {
        AdminApi.Response r = admin.send("POST", CORPORATIONS + "/" + corporateId + "/users/" + userId + "/invitation",
                Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static void completeProfile(WebDriver browser, String newPassword) {
        ProfileCompletionPage page = new ProfileCompletionPage(browser);
        assertThat(page.title()).contains("ユーザー登録");
        page.confirm(Map.of("lastName", "招待", "firstName", "花子", "kanaLastName", "ｼｮｳﾀｲ", "kanaFirstName", "ハナコ",
                "password", newPassword));
        ProfileCompletionPage confirmation = new ProfileCompletionPage(browser);
        assertThat(confirmation.text("confirm-kana")).isEqualTo("ショウタイ ハナコ");
        confirmation.save();
    }

    private static String invitationRow(String userIdKey) throws Exception {
        return DirectoryDatabase.queryString("select i.status || '|' || coalesce(i.terms_version, '-') || '|' "
                + "|| case when i.redeemed_at is null then 'open' else 'redeemed' end from invitation i "
                + "join corporate_user u on u.id = i.corporate_user_id where u.user_id_key = ? order by i.created_at desc",
                userIdKey);
    }

    @Test
    void givenAUserWithEmailThenTheMailLinkLeadsThroughVerificationAndRegistrationToASignedInUser(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String email = "inv-mail-1@example.jp";
        String id = newUser(admin, "00000001", "inv_mail_1", email);
        try {
            JsonNode issued = invite(admin, "00000001", "inv_mail_1");
            assertThat(issued.get("mailSent").asBoolean()).isTrue();
            assertThat(issued.get("sentTo").asText()).isEqualTo(email);
            String temporary = issued.get("temporaryPassword").asText();
            assertThat(temporary).hasSize(12);

            MimeMessage mail = mailbox.awaitMailTo(email);
            assertThat(mail.getSubject()).isEqualTo("【タイムズ商事株式会社】ユーザー登録のご案内");
            assertThat(TestMailbox.text(mail)).contains("法人ID: 00000001", "ユーザーID: inv_mail_1", "招待から14日間",
                    "仮パスワードは招待者へご確認ください。").doesNotContain(temporary);
            assertThat(TestMailbox.html(mail)).contains("ユーザー認証ページを開く").doesNotContain(temporary);
            String link = TestMailbox.actionLink(mail);

            browser.get(link);
            InvitationPage page = new InvitationPage(browser);
            assertThat(page.title()).isEqualTo("ユーザー認証");
            assertThat(page.termsHref()).contains("/terms/terms_ja.html");
            page.authenticate("00000001", email, temporary, false);
            assertThat(page.fieldError("acceptTerms")).isEqualTo("利用規約をご確認の上、同意してください。");
            page.authenticate("00000001", email, "Wrong#Pass2026", true);
            assertThat(page.error()).isEqualTo(INVALID);
            assertThat(invitationRow("inv_mail_1")).isEqualTo("PENDING|-|open");

            page.authenticate("０００００００１", email, temporary, true);
            completeProfile(browser, "Invited#Pass2026");
            // The landing endpoint drops the unasked-for code and hands over to the account console, which then runs
            // its own code flow: its callback URL (?state=…&code=…) shows until its script has exchanged the code.
            Browser.await(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/realms/partner-portal/account")
                    && !b.getCurrentUrl().contains("code="));
            assertThat(browser.getCurrentUrl()).doesNotContain("/houjin/");
            browser.get("about:blank"); // stop the console's own scripts before the portal signs in
            assertThat(invitationRow("inv_mail_1")).isEqualTo("REDEEMED|2026-04-01|redeemed");

            // Signed in: the portal gets a token for the invited user without any password being asked.
            AuthorizationCodeClient portal = new AuthorizationCodeClient(server);
            // Navigated by script: the redirect ends on a callback URL where nothing listens, which get() reports as an error.
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.location.href = arguments[0]",
                    portal.authorizationUrl());
            assertThat(portal.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:inv_mail_1");

            Browser.clearAllCookies(browser);
            assertThat(Page.open(browser, MessagePage::new, link).error())
                    .isEqualTo("この招待URLはすでに使用されています。ログインページからログインしてください。");
            assertThat(InvitationPage.isShown(browser)).isFalse();

            // The temporary password is gone; the new one signs in on the ordinary form.
            AuthorizationCodeClient again = new AuthorizationCodeClient(server);
            CorporateLoginPage login = CorporateLoginPage.at(browser, again.authorizationUrl());
            login.signIn("00000001", "inv_mail_1", temporary);
            assertThat(login.error()).contains("法人ID、ユーザーIDまたはパスワードが正しくありません。");
            login.signIn("00000001", "inv_mail_1", "Invited#Pass2026");
            assertThat(again.awaitAccessTokenClaims(browser).get("family_name").asText()).isEqualTo("招待");
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenAUserWithoutEmailThenTheFirstLoginPageLeadsToASignedInUser(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String id = newUser(admin, "00000001", "inv_nomail_1", null);
        try {
            JsonNode issued = invite(admin, "00000001", "inv_nomail_1");
            assertThat(issued.get("mailSent").asBoolean()).isFalse();
            assertThat(issued.hasNonNull("sentTo")).isFalse();
            assertThat(issued.get("corporateId").asText()).isEqualTo("00000001");
            assertThat(issued.get("userId").asText()).isEqualTo("inv_nomail_1");
            String temporary = issued.get("temporaryPassword").asText();
            long days = (issued.get("temporaryPasswordExpiresAt").asLong() - System.currentTimeMillis()) / 86_400_000L;
            assertThat(days).isBetween(29L, 30L);

            AuthorizationCodeClient portal = new AuthorizationCodeClient(server);
            CorporateLoginPage login = CorporateLoginPage.at(browser, portal.authorizationUrl());
            login.signIn("00000001", "inv_nomail_1", temporary);
            assertThat(login.error()).isEqualTo(
                    "ユーザー登録が完了していません。「初めてログインする方はこちら」からユーザー登録を完了してください。");

            InvitationPage page = login.firstLogin();
            assertThat(page.title()).isEqualTo("ユーザー認証（初めてログインする方）");
            assertThat(page.intro()).contains("招待者にご確認ください");
            assertThat(page.text("houjin-invited-by-mail-note"))
                    .contains("招待メールに記載されたURLをご利用ください");
            page.authenticate("00000001", "inv_nomail_1", temporary, true);
            completeProfile(browser, "NoMail#Pass2026");
            assertThat(portal.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:inv_nomail_1");
            assertThat(invitationRow("inv_nomail_1")).isEqualTo("REDEEMED|2026-04-01|redeemed");
        } finally {
            deleteUser(admin, id);
        }
    }

    /**
     * Seed 000's 認証用URL: a bookmarkable address the inviter hands out with the 仮パスワード; it starts the sign-in
     * on ユーザー認証 and ends signed in at the invitation client.
     */
    @Test
    void givenTheFirstLoginUrlThenItOpensUserAuthenticationAndEndsSignedIn(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String id = newUser(admin, "00000001", "inv_nomail_url", null);
        try {
            String temporary = invite(admin, "00000001", "inv_nomail_url").get("temporaryPassword").asText();
            Browser.clearAllCookies(browser);
            InvitationPage page = Page.open(browser, InvitationPage::new, server.realmUrl() + "/houjin/first-login");
            assertThat(page.title()).isEqualTo("ユーザー認証（初めてログインする方）");
            page.authenticate("00000001", "inv_nomail_url", temporary, true);
            completeProfile(browser, "NoMailUrl#Pass2026");
            Browser.await(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/realms/partner-portal/account")
                    && !b.getCurrentUrl().contains("code="));
            browser.get("about:blank");
            assertThat(invitationRow("inv_nomail_url")).isEqualTo("REDEEMED|2026-04-01|redeemed");
            assertThat(admin.get(REALM + "/users/" + id + "/sessions")).as("signed in").isNotEmpty();
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenAUserInvitedByMailThenTheFirstLoginPageSendsThemBackToTheirMail(WebDriver browser, KeycloakServer server,
            AdminApi admin) {
        String id = newUser(admin, "00000001", "inv_mail_2", "inv-mail-2@example.jp");
        try {
            String temporary = invite(admin, "00000001", "inv_mail_2").get("temporaryPassword").asText();
            CorporateLoginPage login = CorporateLoginPage.viaAccountConsole(browser, server);
            login.signIn("00000001", "inv_mail_2", temporary);
            assertThat(login.error()).isEqualTo("ユーザー登録が完了していません。招待メールに記載されたURLからユーザー登録を完了してください。");
            InvitationPage page = login.firstLogin();
            page.authenticate("00000001", "inv_mail_2", "Wrong#Pass2026", true);
            assertThat(page.error()).isEqualTo(INVALID);
            page.authenticate("00000001", "inv_mail_2", temporary, true);
            assertThat(page.error())
                    .isEqualTo("招待メールを受け取っている方はこちらから認証できません。招待メールに記載されたURLをご利用ください。");
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenLinksThatNoLongerWorkThenEachIsRefusedWithItsMessageAndNoForm(WebDriver browser, AdminApi admin)
            throws Exception {
        String email = "inv-mail-3@example.jp";
        String id = newUser(admin, "00000001", "inv_mail_3", email);
        try {
            JsonNode first = invite(admin, "00000001", "inv_mail_3");
            String firstLink = TestMailbox.actionLink(mailbox.awaitMailTo(email));

            // Tampered: one character in the middle of the signature changed.
            int at = firstLink.indexOf("&client_id") - 20;
            char c = firstLink.charAt(at);
            String tampered = firstLink.substring(0, at) + (c == 'A' ? 'B' : 'A') + firstLink.substring(at + 1);
            assertThat(Page.open(browser, MessagePage::new, tampered).error()).isEqualTo("この招待URLは無効です。再度招待を依頼してください。");
            assertThat(InvitationPage.isShown(browser)).isFalse();

            // Re-sent: the old link dies, the new one works; the temporary password is kept for mail invitations.
            AdminApi.Response resent = admin.send("POST", CORPORATIONS + "/00000001/invitations/"
                    + first.get("id").asText() + "/resend", null);
            assertThat(resent.status()).as(resent.body()).isEqualTo(200);
            assertThat(resent.json().has("temporaryPassword")).isFalse();
            mailbox.awaitMailsTo(email, 2);
            assertThat(mailbox.countTo(email)).isEqualTo(2);
            String secondLink = TestMailbox.actionLink(mailbox.awaitMailTo(email));
            assertThat(secondLink).isNotEqualTo(firstLink);
            assertThat(Page.open(browser, MessagePage::new, firstLink).error()).isEqualTo("この招待URLは無効です。再度招待を依頼してください。");
            browser.get(secondLink);
            assertThat(InvitationPage.isShown(browser)).isTrue();
            Browser.clearAllCookies(browser);

            JsonNode pending = admin.get(CORPORATIONS + "/00000001/invitations");
            String secondId = resent.json().get("id").asText();
            assertThat(pending.findValuesAsText("id")).contains(secondId).doesNotContain(first.get("id").asText());

            // Expired: the invitation's expiry lies in the past (as if 14 days went by).
            assertThat(DirectoryDatabase.update("update invitation set expires_at = ? where id = ?", 1L, secondId))
                    .isEqualTo(1);
            assertThat(Page.open(browser, MessagePage::new, secondLink).error()).isEqualTo("招待URLの有効期限が切れています。再度招待を依頼してください。");
            assertThat(InvitationPage.isShown(browser)).isFalse();
            assertThat(admin.get(CORPORATIONS + "/00000001/invitations").findValues("id").stream()
                    .filter(n -> n.asText().equals(secondId)).count()).isEqualTo(1);

            // Revoked: the link and the temporary password stop working.
            JsonNode third = admin.send("POST", CORPORATIONS + "/00000001/invitations/" + secondId + "/resend", null).json();
            String thirdLink = TestMailbox.actionLink(mailbox.awaitMailTo(email));
            assertThat(admin.send("DELETE", CORPORATIONS + "/00000001/invitations/" + third.get("id").asText(), null)
                    .status()).isEqualTo(204);
            assertThat(Page.open(browser, MessagePage::new, thirdLink).error()).isEqualTo("この招待URLは無効です。再度招待を依頼してください。");
            assertThat(DirectoryDatabase.queryString("select coalesce(password_hash, 'none') from corporate_user "
                    + "where user_id_key = ?", "inv_mail_3")).isEqualTo("none");
            assertThat(admin.get(CORPORATIONS + "/00000001/invitations").findValuesAsText("userId"))
                    .doesNotContain("inv_mail_3");
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenTheLinkOfOneUserThenAnotherUsersTemporaryPasswordIsRefusedAndWrongOnesLockTheAccount(WebDriver browser,
            AdminApi admin) {
        String email = "inv-mail-4@example.jp";
        String id = newUser(admin, "00000001", "inv_mail_4", email);
        String otherId = newUser(admin, "00000001", "inv_nomail_4", null);
        try {
            String temporary = invite(admin, "00000001", "inv_mail_4").get("temporaryPassword").asText();
            String otherTemporary = invite(admin, "00000001", "inv_nomail_4").get("temporaryPassword").asText();
            browser.get(TestMailbox.actionLink(mailbox.awaitMailTo(email)));
            InvitationPage page = new InvitationPage(browser);
            jp.houjin.keycloak.testsuite.server.FailurePace pace = new jp.houjin.keycloak.testsuite.server.FailurePace();
            pace.run(() -> page.authenticate("00000001", "inv_nomail_4", otherTemporary, true));
            assertThat(page.error()).isEqualTo(INVALID);

            for (int i = 0; i < 5; i++) {
                String wrong = "Wrong#Pass" + i + "026";
                pace.run(() -> page.authenticate("00000001", "inv_mail_4", wrong, true));
                assertThat(page.error()).isEqualTo(INVALID);
            }
            page.authenticate("00000001", "inv_mail_4", temporary, true);
            // Even the right temporary password now gets the same message: a lock is never shown to the page.
            assertThat(page.error()).isEqualTo(INVALID);
            // Locked for this client address; the account-wide lock needs more failures (the lockout package).
            JsonNode status = bruteForceStatus(admin, id);
            assertThat(status.get("numFailures").asInt()).isBetween(1, 5);
        } finally {
            releaseLock(admin, id);
            deleteUser(admin, id);
            deleteUser(admin, otherId);
        }
    }

    @Test
    void givenAnExpiredTemporaryPasswordThenItIsRefusedWithAMessageToAskTheInviterOnlyWhenRight(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String id = newUser(admin, "00000001", "inv_nomail_5", null);
        try {
            String temporary = invite(admin, "00000001", "inv_nomail_5").get("temporaryPassword").asText();
            assertThat(DirectoryDatabase.update("update corporate_user set temp_password_expires_at = ? where user_id_key = ?",
                    1L, "inv_nomail_5")).isEqualTo(1);
            InvitationPage page = CorporateLoginPage.viaAccountConsole(browser, server).firstLogin();
            page.authenticate("00000001", "inv_nomail_5", "Wrong#Pass2026", true);
            assertThat(page.error()).isEqualTo(INVALID);
            page.authenticate("00000001", "inv_nomail_5", temporary, true);
            assertThat(page.error()).isEqualTo("仮パスワードの有効期限が切れています。招待者に再度招待を依頼してください。");
            assertThat(invitationRow("inv_nomail_5")).isEqualTo("PENDING|-|open");
        } finally {
            releaseLock(admin, id);
            deleteUser(admin, id);
        }
    }

    @Test
    void givenACorporationWithAnAllowListThenTheFirstLoginPageIsRefusedFromOutside(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String id = newUser(admin, "00000003", "inv_nomail_6", null);
        try {
            String temporary = invite(admin, "00000003", "inv_nomail_6").get("temporaryPassword").asText();
            CorporateLoginPage.viaAccountConsole(browser, server).firstLogin()
                    .authenticate("00000003", "inv_nomail_6", temporary, true);
            assertThat(new IpDeniedPage(browser).title()).isEqualTo("アクセス制限エラー");
            assertThat(invitationRow("inv_nomail_6")).isEqualTo("PENDING|-|open");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenTheAdminResourceThenItNeedsAnAdminRefusesBadInputAndStoresNothingWhenTheMailFails(KeycloakServer server,
            AdminApi admin) throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + "/admin" + CORPORATIONS + "/00000001/invitations")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        AdminApi.Response nobody = admin.send("POST", CORPORATIONS + "/00000001/users/nobody_here/invitation", Map.of());
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.json().get("error").asText()).isEqualTo("user_not_found");
        AdminApi.Response nobodysPassword = admin.send("POST", CORPORATIONS + "/00000001/users/nobody_here/initial-password",
                Map.of());
        assertThat(nobodysPassword.status()).isEqualTo(404);
        assertThat(nobodysPassword.json().get("error").asText()).isEqualTo("user_not_found");
        assertThat(admin.send("POST", CORPORATIONS + "/99999999/users/times_user001/invitation", Map.of()).status())
                .isEqualTo(404);

        String email = "inv-mail-7@example.jp";
        String id = newUser(admin, "00000001", "inv_mail_7", email);
        try {
            AdminApi.Response weak = admin.send("POST", CORPORATIONS + "/00000001/users/inv_mail_7/invitation",
                    Map.of("temporaryPassword", "short"));
            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.json().get("error").asText()).isEqualTo("temporary_password_refused");

            mailbox.useFor(TestMailbox.freePort());
            AdminApi.Response failed = admin.send("POST", CORPORATIONS + "/00000001/users/inv_mail_7/invitation", Map.of());
            assertThat(failed.status()).as(failed.body()).isEqualTo(502);
            assertThat(failed.json().get("error").asText()).isEqualTo("mail_not_sent");
            assertThat(invitationRow("inv_mail_7")).isNull();
            assertThat(DirectoryDatabase.queryString("select coalesce(password_hash, 'none') from corporate_user "
                    + "where user_id_key = ?", "inv_mail_7")).isEqualTo("none");
        } finally {
            mailbox.useFor(mailbox.port());
            deleteUser(admin, id);
        }
    }
}
