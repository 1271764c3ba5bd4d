package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.pages.ConsoleCorporationDetailPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleCorporationListPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleNewCorporationPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleNewStaffPage;
import jp.houjin.keycloak.testsuite.pages.ConsolePage;
import jp.houjin.keycloak.testsuite.pages.ConsoleRefusedPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleStaffDetailPage;
import jp.houjin.keycloak.testsuite.pages.ConsoleStaffListPage;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.RealmAdmin;
import jp.houjin.keycloak.testsuite.support.Screenshots;
import jp.houjin.keycloak.testsuite.support.TestCorporation;
import jp.houjin.keycloak.testsuite.support.TestOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * 法人一覧 / 法人登録 / 法人詳細 (issue 21) in Chromium against the real server: an operator (a realm user with
 * realm-management view-users and manage-users) signs in through the console's own sign-in and searches, filters and
 * pages the corporations, registers one (法人番号 check digit, a name with markup shown as text), renames it, sets the
 * verification numbers, issues an アクセスキー shown once, adds its first admin on its staff pages in the operator's
 * scope, suspends and resumes it, and deletes it with the 法人ID typed again; an operator with view-users only sees no
 * write button and is refused a write; a corporate admin and a realm user without those roles are refused; English.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class OperatorsConsoleIT {

    private static final String PASSWORD = "OpConsole#Pass2026";
    private static final String BULK = "頁送り検証法人";

    private static TestOperator manager;
    private static TestOperator viewer;
    private static TestOperator nobody;
    private static TestCorporation corporation;
    private static final List<String> bulk = new ArrayList<>();

    @BeforeAll
    static void operators(AdminApi admin) throws Exception {
        manager = TestOperator.create(admin, "opc-manager", "運用", PASSWORD, "view-users", "manage-users");
        viewer = TestOperator.create(admin, "opc-viewer", "閲覧", PASSWORD, "view-users");
        nobody = TestOperator.create(admin, "opc-nobody", "一般", PASSWORD);
        corporation = TestCorporation.create(admin, "運用画面検証株式会社");
        corporation.addUser("opc_admin", null, "管理", "一郎", "admin", PASSWORD);
        long now = System.currentTimeMillis();
        for (int i = 1; i <= 23; i++) {
            String corporateId = String.format("4%07d", 9_000_000 + new java.security.SecureRandom().nextInt(900_000) + i);
            DirectoryDatabase.update("insert into corporation (id, corporate_id, name, name_kana, status, created_at,"
                    + " updated_at) values (?, ?, ?, 'ページオクリ', ?, ?, ?)", UUID.randomUUID().toString(), corporateId,
                    BULK + i, i % 5 == 0 ? "SUSPENDED" : "ACTIVE", now, now);
            bulk.add(corporateId);
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        manager.close();
        viewer.close();
        nobody.close();
        corporation.close();
        for (String corporateId : bulk) {
            DirectoryDatabase.deleteCorporation(corporateId);
        }
    }

    private static String consoleUrl(KeycloakServer server, String path) {
        return ConsolePage.url(server.realmUrl(), path);
    }

    /** Signs in on the individual tab of the console's sign-in, asked for by a console page. */
    private static void signIn(WebDriver browser, KeycloakServer server, String path, TestOperator operator) {
        Browser.clearAllCookies(browser);
        CorporateLoginPage.at(browser, consoleUrl(server, path)).signInIndividual(operator.email(), PASSWORD);
    }

    @Test
    void givenAnOperatorThenCorporationsAreListedRegisteredChangedAndDeleted(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        signIn(browser, server, "", manager);
        ConsoleCorporationListPage list = new ConsoleCorporationListPage(browser);
        assertThat(list.title()).isEqualTo("法人一覧");
        assertThat(list.offersNewCorporation()).isTrue();

        ConsoleCorporationListPage found = list.search("ﾍﾟｰｼﾞｵｸﾘ", "");
        assertThat(found.count()).as("kana, typed half-width").isEqualTo("全23件（1～20件目）");
        assertThat(found.corporateIds()).hasSize(20);
        ConsoleCorporationListPage second = found.page("next");
        assertThat(second.corporateIds()).hasSize(3);
        assertThat(second.count()).isEqualTo("全23件（21～23件目）");
        assertThat(found.search(BULK, "suspended").corporateIds()).hasSize(4);
        Screenshots.shot(browser, "console-corporations-ja", 1280, 900);

        ConsoleNewCorporationPage form = list.newCorporation();
        ConsoleNewCorporationPage refused = form.createRefused("12", "", "ひらがな", "1123456789012");
        assertThat(refused.message()).startsWith("入力内容をご確認ください。");
        assertThat(refused.fieldError("corporateId")).isEqualTo("法人IDは半角数字8桁で入力してください。");
        assertThat(refused.fieldError("name")).isEqualTo("法人名を入力してください。");
        assertThat(refused.fieldError("nameKana")).isEqualTo("全角カタカナで入力してください。");
        assertThat(refused.fieldError("corporateNumber")).isEqualTo("法人番号は13桁の数字で、チェックデジットが正しいものを入力してください。");

        String markup = "<b>太字</b>&商事<script>alert(1)</script>";
        ConsoleCorporationDetailPage detail = refused
                .create("", markup, "ウンヨウ", "4011001098993", "active");
        String corporateId = detail.field("corporateId");
        bulk.add(corporateId);
        assertThat(detail.message()).isEqualTo("法人 " + corporateId + " を登録しました。");
        assertThat(detail.field("name")).as("markup shown as text").isEqualTo(markup);
        assertThat(detail.field("status")).isEqualTo("契約中");
        assertThat(detail.field("bankAccount")).isEqualTo("（未登録）");

        ConsoleCorporationDetailPage renamed = detail.rename("運用画面改名株式会社", "ウンヨウガメン");
        assertThat(renamed.message()).isEqualTo("法人名を変更しました。");
        assertThat(renamed.field("name")).isEqualTo("運用画面改名株式会社");
        ConsoleCorporationDetailPage verified = renamed.setVerification("", "1234-567");
        assertThat(verified.message()).isEqualTo("本人確認の番号を保存しました。");
        assertThat(verified.field("bankAccount")).isEqualTo("登録済み（番号は表示されません）");
        assertThat(verified.source()).doesNotContain("1234567").doesNotContain("1234-567");

        ConsoleCorporationDetailPage issued = verified.issueAccessKey();
        String key = issued.issuedAccessKey();
        assertThat(key).matches("[0-9]{8}");
        assertThat(issued.field("accessKey")).isEqualTo("発行済み");
        assertThat(ConsoleCorporationDetailPage.at(browser, browser.getCurrentUrl()).issuedAccessKey())
                .as("shown once").isEmpty();

        ConsoleStaffListPage staff = ConsoleCorporationDetailPage.at(browser, consoleUrl(server, "corporations/" + corporateId))
                .staff();
        assertThat(staff.corporation()).contains("運用画面改名株式会社", corporateId);
        ConsoleNewStaffPage newStaff = staff.newStaff();
        newStaff.add(java.util.Map.of("userId", "first_admin", "lastName", "最初", "firstName", "管理者"));
        ConsoleStaffDetailPage added = newStaff.added();
        assertThat(added.issuedPassword()).hasSize(12);
        ConsoleStaffDetailPage promoted = added.act(ConsoleStaffDetailPage.Action.MAKE_ADMIN);
        assertThat(promoted.field("role")).isEqualTo("管理者");
        assertThat(DirectoryDatabase.queryString("select i.created_by from invitation i join corporate_user u on"
                + " u.id = i.corporate_user_id join corporation c on c.id = u.corporation_id where c.corporate_id = ?"
                + " and i.status = 'PENDING'", corporateId)).isEqualTo(manager.username());
        ConsoleCorporationDetailPage withInvitation = ConsoleCorporationDetailPage.at(browser,
                consoleUrl(server, "corporations/" + corporateId));
        assertThat(withInvitation.invitedUserIds()).containsExactly("first_admin");
        assertThat(withInvitation.field("users")).startsWith("1名");
        Screenshots.shot(browser, "console-corporation-ja", 1280, 1400);

        ConsoleCorporationDetailPage suspended = withInvitation.suspend();
        assertThat(suspended.message()).isEqualTo("契約停止にしました。この法人のユーザーのログイン中のセッションは終了しました。");
        assertThat(suspended.field("status")).isEqualTo("契約停止");
        ConsoleCorporationDetailPage resumed = suspended.resume();
        assertThat(resumed.field("status")).isEqualTo("契約中");

        ConsoleCorporationDetailPage asked = resumed.delete();
        assertThat(asked.asksToDelete()).isTrue();
        ConsoleCorporationDetailPage mismatch = asked.confirmDeleteRefused(corporation.id());
        assertThat(mismatch.message()).startsWith("確認のために入力された法人IDが一致しません。法人は削除されていません。");
        assertThat(DirectoryDatabase.queryString("select count(*) from corporation where corporate_id = ?", corporateId))
                .isEqualTo("1");
        ConsoleCorporationListPage afterDelete = mismatch.confirmDelete(corporateId);
        assertThat(afterDelete.message()).isEqualTo("法人 " + corporateId + " を削除しました。");
        assertThat(DirectoryDatabase.queryString("select count(*) from corporation where corporate_id = ?", corporateId))
                .isEqualTo("0");
        assertThat(admin.get(REALM + "/users?search=" + corporateId + ":*")).isEmpty();
        assertThat(admin.get(REALM + "/admin-events?max=300").findValues("resourcePath").stream()
                .map(com.fasterxml.jackson.databind.JsonNode::asText)).contains("corporations/" + corporateId,
                        "corporations/" + corporateId + "/users/first_admin");
    }

    @Test
    void givenAPendingSignUpThenTheOperatorFindsAndDiscardsIt(WebDriver browser, KeycloakServer server) throws Exception {
        String pending = String.format("4%07d", 8_000_000 + new java.security.SecureRandom().nextInt(900_000));
        long now = System.currentTimeMillis();
        DirectoryDatabase.update("insert into corporation (id, corporate_id, name, name_kana, status, created_at,"
                + " updated_at) values (?, ?, '申込中画面検証株式会社', 'モウシコミチュウ', 'PENDING', ?, ?)",
                UUID.randomUUID().toString(), pending, now, now);
        bulk.add(pending);
        signIn(browser, server, "", manager);
        ConsoleCorporationListPage listed = new ConsoleCorporationListPage(browser).search("", "pending");
        assertThat(listed.corporateIds()).contains(pending).doesNotContain(corporation.id());
        ConsoleCorporationDetailPage detail = listed.open(pending);
        assertThat(detail.field("status")).isEqualTo("本登録待ち");
        assertThat(detail.writeButtons()).contains("houjin-discard-signup").doesNotContain("houjin-suspend-corporation");
        ConsoleCorporationListPage discarded = detail.discardSignup();
        assertThat(discarded.message()).isEqualTo("法人 " + pending + " の申込みを破棄しました。");
        assertThat(discarded.search("", "pending").corporateIds()).doesNotContain(pending);
        assertThat(DirectoryDatabase.queryString("select count(*) from corporation where corporate_id = ?", pending))
                .isEqualTo("0");
        // An active corporation offers no discard, and a forged discard of it is refused with the page's message.
        ConsoleCorporationDetailPage active = ConsoleCorporationDetailPage.at(browser,
                consoleUrl(server, "corporations/" + corporation.id()));
        assertThat(active.writeButtons()).doesNotContain("houjin-discard-signup");
        ConsoleCorporationDetailPage forged = active.sendAs("houjin-suspend-corporation", "discard-signup");
        assertThat(forged.message()).isEqualTo("現在の契約状態ではこの操作はできません。");
        assertThat(forged.field("status")).isEqualTo("契約中");
        assertThat(DirectoryDatabase.queryString("select count(*) from corporation where corporate_id = ?",
                corporation.id())).isEqualTo("1");
    }

    @Test
    void givenAViewOnlyOperatorThenNoWriteButtonIsShownAndAWriteIsRefused(WebDriver browser, KeycloakServer server) {
        signIn(browser, server, "corporations?search=" + corporation.id(), viewer);
        ConsoleCorporationListPage list = new ConsoleCorporationListPage(browser);
        assertThat(list.corporateIds()).containsExactly(corporation.id());
        assertThat(list.offersNewCorporation()).isFalse();
        ConsoleCorporationDetailPage detail = list.open(corporation.id());
        assertThat(detail.field("name")).isEqualTo("運用画面検証株式会社");
        assertThat(detail.writeButtons()).isEmpty();
        assertThat(ConsoleCorporationDetailPage.at(browser, consoleUrl(server, "corporations/" + corporation.id()
                + "?confirm=delete")).writeButtons()).isEmpty();
        ConsoleStaffListPage staff = detail.staff();
        assertThat(staff.userIds()).contains("opc_admin");
        assertThat(staff.has("houjin-add-staff")).isFalse();
        assertThat(staff.has("houjin-nav-new")).isFalse();
        ConsoleStaffDetailPage member = staff.open("opc_admin");
        assertThat(member.has("houjin-suspend")).isFalse();
        assertThat(member.has("houjin-delete")).isFalse();

        ConsoleRefusedPage refused = ConsoleRefusedPage.at(browser, consoleUrl(server, "corporations/new"));
        assertThat(refused.message()).isEqualTo("閲覧のみの権限のため、この操作はできません。");
        ConsoleRefusedPage refusedStaff = ConsoleRefusedPage.at(browser, consoleUrl(server, "corporations/"
                + corporation.id() + "/scope/new-staff"));
        assertThat(refusedStaff.message()).isEqualTo("閲覧のみの権限のため、この操作はできません。");
    }

    @Test
    void givenSomeoneWhoIsNotAnOperatorThenTheOperatorsPagesAreRefused(WebDriver browser, KeycloakServer server) {
        Browser.clearAllCookies(browser);
        CorporateLoginPage.at(browser, consoleUrl(server, "corporations")).signIn(corporation.id(), "opc_admin", PASSWORD);
        ConsoleRefusedPage admin = new ConsoleRefusedPage(browser);
        assertThat(admin.message()).isEqualTo("この画面は運用者（ユーザー管理の権限を持つ管理者）のみご利用いただけます。");
        assertThat(ConsoleRefusedPage.at(browser, consoleUrl(server, "corporations/" + corporation.id() + "/scope/staff"))
                .message()).isEqualTo("この画面は運用者（ユーザー管理の権限を持つ管理者）のみご利用いただけます。");
        assertThat(ConsoleStaffListPage.at(browser, consoleUrl(server, "staff")).userIds()).as("their own pages still work")
                .contains("opc_admin");

        signIn(browser, server, "corporations", nobody);
        assertThat(new ConsoleRefusedPage(browser).message())
                .isEqualTo("法人管理は法人の管理者のみご利用いただけます。管理者にお問い合わせください。");
    }

    @Test
    void givenTheDemoOperatorThenTheConsolesHomeIsTheCorporationList(WebDriver browser, KeycloakServer server) {
        Browser.clearAllCookies(browser);
        CorporateLoginPage.at(browser, consoleUrl(server, "")).signInIndividual("operator@example.jp", "Operator#Pass2026");
        ConsoleCorporationListPage list = new ConsoleCorporationListPage(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/houjin/console/corporations");
        assertThat(list.offersNewCorporation()).isTrue();
        assertThat(list.search("00000001", "").corporateIds()).containsExactly("00000001");
    }

    @Test
    void givenEnglishThenTheOperatorsPagesAreInEnglish(WebDriver browser, KeycloakServer server) throws Exception {
        signIn(browser, server, "corporations?search=" + corporation.id(), manager);
        try {
            ConsoleCorporationListPage english = ConsoleCorporationListPage.at(browser,
                    consoleUrl(server, "corporations?kc_locale=en&search=" + corporation.id()));
            assertThat(english.title()).isEqualTo("Corporations");
            assertThat(english.row(corporation.id()).getText()).contains("Active");
            ConsoleCorporationDetailPage detail = english.open(corporation.id());
            assertThat(detail.title()).isEqualTo("Corporation");
            assertThat(detail.field("accessKey")).isEqualTo("Not issued");
            Screenshots.shot(browser, "console-corporation-en", 1280, 1400);
        } finally {
            assertThat(ConsoleCorporationListPage.at(browser, consoleUrl(server, "corporations?kc_locale=ja")).title())
                    .isEqualTo("法人一覧");
        }
    }
}
