package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.ConsoleGroupPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleGroupsPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleIpAllowListPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleNewStaffPage;
import jp.houjin.keycloak.testsuite.pages.ConsolePage;
import jp.houjin.keycloak.testsuite.pages.ConsoleRefusedPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleStaffDetailPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleStaffDetailPage.Action;
import jp.houjin.keycloak.testsuite.pages.ConsoleStaffListPage;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.IpDeniedPage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.UpdatePasswordPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.RealmAdmin;
import jp.houjin.keycloak.testsuite.support.Screenshots;
import jp.houjin.keycloak.testsuite.support.TestCorporation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * 法人管理 (issue 20) in Chromium against the real server: sign-in through the 法人ID form and back to the page asked
 * for, スタッフ一覧 (search, status filter, pages), スタッフ詳細 (ログイン停止 ending the user's session and refusing
 * their sign-in, ログイン可, パスワードリセット shown once and changed at the next sign-in, role with the last-admin
 * guard, delete after a confirmation), スタッフ追加 with and without email, a name with markup shown as text, a form
 * without its CSRF token refused, a member refused, English, admin events with the admin as actor; groups: グループ一覧,
 * create, rename, move (never under itself), delete only when empty, a user's group, the list's group filter, a group
 * admin kept to their group and below, and an ordinary user who sees only their own group's users; IPアドレス制限 with
 * bad lines named, the guard for the admin's own address and its confirmation.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class ConsoleIT {

    private static final String PASSWORD = "Console#Pass2026";
    private static final String ADMIN = "c_admin";
    private static final String MEMBER = "c_member";

    private static final String LEADER = "g_leader";
    private static final String SUB_MEMBER = "g_sub_member";
    private static final String PEER = "g_peer";

    private static TestCorporation corporation;
    private static TestMailbox mailbox;
    private static String sales;
    private static String salesFirst;
    private static String accounting;

    @BeforeAll
    static void corporation(AdminApi admin, TestMailbox opened) throws Exception {
        mailbox = opened;
        corporation = TestCorporation.create(admin, "コンソール検証株式会社");
        corporation.addUser(ADMIN, "c_admin@console.example.jp", "管理", "一郎", "admin", PASSWORD);
        corporation.addUser(MEMBER, "c_member@console.example.jp", "担当", "二郎", "user", PASSWORD);
        corporation.addMembersInBulk("bulk_", 23);
        sales = corporation.addGroup("G営業", corporation.mainGroup());
        salesFirst = corporation.addGroup("G営業一課", sales);
        accounting = corporation.addGroup("G経理", corporation.mainGroup());
        corporation.addUser(LEADER, null, "営業", "長", "group_admin", PASSWORD);
        corporation.addUser(SUB_MEMBER, null, "一課", "員", "user", PASSWORD);
        corporation.addUser(PEER, null, "経理", "員", "user", PASSWORD);
        corporation.addUser("g_sub_markup", null, "表示", "課員", "user", PASSWORD);
        corporation.setColumn("g_sub_markup", "family_name", "<i>斜体</i>");
        corporation.putInGroup(LEADER, sales);
        corporation.putInGroup(SUB_MEMBER, salesFirst);
        corporation.putInGroup("g_sub_markup", salesFirst);
        corporation.putInGroup(PEER, accounting);
    }

    @AfterAll
    static void removeCorporation() throws Exception {
        corporation.close();
    }

    private static String consoleUrl(KeycloakServer server, String path) {
        return ConsolePage.url(server.realmUrl(), path);
    }

    /** A signed-out visitor asks for a console page, signs in on the 法人ID form and lands on that page. */
    private static <P extends Page> P signInTo(WebDriver browser, KeycloakServer server, String path, String userId,
            java.util.function.Function<WebDriver, P> page) {
        Browser.clearAllCookies(browser);
        CorporateLoginPage.at(browser, consoleUrl(server, path)).signIn(corporation.id(), userId, PASSWORD);
        return page.apply(browser);
    }

    private static ConsoleStaffListPage signInAsAdmin(WebDriver browser, KeycloakServer server) {
        return signInTo(browser, server, "staff", ADMIN, ConsoleStaffListPage::new);
    }

    private static List<JsonNode> adminEvents(AdminApi admin, String userId) {
        List<JsonNode> events = new java.util.ArrayList<>();
        admin.get(REALM + "/admin-events?max=200").forEach(e -> {
            if ("HOUJIN_CORPORATE_ACCOUNT".equals(e.path("resourceType").asText())
                    && e.path("resourcePath").asText().endsWith("/" + corporation.id() + "/users/" + userId)) {
                events.add(e);
            }
        });
        return events;
    }

    @Test
    void givenTheAdminThenTheListSearchesFiltersAndPages(WebDriver browser, KeycloakServer server) throws Exception {
        ConsoleStaffListPage list = signInTo(browser, server, "staff?search=bulk", ADMIN, ConsoleStaffListPage::new);
        assertThat(browser.getCurrentUrl()).as("back on the page asked for, without the code")
                .endsWith("/houjin/console/staff?search=bulk");
        assertThat(list.title()).isEqualTo("スタッフ一覧");
        assertThat(list.corporation()).contains("コンソール検証株式会社", corporation.id());
        assertThat(list.count()).isEqualTo("全23件（1～20件目）");
        assertThat(list.userIds()).hasSize(20).startsWith("bulk_01", "bulk_02").endsWith("bulk_20");
        assertThat(list.hasPage("previous")).isFalse();
        ConsoleStaffListPage second = list.page("next");
        assertThat(second.userIds()).containsExactly("bulk_21", "bulk_22", "bulk_23");
        assertThat(second.count()).isEqualTo("全23件（21～23件目）");
        assertThat(second.page("previous").userIds()).hasSize(20);

        assertThat(list.staffList().search("二郎", "").userIds()).containsExactly(MEMBER);
        assertThat(list.staffList().search("ｲｯｶﾂ", "").count()).as("kana, typed half-width").isEqualTo("全23件（1～20件目）");
        assertThat(list.staffList().search("C_MEMBER@console", "").userIds()).as("email, any case").containsExactly(MEMBER);
        assertThat(list.staffList().search("c_", "login_suspended").userIds()).doesNotContain(ADMIN, MEMBER);
        assertThat(list.staffList().search("c_", "active").userIds()).contains(ADMIN, MEMBER);
        assertThat(list.linksHref()).endsWith("/houjin/links/review");
        Screenshots.shot(browser, "console-staff-ja", 1280, 900);

        try {
            ConsoleStaffListPage english = ConsoleStaffListPage.at(browser, consoleUrl(server, "staff?kc_locale=en"));
            assertThat(english.title()).isEqualTo("Staff");
            assertThat(english.count()).contains(" in all (showing 1 to ");
            assertThat(ConsoleStaffListPage.at(browser, consoleUrl(server, "staff")).title()).as("the choice is kept")
                    .isEqualTo("Staff");
            Screenshots.shot(browser, "console-staff-en", 1280, 900);
        } finally {
            assertThat(ConsoleStaffListPage.at(browser, consoleUrl(server, "staff?kc_locale=ja")).title())
                    .isEqualTo("スタッフ一覧");
        }
    }

    @Test
    void givenASuspensionThenTheUsersSessionEndsAndTheirSignInIsRefusedUntilResumed(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String memberId = RealmAdmin.userId(admin, corporation.username(MEMBER));
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient portal = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, portal.authorizationUrl()).signIn(corporation.id(), MEMBER, PASSWORD);
        portal.awaitAccessToken(browser);
        assertThat(admin.get(REALM + "/users/" + memberId + "/sessions")).isNotEmpty();

        ConsoleStaffDetailPage detail = signInAsAdmin(browser, server).search(MEMBER, "").open(MEMBER);
        assertThat(detail.field("status")).isEqualTo("ログイン可");
        ConsoleStaffDetailPage suspended = detail.act(Action.SUSPEND);
        assertThat(suspended.message()).isEqualTo("ログイン停止にしました。このユーザーのログイン中のセッションは終了しました。");
        assertThat(suspended.field("status")).isEqualTo("ログイン停止");
        assertThat(admin.get(REALM + "/users/" + memberId + "/sessions")).isEmpty();
        assertThat(adminEvents(admin, MEMBER)).anyMatch(e -> "UPDATE".equals(e.path("operationType").asText())
                && e.path("authDetails").path("userId").asText().equals(RealmAdmin.userId(admin, corporation.username(ADMIN))));

        Browser.clearAllCookies(browser);
        CorporateLoginPage login = CorporateLoginPage.at(browser, new AuthorizationCodeClient(server).authorizationUrl());
        login.signIn(corporation.id(), MEMBER, PASSWORD);
        assertThat(new CorporateLoginPage(browser).error()).isEqualTo(corporation.id() + "へのアクセスは制限されています。");

        ConsoleStaffDetailPage resumed = signInTo(browser, server, "staff/" + MEMBER, ADMIN, ConsoleStaffDetailPage::new)
                .act(Action.RESUME);
        assertThat(resumed.message()).isEqualTo("ログイン可にしました。");
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient again = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, again.authorizationUrl()).signIn(corporation.id(), MEMBER, PASSWORD);
        assertThat(again.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                .isEqualTo(corporation.username(MEMBER));
    }

    @Test
    void givenAPasswordResetThenTheTemporaryPasswordIsShownOnceAndMustBeChangedAtSignIn(WebDriver browser,
            KeycloakServer server) throws Exception {
        corporation.addUser("c_forgot", null, "忘却", "三郎", "user", PASSWORD);
        ConsoleStaffDetailPage reset = signInAsAdmin(browser, server).search("c_forgot", "").open("c_forgot").act(Action.RESET_PASSWORD);
        assertThat(reset.message()).isEqualTo("ユーザー c_forgot のパスワードをリセットしました。");
        String temporary = reset.issuedPassword();
        assertThat(temporary).hasSize(12);
        Screenshots.shot(browser, "console-password-reset-ja", 1280, 900);
        ConsoleStaffDetailPage later = ConsoleStaffDetailPage.at(browser, consoleUrl(server, "staff/c_forgot"));
        assertThat(later.issuedPassword()).as("shown once").isEmpty();
        assertThat(later.source()).doesNotContain(temporary);

        Browser.clearAllCookies(browser);
        AuthorizationCodeClient portal = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, portal.authorizationUrl()).signIn(corporation.id(), "c_forgot", PASSWORD);
        assertThat(new CorporateLoginPage(browser).error()).as("the old password is gone").contains("正しくありません");
        new CorporateLoginPage(browser).signIn(corporation.id(), "c_forgot", temporary);
        new UpdatePasswordPage(browser).submit("Changed#Pass2026");
        assertThat(portal.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                .isEqualTo(corporation.username("c_forgot"));
    }

    @Test
    void givenTheOnlyAdminThenTheyCannotStepDownUntilAnotherAdminExists(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        corporation.addUser("c_second", "c_second@console.example.jp", "次期", "四郎", "user", PASSWORD);
        ConsoleStaffListPage list = signInAsAdmin(browser, server);
        ConsoleStaffDetailPage self = list.search(ADMIN, "").open(ADMIN);
        ConsoleStaffDetailPage refused = self.act(Action.MAKE_MEMBER);
        assertThat(refused.message()).isEqualTo("法人の管理者がいなくなるため、この操作はできません。先に別のユーザーを管理者にしてください。");
        assertThat(refused.field("role")).isEqualTo("管理者");
        assertThat(refused.act(Action.SUSPEND).message()).isEqualTo("ご自身のアカウントにはこの操作はできません。");

        ConsoleStaffDetailPage second = refused.staffList().search("c_second", "").open("c_second").act(Action.MAKE_ADMIN);
        assertThat(second.message()).isEqualTo("権限を変更しました。");
        assertThat(second.field("role")).isEqualTo("管理者");
        assertThat(mailbox.awaitMailTo("c_admin@console.example.jp").getSubject()).isNotBlank();
        ConsoleStaffDetailPage demoted = second.act(Action.MAKE_MEMBER);
        assertThat(demoted.field("role")).isEqualTo("担当者");
        assertThat(RealmAdmin.user(admin, corporation.username("c_second")).path("attributes").path("corporateRole")
                .get(0).asText()).isEqualTo("user");
    }

    @Test
    void givenADeletionThenItIsConfirmedFirstAndTheUserIsGone(WebDriver browser, KeycloakServer server, AdminApi admin) {
        corporation.addUser("c_leaver", null, "退職", "五郎", "user", PASSWORD);
        ConsoleStaffDetailPage detail = signInAsAdmin(browser, server).search("c_leaver", "").open("c_leaver");
        ConsoleStaffDetailPage asked = detail.delete();
        assertThat(asked.asksToDelete()).isTrue();
        assertThat(asked.text("houjin-delete-question")).contains("c_leaver");
        ConsoleStaffListPage list = asked.confirmDelete();
        assertThat(list.message()).isEqualTo("ユーザー c_leaver を削除しました。");
        assertThat(list.userIds()).doesNotContain("c_leaver");
        assertThat(admin.get(REALM + "/users?exact=true&username=" + corporation.username("c_leaver"))).isEmpty();
        assertThat(adminEvents(admin, "c_leaver")).anyMatch(e -> "DELETE".equals(e.path("operationType").asText()));

        ConsoleRefusedPage gone = Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, "staff/c_leaver"));
        assertThat(gone.message()).isEqualTo("ユーザーが見つかりません。");
        ConsoleRefusedPage otherCorporation = Page.open(browser, ConsoleRefusedPage::new,
                consoleUrl(server, "staff/times_user001"));
        assertThat(otherCorporation.message()).as("a user of another corporation is not found")
                .isEqualTo("ユーザーが見つかりません。");
    }

    @Test
    void givenANewUserWithAndWithoutEmailThenTheyAreInvited(WebDriver browser, KeycloakServer server) throws Exception {
        ConsoleNewStaffPage form = signInAsAdmin(browser, server).newStaff();
        form.add(Map.of("userId", "c_new_mail", "lastName", "新人", "firstName", "六郎", "kanaLastName", "ｼﾝｼﾞﾝ",
                "kanaFirstName", "ロクロウ", "email", "c_new_mail@console.example.jp"));
        ConsoleStaffDetailPage mailed = form.added();
        assertThat(mailed.message()).isEqualTo("ユーザー c_new_mail を追加し、招待メールを送信しました。");
        assertThat(mailed.field("kana")).isEqualTo("シンジン ロクロウ");
        String temporary = mailed.issuedPassword();
        assertThat(temporary).hasSize(12);
        MimeMessage mail = mailbox.awaitMailTo("c_new_mail@console.example.jp");
        assertThat(mail.getSubject()).isEqualTo("【コンソール検証株式会社】ユーザー登録のご案内");
        assertThat(TestMailbox.text(mail)).contains("ユーザーID: c_new_mail").doesNotContain(temporary);

        assertThat(mailed.text("houjin-invitation")).contains("c_new_mail@console.example.jp");
        String firstLink = TestMailbox.actionLink(mail);
        ConsoleStaffDetailPage resent = mailed.act(Action.RESEND_INVITATION);
        assertThat(resent.message()).isEqualTo("招待メールを再送しました。仮パスワードは変わりません。以前のURLは使えなくなりました。");
        assertThat(resent.issuedPassword()).as("the mailed user keeps the temporary password").isEmpty();
        MimeMessage[] both = mailbox.awaitMailsTo("c_new_mail@console.example.jp", 2);
        assertThat(TestMailbox.actionLink(both[1])).isNotEqualTo(firstLink);
        ConsoleStaffDetailPage revoked = resent.act(Action.REVOKE_INVITATION);
        assertThat(revoked.message()).isEqualTo("招待を取り消しました。招待URLと仮パスワードは使えなくなりました。");
        assertThat(revoked.has("houjin-invitation")).isFalse();

        ConsoleNewStaffPage again = mailed.newStaff();
        again.add(Map.of("userId", "c_new_plain", "lastName", "無縁", "firstName", "七郎"));
        ConsoleStaffDetailPage plain = again.added();
        assertThat(plain.message()).isEqualTo("ユーザー c_new_plain を追加しました。");
        String plainPassword = plain.issuedPassword();
        assertThat(plainPassword).hasSize(12);
        assertThat(plain.text("houjin-issued-note")).contains("初めてログインする方はこちら");
        Screenshots.shot(browser, "console-staff-added-ja", 1280, 900);
        ConsoleStaffDetailPage reissued = plain.act(Action.RESEND_INVITATION);
        assertThat(reissued.message()).isEqualTo("ユーザー c_new_plain の招待をやり直しました。");
        assertThat(reissued.issuedPassword()).as("without email, a new temporary password").hasSize(12)
                .isNotEqualTo(plainPassword);

        ConsoleNewStaffPage taken = plain.newStaff();
        taken.add(Map.of("userId", "C_NEW_PLAIN", "lastName", "<b>", "firstName", "", "kanaLastName", "abc"));
        ConsoleNewStaffPage refused = taken.refused();
        assertThat(refused.fieldError("lastName")).startsWith("氏名に使用できない記号");
        assertThat(refused.fieldError("firstName")).isEqualTo("氏名を入力してください。");
        assertThat(refused.fieldError("kanaLastName")).isEqualTo("全角カタカナで入力してください。");
        assertThat(refused.value("userId")).isEqualTo("C_NEW_PLAIN");
        refused.add(Map.of("userId", "C_NEW_PLAIN", "lastName", "重複", "firstName", "八郎", "kanaLastName", ""));
        assertThat(refused.refused().fieldError("userId")).isEqualTo("このユーザーIDはすでに使われています。");
    }

    @Test
    void givenANameWithMarkupThenItIsShownAsText(WebDriver browser, KeycloakServer server) throws Exception {
        corporation.addUser("c_markup", null, "表示", "九郎", "user", PASSWORD);
        corporation.setColumn("c_markup", "family_name", "<img src=x onerror=alert(1)>");
        corporation.setColumn("c_markup", "given_name", "<b>太郎</b>");
        ConsoleStaffListPage list = signInTo(browser, server, "staff?search=c_markup", ADMIN, ConsoleStaffListPage::new);
        assertThat(list.row("c_markup").findElement(By.className("houjin-staff-name")).getText())
                .isEqualTo("<img src=x onerror=alert(1)> <b>太郎</b>");
        assertThat(list.row("c_markup").findElements(By.tagName("img"))).isEmpty();
        assertThat(list.row("c_markup").findElements(By.tagName("b"))).isEmpty();
        assertThat(list.open("c_markup").field("name")).isEqualTo("<img src=x onerror=alert(1)> <b>太郎</b>");
    }

    @Test
    void givenAFormWithoutTheSessionsTokenThenNothingHappens(WebDriver browser, KeycloakServer server, AdminApi admin) {
        ConsoleStaffDetailPage detail = signInAsAdmin(browser, server).search(MEMBER, "").open(MEMBER);
        detail.dropCsrfToken();
        detail.click("houjin-suspend");
        ConsoleRefusedPage refused = new ConsoleRefusedPage(browser);
        assertThat(refused.message()).isEqualTo("画面の有効期限が切れたか、正しくない操作です。もう一度画面を開いてからお試しください。");
        assertThat(RealmAdmin.user(admin, corporation.username(MEMBER)).path("attributes").path("loginStatus").get(0)
                .asText()).isEqualTo("active");
    }

    @Test
    void givenTheCorporateAdminThenGroupsAreCreatedRenamedMovedAndDeletedOnlyWhenEmpty(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        ConsoleGroupsPage groups = signInAsAdmin(browser, server).groups();
        assertThat(groups.title()).isEqualTo("グループ一覧");
        assertThat(groups.tree().get(0)).as("the メイングループ first").startsWith("コンソール検証株式会社 (0) ");
        assertThat(groups.tree()).contains("G営業 (1) 1", "G営業一課 (2) 2", "G経理 (1) 1");
        assertThat(groups.tree().indexOf("G営業一課 (2) 2")).as("a sub-group follows its group")
                .isEqualTo(groups.tree().indexOf("G営業 (1) 1") + 1);

        ConsoleGroupsPage created = groups.create(sales, "G営業二課");
        assertThat(created.message()).isEqualTo("グループ「G営業二課」を作成しました。");
        assertThat(created.tree()).contains("G営業二課 (2) 0");
        ConsoleGroupsPage taken = created.create(sales, "G営業二課");
        assertThat(taken.message()).isEqualTo("同じ親グループの下に同じ名前のグループがあります。");
        ConsoleGroupsPage markup = taken.create(corporation.mainGroup(), "<b>R&D</b>");
        assertThat(markup.tree()).contains("<b>R&D</b> (1) 0");
        assertThat(markup.source()).doesNotContain("<b>R&D</b>");

        String second = markup.groupId("G営業二課");
        ConsoleGroupPage page = markup.open("G営業二課");
        assertThat(page.name()).isEqualTo("G営業二課");
        assertThat(page.moveTargets()).as("not under itself").doesNotContain(second).contains(salesFirst, accounting);
        ConsoleGroupPage refused = page.move(second);
        assertThat(refused.message()).isEqualTo("グループをそのグループ自身やその下のグループの下へは移動できません。");
        ConsoleGroupPage moved = refused.move(salesFirst);
        assertThat(moved.message()).isEqualTo("グループを移動しました。");
        assertThat(moved.text("houjin-group-parent")).isEqualTo("G営業一課");
        ConsoleGroupPage renamed = moved.rename("G営業1-2");
        assertThat(renamed.message()).isEqualTo("グループ名を変更しました。");
        assertThat(renamed.name()).isEqualTo("G営業1-2");

        ConsoleStaffDetailPage peer = renamed.staffList().search(PEER, "").open(PEER);
        ConsoleStaffDetailPage changed = peer.changeGroup(second);
        assertThat(changed.message()).isEqualTo("所属グループを変更しました。");
        assertThat(changed.field("group")).isEqualTo("G営業1-2");
        ConsoleStaffListPage filtered = changed.staffList().filterGroup(sales);
        assertThat(filtered.userIds()).as("the group and everything below it")
                .containsExactlyInAnyOrder(LEADER, SUB_MEMBER, "g_sub_markup", PEER);
        ConsoleGroupPage notEmpty = ConsoleGroupPage.at(browser, consoleUrl(server, "groups/" + second)).deleteRefused();
        assertThat(notEmpty.message()).isEqualTo("ユーザーまたはサブグループがあるため削除できません。先にユーザーとサブグループを移動または削除してください。");
        ConsoleStaffDetailPage.at(browser, consoleUrl(server, "staff/" + PEER)).changeGroup(accounting);
        ConsoleGroupsPage deleted = ConsoleGroupPage.at(browser, consoleUrl(server, "groups/" + second)).delete();
        assertThat(deleted.message()).isEqualTo("グループ「G営業1-2」を削除しました。");
        assertThat(deleted.tree()).noneMatch(row -> row.startsWith("G営業1-2 "));
        Screenshots.shot(browser, "console-groups-ja", 1280, 900);
        ConsoleGroupPage.at(browser, consoleUrl(server, "groups/" + markup.groupId("<b>R&D</b>"))).delete();

        ConsoleGroupPage main = ConsoleGroupPage.at(browser, consoleUrl(server, "groups/" + corporation.mainGroup()));
        assertThat(main.has("houjin-group-delete")).as("the メイングループ is not deleted").isFalse();

        String adminId = RealmAdmin.userId(admin, corporation.username(ADMIN));
        List<String> actions = new java.util.ArrayList<>();
        admin.get(REALM + "/admin-events?max=300").forEach(e -> {
            if ("HOUJIN_CORPORATE_GROUP".equals(e.path("resourceType").asText())
                    && e.path("resourcePath").asText().contains("/" + corporation.id() + "/")
                    && adminId.equals(e.path("authDetails").path("userId").asText())) {
                actions.add(e.path("operationType").asText() + " " + e.path("details").path("houjin_action").asText());
            }
        });
        assertThat(actions).contains("CREATE create_group", "UPDATE move_group", "UPDATE rename_group",
                "DELETE delete_group");
        assertThat(adminEvents(admin, PEER)).anyMatch(e -> "group".equals(e.path("details").path("houjin_action").asText()));
    }

    @Test
    void givenAGroupAdminThenOnlyTheirGroupAndWhatLiesBelowItIsTheirs(WebDriver browser, KeycloakServer server) {
        ConsoleStaffListPage list = signInTo(browser, server, "staff", LEADER, ConsoleStaffListPage::new);
        assertThat(list.userIds()).as("ordered by user ID").containsExactly(LEADER, "g_sub_markup", SUB_MEMBER);
        assertThat(list.search(PEER, "").userIds()).isEmpty();

        ConsoleStaffDetailPage member = ConsoleStaffDetailPage.at(browser, consoleUrl(server, "staff/" + SUB_MEMBER));
        assertThat(member.offers(Action.MAKE_ADMIN)).as("only a corporate admin makes corporate admins").isFalse();
        assertThat(member.groupChoices()).containsExactlyInAnyOrder(sales, salesFirst);
        ConsoleStaffDetailPage promoted = member.act(Action.MAKE_GROUP_ADMIN);
        assertThat(promoted.field("role")).isEqualTo("グループ管理者");
        assertThat(promoted.act(Action.MAKE_MEMBER).field("role")).isEqualTo("担当者");

        for (String outside : List.of("staff/" + PEER, "staff/" + ADMIN, "staff/bulk_01")) {
            assertThat(Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, outside)).message()).as(outside)
                    .isEqualTo("ユーザーが見つかりません。");
        }
        assertThat(Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, "groups/" + accounting)).message())
                .isEqualTo("グループが見つかりません。");
        ConsoleGroupsPage groups = ConsoleGroupsPage.at(browser, consoleUrl(server, "groups"));
        assertThat(groups.tree()).containsExactly("G営業 (0) 1", "G営業一課 (1) 2");
        ConsoleGroupPage own = ConsoleGroupPage.at(browser, consoleUrl(server, "groups/" + sales));
        assertThat(own.has("houjin-group-delete")).as("their own group stays").isTrue();
        assertThat(own.deleteRefused().message()).isEqualTo("この操作は法人の管理者のみ行えます。");
    }

    @Test
    void givenAnOrdinaryUserThenOnlyTheirOwnGroupsUsersAreShown(WebDriver browser, KeycloakServer server)
            throws Exception {
        ConsoleGroupPage own = signInTo(browser, server, "", SUB_MEMBER, ConsoleGroupPage::new);
        assertThat(own.title()).isEqualTo("グループ詳細");
        assertThat(own.name()).isEqualTo("G営業一課");
        assertThat(own.users()).containsExactly("g_sub_markup <i>斜体</i> 課員", SUB_MEMBER + " 一課 員");
        assertThat(own.source()).doesNotContain("<i>斜体");
        assertThat(own.text("houjin-group-member-note")).contains("ユーザーIDが分からない場合");
        assertThat(own.offersActions()).isFalse();
        assertThat(own.has("houjin-nav-staff")).isFalse();
        Screenshots.shot(browser, "console-my-group-ja", 1280, 700);

        assertThat(Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, "groups/" + sales)).message())
                .as("not even the group above theirs").isEqualTo("グループが見つかりません。");
        assertThat(Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, "groups")).message())
                .isEqualTo("法人管理は法人の管理者のみご利用いただけます。管理者にお問い合わせください。");
        ConsoleRefusedPage staff = Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, "staff/" + PEER));
        assertThat(staff.message()).isEqualTo("法人管理は法人の管理者のみご利用いただけます。管理者にお問い合わせください。");
        assertThat(staff.myGroup().name()).isEqualTo("G営業一課");

        try {
            corporation.setColumn(SUB_MEMBER, "status", "LOGIN_SUSPENDED");
            // The session may be refused (the console's page) or gone (the sign-in): never the group's users.
            browser.get(consoleUrl(server, "groups/" + salesFirst));
            String shown = browser.findElement(By.tagName("body")).getDomAttribute("id");
            assertThat(shown).as("ログイン停止 after sign-in").isNotEqualTo("houjin-console-group");
            assertThat(browser.findElements(By.id("houjin-group-users"))).isEmpty();
        } finally {
            corporation.setColumn(SUB_MEMBER, "status", "ACTIVE");
        }
    }

    @Test
    void givenAMemberThenTheConsoleIsRefused(WebDriver browser, KeycloakServer server) throws Exception {
        ConsoleRefusedPage refused = signInTo(browser, server, "staff", MEMBER, ConsoleRefusedPage::new);
        assertThat(refused.message()).isEqualTo("法人管理は法人の管理者のみご利用いただけます。管理者にお問い合わせください。");
        assertThat(refused.has("houjin-staff-table")).isFalse();
        Screenshots.shot(browser, "console-refused-ja", 1280, 700);
        assertThat(Page.open(browser, ConsoleRefusedPage::new, consoleUrl(server, "ip-allow-list")).message())
                .as("the IP allow-list page too").startsWith("法人管理は法人の管理者のみ");
    }

    @Test
    void givenTheAllowListChangesAfterSignInThenTheConsoleAnswersWithTheAccessRestriction(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        signInAsAdmin(browser, server);
        String list = REALM + "/houjin-corporations/" + corporation.id() + "/ip-allow-list";
        try {
            assertThat(admin.send("PUT", list, Map.of("entries", List.of("203.0.113.0/24"))).status()).isEqualTo(200);
            IpDeniedPage denied = Page.open(browser, IpDeniedPage::new, consoleUrl(server, "staff"));
            assertThat(denied.message()).contains("お客様がアクセスしているIPアドレスではログインできません。");
        } finally {
            admin.send("PUT", list, Map.of("entries", List.of()));
        }
        assertThat(ConsoleStaffListPage.at(browser, consoleUrl(server, "staff")).title()).isEqualTo("スタッフ一覧");
    }

    @Test
    void givenTheIpAllowListPageThenBadLinesAreNamedTheAdminsAddressIsGuardedAndChangesAreAudited(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String list = REALM + "/houjin-corporations/" + corporation.id() + "/ip-allow-list";
        try {
            ConsoleIpAllowListPage page = signInAsAdmin(browser, server).ipAllowList();
            assertThat(page.title()).isEqualTo("IPアドレス制限");
            String current = page.currentAddress();
            assertThat(current).as("Chromium reaches the server over loopback").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(page.has("houjin-ip-empty")).isTrue();

            ConsoleIpAllowListPage invalid = page.save("203.0.113.0/24\n10.0.0.0/33\n\nexample.jp\n<b>1.2.3.4</b>");
            assertThat(invalid.message()).isEqualTo("正しくない行があるため、何も保存していません。次の行をご確認ください。");
            assertThat(invalid.problems()).containsExactly(
                    "2行目「10.0.0.0/33」: プレフィックス長（/の後の数字）が範囲外です（IPv4は0～32、IPv6は0～128）。",
                    "4行目「example.jp」: IPアドレスまたはCIDR形式（例: 203.0.113.0/24、2001:db8::/32）で入力してください。",
                    "5行目「<b>1.2.3.4</b>」: IPアドレスまたはCIDR形式（例: 203.0.113.0/24、2001:db8::/32）で入力してください。");
            assertThat(invalid.count("#houjin-ip-problems b")).as("markup shown as text").isZero();
            assertThat(invalid.entries()).as("the box keeps what was typed").contains("example.jp");
            assertThat(admin.get(list).get("entries")).as("nothing stored").isEmpty();

            ConsoleIpAllowListPage guarded = invalid.save("２０３．０．１１３．０／２４\n2001:db8::/32");
            assertThat(guarded.message()).contains(current).contains("ログインできなくなります");
            assertThat(guarded.asksToConfirm()).isTrue();
            assertThat(guarded.confirmation()).contains(current);
            assertThat(admin.get(list).get("entries")).as("refused unless confirmed").isEmpty();

            ConsoleIpAllowListPage saved = guarded.save("２０３．０．１１３．０／２４\n2001:db8::/32\n" + current);
            assertThat(saved.message()).isEqualTo("IPアドレス制限を保存しました。");
            assertThat(saved.ranges()).containsExactly("203.0.113.0/24 IPv4", "2001:db8::/32 IPv6",
                    current.contains(":") ? "::1 IPv6" : "127.0.0.1 IPv4");
            assertThat(admin.get(list).get("entries")).extracting(JsonNode::asText).hasSize(3).contains("203.0.113.0/24");
            Screenshots.shot(browser, "console-ip-allow-list-ja", 1280, 900);
            String adminId = RealmAdmin.userId(admin, corporation.username(ADMIN));
            assertThat(admin.get(REALM + "/admin-events?max=100")).anySatisfy(e -> {
                assertThat(e.path("resourceType").asText()).isEqualTo("HOUJIN_IP_ALLOW_LIST");
                assertThat(e.path("resourcePath").asText()).isEqualTo("corporations/" + corporation.id() + "/ip-allow-list");
                assertThat(e.path("authDetails").path("userId").asText()).isEqualTo(adminId);
            });

            saved.dropCsrfToken();
            saved.click("houjin-ip-save");
            assertThat(new ConsoleRefusedPage(browser).message()).startsWith("画面の有効期限が切れたか");
            assertThat(admin.get(list).get("entries")).hasSize(3);

            ConsoleIpAllowListPage again = ConsoleIpAllowListPage.at(browser, consoleUrl(server, "ip-allow-list"))
                    .save("203.0.113.0/24");
            assertThat(again.asksToConfirm()).isTrue();
            ConsoleIpAllowListPage shutOut = again.confirmAndSave();
            assertThat(shutOut.message()).contains("保存しました").contains(current);
            assertThat(admin.get(list).get("entries")).extracting(JsonNode::asText).containsExactly("203.0.113.0/24");
            assertThat(admin.get(REALM + "/admin-events?max=100")).anySatisfy(e -> assertThat(
                    e.path("details").path("houjin_shut_out_confirmed").asText()).isEqualTo(current));
            IpDeniedPage denied = Page.open(browser, IpDeniedPage::new, consoleUrl(server, "ip-allow-list"));
            assertThat(denied.message()).contains("お客様がアクセスしているIPアドレスではログインできません。");
        } finally {
            admin.send("PUT", list, Map.of("entries", List.of()));
        }
    }

    @Test
    void givenSignOutThenTheNextVisitSignsInAgain(WebDriver browser, KeycloakServer server) {
        signInAsAdmin(browser, server).click("houjin-sign-out");
        browser.findElement(By.id("kc-logout")).click();
        new CorporateLoginPage(browser).signIn(corporation.id(), ADMIN, PASSWORD);
        assertThat(new ConsoleStaffListPage(browser).title()).as("back in the console after signing in again")
                .isEqualTo("スタッフ一覧");
    }
}
