package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.setRealmAttribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateConfirmPage;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.CorporateSignupPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * 新規登録（法人） (seed 004): the form and its refusals, a PENDING corporation nobody can sign in to, 本登録 through
 * the mail's link (tampered, reused and superseded links refused), then the admin signs in with the new 法人ID. An
 * address that already has a corporate account gets the same page and a mail to its owner, and nothing is stored.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class CorporateSignupIT {

    private static final String PASSWORD = "Corp#SignUp2026";
    private static TestMailbox mailbox;

    private static CorporateSignupPage openForm(WebDriver browser, KeycloakServer server) {
        Browser.clearAllCookies(browser);
        CorporateLoginPage login = CorporateLoginPage.at(browser, new AuthorizationCodeClient(server).authorizationUrl());
        assertThat(login.text("houjin-register-corporate")).isEqualTo("新規登録（法人）はこちら");
        CorporateSignupPage page = login.registerCorporate();
        assertThat(page.title()).isEqualTo("新規登録（法人）");
        return page;
    }

    private static Map<String, String> application(String name, String email) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("corporationName", name);
        values.put("corporateNumber", "");
        values.put("lastName", "申込");
        values.put("firstName", "一郎");
        values.put("kanaLastName", "モウシコミ");
        values.put("kanaFirstName", "イチロウ");
        values.put("email", email);
        values.put("password", PASSWORD);
        values.put("password-confirm", PASSWORD);
        return values;
    }

    private static String corporateIdOf(String name) throws Exception {
        return DirectoryDatabase.queryString("select corporate_id from corporation where name = ?", name);
    }

    private static void deleteCorporation(String name) throws Exception {
        String id = DirectoryDatabase.queryString("select id from corporation where name = ?", name);
        if (id != null) {
            DirectoryDatabase.update("delete from corporate_user where corporation_id = ?", id);
            DirectoryDatabase.update("update corporate_group set parent_id = null where corporation_id = ?", id);
            DirectoryDatabase.update("delete from corporate_group where corporation_id = ?", id);
            DirectoryDatabase.update("delete from corporation where id = ?", id);
        }
    }

    @Test
    void givenTheCorporateSignUpThenThePendingCorporationIsConfirmedByMailAndItsAdminSignsIn(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String name = "新規登録テスト株式会社";
        String email = "corp-sign-up-1@example.com";
        try {
            CorporateSignupPage page = openForm(browser, server);
            Map<String, String> values = application("<b>新規</b>", "ｃｏｒｐ-sign-up-1@example.com");
            values.put("corporateNumber", "1234567890123");
            values.put("kanaFirstName", "いちろう");
            values.put("password-confirm", "Corp#SignUp2027");
            page.submit(values, false);
            assertThat(page.fieldError("corporationName")).startsWith("法人名に使用できない記号が含まれています");
            assertThat(page.fieldError("corporateNumber")).contains("チェックデジット");
            assertThat(page.fieldError("kanaFirstName")).isEqualTo("全角カタカナで入力してください。");
            assertThat(page.fieldError("password-confirm")).isEqualTo("パスワードと確認用のパスワードが一致しません。");
            assertThat(page.fieldError("acceptTerms")).isEqualTo("利用規約に同意してください。");
            // Full-width letters in the address are normalised and kept; the password is never sent back.
            assertThat(page.value("email")).isEqualTo(email);
            assertThat(page.value("password")).isEmpty();
            assertThat(DirectoryDatabase.queryString("select count(*) from corporate_user where email_key = ?", email))
                    .isEqualTo("0");

            values = application(name, email);
            values.put("corporateNumber", "７１２３４５６７８９０１２");
            values.put("password", "short");
            values.put("password-confirm", "short");
            page.submit(values, true);
            assertThat(page.fieldError("password")).isEqualTo("パスワードは10～20文字で入力してください。");
            assertThat(corporateIdOf(name)).isNull();

            page.submit(application(name, email), true);
            assertThat(page.title()).isEqualTo("本登録のお願い");
            assertThat(page.sent()).contains(email, "24時間");
            String corporateId = corporateIdOf(name);
            assertThat(corporateId).matches("[1-9][0-9]{7}");
            assertThat(DirectoryDatabase.queryString("select status from corporation where corporate_id = ?", corporateId))
                    .isEqualTo("PENDING");

            // Before 本登録 nobody signs in, even with the right password.
            Browser.clearAllCookies(browser);
            AuthorizationCodeClient early = new AuthorizationCodeClient(server);
            CorporateLoginPage login = CorporateLoginPage.at(browser, early.authorizationUrl());
            login.signIn(corporateId, email, PASSWORD);
            assertThat(login.error()).isEqualTo("本登録が完了していません。登録時にお送りしたメールのURLを開き、本登録を完了してください。");
            login.signIn(corporateId, email, "Wrong#Pass2026");
            assertThat(login.error()).isEqualTo("法人ID、ユーザーIDまたはパスワードが正しくありません。");

            MimeMessage mail = mailbox.awaitMailTo(email);
            assertThat(mail.getSubject()).isEqualTo("【本登録のお願い】新規登録（法人）");
            assertThat(TestMailbox.text(mail)).contains("「" + name + "」", "法人ID " + corporateId, "ユーザーID admin", "24時間");
            // The applicant's own text comes only after the link, quoted: the portal's sender never leads with it.
            assertThat(TestMailbox.text(mail).indexOf(name)).isGreaterThan(TestMailbox.text(mail).indexOf("/houjin/corporate-signup?key="));
            String link = TestMailbox.link(mail, "/houjin/corporate-signup?key=");

            String key = link.substring(link.indexOf("key=") + 4);
            int middle = key.lastIndexOf('.') + 10;
            String tampered = link.replace(key, key.substring(0, middle)
                    + (key.charAt(middle) == 'A' ? 'B' : 'A') + key.substring(middle + 1));
            assertThat(Page.open(browser, CorporateConfirmPage::new, tampered).error()).startsWith("このURLは無効です。");

            CorporateConfirmPage confirm = Page.open(browser, CorporateConfirmPage::new, link);
            assertThat(confirm.intro()).contains(name, email);
            assertThat(DirectoryDatabase.queryString("select status from corporation where corporate_id = ?", corporateId))
                    .as("opening the link alone confirms nothing (mail scanners follow links)").isEqualTo("PENDING");
            CorporateConfirmPage done = confirm.confirm();
            assertThat(done.title()).isEqualTo("本登録完了");
            assertThat(done.newCorporateId()).isEqualTo(corporateId);
            assertThat(DirectoryDatabase.queryString("select status from corporation where corporate_id = ?", corporateId))
                    .isEqualTo("ACTIVE");

            assertThat(Page.open(browser, CorporateConfirmPage::new, link).error()).isEqualTo("この法人（法人ID " + corporateId
                    + "）の本登録は既に完了しています。法人IDでログインしてください。");

            JsonNode claims = SignIn.corporateClaims(browser, server, corporateId, email, PASSWORD);
            assertThat(claims.get("preferred_username").asText()).isEqualTo(corporateId + ":admin");
            assertThat(claims.get("email").asText()).isEqualTo(email);

            JsonNode events = admin.get(REALM + "/events?type=REGISTER&type=REGISTER_ERROR&type=VERIFY_EMAIL"
                    + "&type=VERIFY_EMAIL_ERROR&max=100");
            assertThat(events.findValuesAsText("type")).contains("REGISTER", "VERIFY_EMAIL");
            assertThat(events.toString()).contains(corporateId, "houjin_invalid_input", "invalid_token",
                    "signup_already_confirmed");
        } finally {
            deleteCorporation(name);
        }
    }

    @Test
    void givenASecondSignUpWithTheSameAddressThenOnlyTheNewestLinkWorks(WebDriver browser, KeycloakServer server)
            throws Exception {
        String email = "corp-sign-up-2@example.com";
        try {
            openForm(browser, server).submit(application("二重申込株式会社", email), true);
            String first = TestMailbox.link(mailbox.awaitMailTo(email), "/houjin/corporate-signup?key=");
            String firstId = corporateIdOf("二重申込株式会社");
            assertThat(firstId).isNotNull();

            CorporateSignupPage again = openForm(browser, server);
            again.submit(application("二重申込(再)株式会社", email), true);
            assertThat(again.title()).isEqualTo("本登録のお願い");
            assertThat(corporateIdOf("二重申込株式会社")).as("the unconfirmed first sign-up is replaced").isNull();

            assertThat(Page.open(browser, CorporateConfirmPage::new, first).error()).startsWith("このURLは、同じメールアドレスで後からお申込みがあったため無効");
            assertThat(mailbox.countTo(email)).isEqualTo(2);

            // Three sign-ups per address and hour (realm attribute houjinSignupsPerEmail): the fourth gets the same
            // page but no mail, so nobody can flood an address from the portal's sender.
            openForm(browser, server).submit(application("二重申込(三)株式会社", email), true);
            CorporateSignupPage fourth = openForm(browser, server);
            fourth.submit(application("二重申込(四)株式会社", email), true);
            assertThat(fourth.title()).isEqualTo("本登録のお願い");
            assertThat(mailbox.countTo(email)).isEqualTo(3);
            assertThat(corporateIdOf("二重申込(四)株式会社")).isNull();
            String second = TestMailbox.link(mailbox.awaitMailsTo(email, 3)[2], "/houjin/corporate-signup?key=");
            assertThat(Page.open(browser, CorporateConfirmPage::new, second).confirm().newCorporateId())
                    .isEqualTo(corporateIdOf("二重申込(三)株式会社"));
        } finally {
            deleteCorporation("二重申込株式会社");
            deleteCorporation("二重申込(再)株式会社");
            deleteCorporation("二重申込(三)株式会社");
        }
    }

    @Test
    void givenTooManySignUpsFromOneNetworkThenTheFormSaysSoAndNothingIsStoredOrSent(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String email = "corp-sign-up-limit@example.com";
        try {
            // The limit (20 an hour by default) lowered to what this run's network has already used.
            setRealmAttribute(admin, "houjinSignupsPerClientAddress", "1");
            openForm(browser, server).submit(application("上限確認株式会社", email), true);
            CorporateSignupPage page = openForm(browser, server);
            page.submit(application("上限確認株式会社", email), true);
            assertThat(page.error()).startsWith("お申込みが集中しているため");
            assertThat(admin.get(REALM + "/events?type=REGISTER_ERROR&max=20").findValuesAsText("error"))
                    .contains("signup_rate_limited");
        } finally {
            setRealmAttribute(admin, "houjinSignupsPerClientAddress", null);
            deleteCorporation("上限確認株式会社");
        }
    }

    @Test
    void givenAnUnconfirmedSignUpWhoseLinkHasExpiredThenTheNextSignUpRemovesIt(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String stale = "期限切れ申込株式会社";
        String fresh = "後続申込株式会社";
        try {
            openForm(browser, server).submit(application(stale, "corp-sign-up-3@example.com"), true);
            mailbox.awaitMailTo("corp-sign-up-3@example.com");
            String staleId = corporateIdOf(stale);
            assertThat(staleId).isNotNull();
            // 25 hours old: its 24-hour link can no longer be confirmed.
            assertThat(DirectoryDatabase.update("update corporation set created_at = ? where corporate_id = ?",
                    System.currentTimeMillis() - Duration.ofHours(25).toMillis(), staleId)).isEqualTo(1);

            CorporateSignupPage page = openForm(browser, server);
            page.submit(application(fresh, "corp-sign-up-4@example.com"), true);
            assertThat(page.title()).isEqualTo("本登録のお願い");
            assertThat(corporateIdOf(fresh)).isNotNull();
            assertThat(corporateIdOf(stale)).as("the expired sign-up is gone").isNull();
            assertThat(DirectoryDatabase.queryString("select count(*) from corporate_user where email_key = ?",
                    "corp-sign-up-3@example.com")).isEqualTo("0");
            assertThat(admin.get(REALM + "/users?exact=true&username=" + staleId + ":admin").size()).isZero();
        } finally {
            deleteCorporation(stale);
            deleteCorporation(fresh);
        }
    }

    @Test
    void givenAnAddressThatAlreadyHasACorporateAccountThenThePageSaysTheSameAndOnlyTheOwnerIsTold(WebDriver browser,
            KeycloakServer server) throws Exception {
        String email = "times_admin@example.jp";
        int before = mailbox.countTo(email);
        CorporateSignupPage page = openForm(browser, server);
        page.submit(application("なりすまし株式会社", email), true);
        assertThat(page.title()).isEqualTo("本登録のお願い");
        assertThat(page.sent()).contains(email);
        assertThat(corporateIdOf("なりすまし株式会社")).isNull();
        MimeMessage mail = mailbox.awaitMailTo(email);
        assertThat(mailbox.countTo(email)).isEqualTo(before + 1);
        assertThat(mail.getSubject()).isEqualTo("新規登録（法人）のお申込みについて");
        assertThat(TestMailbox.text(mail)).contains("既に法人ID 00000001 で登録されています", "新しい登録は行っていません")
                .doesNotContain("/houjin/corporate-signup");
        // The existing account is unchanged: its password still works.
        SignIn.assertCorporateSignIn(browser, server, "00000001", "times_admin", "Admin#Pass2026");
    }
}
