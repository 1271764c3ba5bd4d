package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteIfPresent;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.releaseAllLocks;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.releaseLock;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.AdminRequestPage;
import jp.houjin.keycloak.testsuite.pages.AdminVerifyPage;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.MessagePage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.UpdatePasswordPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Verification with 法人番号 + 振込口座番号 (seed 002): an admin's password reset, failures and lockout, and the
 * additional admin of 「前任者の異動などによりログインできない場合」, with the notices to the other admins.
 * Demo data: 00000001 has corporate number 7123456789012 and account 1234567; 00000002 4011001098993 / 7654321.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class AdminVerificationIT {

    private static final String FAILED = "確認できませんでした。法人ID、ユーザーID、法人番号またはお振込先口座番号が正しくありません。";
    private static final String PROOF_FAILED = "確認できませんでした。法人番号またはお振込先口座番号が正しくありません。";

    private static TestMailbox mailbox;

    private static String newUser(AdminApi admin, String username, String email, String role) {
        Map<String, Object> account = account(username, email);
        account.put("attributes", Map.of("corporateRole", List.of(role)));
        return createUser(admin, account, "Before#Pass2026", false);
    }

    /** 「管理者の方」 step 1: the recovery mail is asked for; the page is the same for every input. */
    private static String requestRecovery(WebDriver browser, String url, String corporateId, String login) {
        AdminVerifyPage page = CorporateLoginPage.at(browser, url).forgotPassword().adminReset();
        assertThat(page.title()).isEqualTo("管理者パスワード再設定");
        page.verify(Map.of("corporateId", corporateId, "loginId", login));
        return page.recoverySent();
    }

    private static AdminVerifyPage openProof(WebDriver browser, String link) {
        Browser.clearAllCookies(browser);
        browser.get(link);
        AdminVerifyPage page = new AdminVerifyPage(browser);
        assertThat(page.title()).isEqualTo("管理者の本人確認");
        return page;
    }

    /**
     * Seed 002: a mail to the registered address first; only the page its link opens asks for 法人番号 +
     * 振込口座番号 (the second proof); then the new password, and the other admins are told.
     */
    @Test
    void givenTheMailLinkAndThenTheRightNumbersThenAnAdminSetsANewPasswordAndTheOtherAdminsAreTold(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String id = newUser(admin, "00000001:verify_admin_1", "verify-admin-1@example.jp", "admin");
        try {
            MimeMessage granted = mailbox.awaitMailTo("times_admin@example.jp", "【タイムズ商事株式会社】管理権限が付与されました");
            assertThat(TestMailbox.text(granted)).as("every change of admin rights is told").contains("verify_admin_1");
            String sent = requestRecovery(browser, CorporateLoginPage.accountConsoleSignInUrl(server), "００００００01",
                    "verify_admin_1");
            assertThat(sent).contains("24時間");
            assertThat(new AdminVerifyPage(browser).has("corporateNumber")).as("no numbers before the mail").isFalse();
            MimeMessage mail = mailbox.awaitMailTo("verify-admin-1@example.jp");
            assertThat(mail.getSubject()).isEqualTo("【タイムズ商事株式会社】管理者パスワード再設定の本人確認");
            String link = TestMailbox.actionLink(mail);

            AdminVerifyPage proof = openProof(browser, link);
            assertThat(proof.intro()).contains("00000001", "verify_admin_1");
            proof.verify(Map.of("corporateNumber", "8123456789012", "bankAccount", "1234567"));
            assertThat(proof.fieldError("corporateNumber")).contains("チェックデジット");
            proof.verify(Map.of("corporateNumber", "7-1234-5678-9012", "bankAccount", "１２３４５６７"));
            new UpdatePasswordPage(browser).submit("Verified#Pass2026");

            MimeMessage notice = mailbox.awaitMailTo("times_admin@example.jp", "【タイムズ商事株式会社】管理者のパスワードが再設定されました");
            assertThat(TestMailbox.text(notice)).contains("管理者 verify_admin_1");
            assertThat(mailbox.countTo("verify-admin-1@example.jp")).as("only the recovery mail").isEqualTo(1);

            Browser.clearAllCookies(browser);
            assertThat(Page.open(browser, MessagePage::new, link).error())
                    .isEqualTo("このURLはすでに使用されています。もう一度「管理者の方」からお手続きください。");

            SignIn.assertCorporateSignIn(browser, server, "00000001", "verify_admin_1", "Verified#Pass2026");
        } finally {
            deleteUser(admin, id);
        }
    }

    /**
     * The page never tells who is an admin; the second proof, reachable only through the mail, locks after five
     * failures for that admin and address; the additional-admin procedure counts its attempts per 法人ID and address.
     */
    @Test
    void givenAMemberAnUnknownAccountOrWrongNumbersThenOneAnswerEachAndTheProofLocks(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String adminId = newUser(admin, "00000002:verify_admin_2", "verify-admin-2@example.jp", "admin");
        String userId = newUser(admin, "00000002:verify_user_2", "verify-user-2@example.jp", "user");
        try {
            String url = CorporateLoginPage.accountConsoleSignInUrl(server);
            String member = requestRecovery(browser, url, "00000002", "verify_user_2");
            String unknown = requestRecovery(browser, url, "00000002", "nobody_here");
            String real = requestRecovery(browser, url, "00000002", "verify_admin_2");
            assertThat(List.of(member, unknown)).containsOnly(real);
            String link = TestMailbox.actionLink(mailbox.awaitMailTo("verify-admin-2@example.jp"));
            assertThat(mailbox.countTo("verify-user-2@example.jp")).as("a member gets no admin mail").isZero();

            AdminVerifyPage proof = openProof(browser, link);
            for (String account : List.of("7654320", "1111111", "7654322", "0000000", "7654323")) {
                proof.verify(Map.of("corporateNumber", "4011001098993", "bankAccount", account));
                assertThat(proof.error()).isEqualTo(PROOF_FAILED);
            }
            proof.verify(Map.of("corporateNumber", "4011001098993", "bankAccount", "7654321"));
            assertThat(proof.error()).startsWith("確認に続けて失敗したため");
            assertThat(UpdatePasswordPage.isShown(browser)).isFalse();
            List<String> errors = admin.get(REALM + "/events?max=100&type=RESET_PASSWORD_ERROR").findValuesAsText("error");
            assertThat(errors).contains("verification_failed", "verification_locked");

            Browser.clearAllCookies(browser);
            AdminVerifyPage add = CorporateLoginPage.viaAccountConsole(browser, server).addAdmin();
            add.confirmAddition(Map.of("corporateId", "00000002", "corporateNumber", "4011001098993", "bankAccount", "1111111",
                    "newUserId", "not_added_2", "lastName", "追加", "firstName", "不可", "newEmail", "not-added-2@example.jp"));
            add.register();
            assertThat(add.error()).isEqualTo(FAILED);
            assertThat(admin.get(REALM + "/events?max=100&type=REGISTER_ERROR").findValuesAsText("error"))
                    .contains("verification_failed");
        } finally {
            releaseAllLocks(admin);
            releaseLock(admin, adminId);
            deleteUser(admin, adminId);
            deleteUser(admin, userId);
        }
    }

    /** 「前任者の異動など」 for 00000001 through the page: the done page names the address, shows no password. */
    private static void requestAdminRights(WebDriver browser, KeycloakServer server, String userId, String email) {
        Browser.clearAllCookies(browser);
        AdminVerifyPage add = CorporateLoginPage.viaAccountConsole(browser, server).addAdmin();
        add.confirmAddition(Map.of("corporateId", "00000001", "corporateNumber", "7123456789012", "bankAccount", "1234567",
                "newUserId", userId, "lastName", "追加", "firstName", "管理", "newEmail", email));
        // Seed 002 ⑤: what was entered is shown before 【登録】 — the account number never is.
        assertThat(add.confirmed("newUserId")).isEqualTo(userId);
        assertThat(add.confirmed("name")).isEqualTo("追加 管理");
        assertThat(add.confirmed("newEmail")).isEqualTo(email);
        assertThat(add.confirmed("bankAccount")).isEqualTo("（入力済み・表示しません）");
        assertThat(add.source()).doesNotContain("\"1234567\"");
        add.edit();
        assertThat(add.value("newUserId")).as("修正する keeps the entries").isEqualTo(userId);
        assertThat(add.value("bankAccount")).as("but not the numbers").isEmpty();
        add.confirmAddition(Map.of("corporateNumber", "7123456789012", "bankAccount", "1234567"));
        add.register();
        assertThat(add.title()).isEqualTo("管理者追加登録の受付完了");
        assertThat(add.addAdminDone()).contains(email);
        assertThat(add.has("houjin-temporary-password")).as("nothing shown as a password").isFalse();
        assertThat(add.source()).doesNotContain("仮パスワード");
    }

    /** The requester's own link: Keycloak's update-password page, then signed in (as a member). */
    private static void confirmByMail(WebDriver browser, String email, String password) {
        String link = TestMailbox.actionLink(mailbox.awaitMailTo(email, "【タイムズ商事株式会社】管理者追加登録のご案内"));
        Browser.clearAllCookies(browser);
        browser.get(link);
        new UpdatePasswordPage(browser).submit(password);
    }

    private static com.fasterxml.jackson.databind.JsonNode attributes(AdminApi admin, String username) {
        return user(admin, username).path("attributes");
    }

    /** The latest request notice to times_admin; its approve and cancel links, in that order. */
    private static List<String> decisionLinks(String requester) {
        MimeMessage notice = mailbox.awaitMailTo("times_admin@example.jp", "【タイムズ商事株式会社】管理者の追加登録が申請されました");
        String text = TestMailbox.text(notice);
        assertThat(text).contains(requester, "まだ管理権限はありません", "72時間");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S+/houjin/admin-request\\?key=\\S+")
                .matcher(text);
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group());
        }
        assertThat(links).hasSize(2);
        return links;
    }

    private static void setEnabled(AdminApi admin, String username, boolean enabled) {
        com.fasterxml.jackson.databind.node.ObjectNode user = (com.fasterxml.jackson.databind.node.ObjectNode)
                user(admin, username);
        user.put("enabled", enabled);
        assertThat(admin.send("PUT", REALM + "/users/" + user.get("id").asText(), user).status()).isEqualTo(204);
    }

    private static String decide(WebDriver browser, String link) {
        Browser.clearAllCookies(browser);
        AdminRequestPage page = Page.open(browser, AdminRequestPage::new, link);
        if (!page.canDecide()) {
            return page.error();
        }
        return page.decide().done();
    }

    /**
     * Seed 002's additional admin, hardened: the requester proves the address with the mailed link and sets a
     * password there (none on screen); the existing admin is mailed at once and approves; rights follow and are
     * announced; the decision link works once.
     */
    @Test
    void givenThePredecessorLeftThenTheRequesterConfirmsByMailAndAnAdminsApprovalGrantsTheRights(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        try {
            AdminVerifyPage add = CorporateLoginPage.viaAccountConsole(browser, server).addAdmin();
            assertThat(add.intro()).contains("一定の期間");
            add.verify(Map.of("corporateId", "00000001", "corporateNumber", "7123456789012", "bankAccount", "1234567",
                    "newUserId", "added_admin_1", "lastName", "<b>追加</b>", "firstName", "管理",
                    "newEmail", "added-admin-1@example.jp"));
            assertThat(add.fieldError("lastName")).contains("使用できない記号");
            requestAdminRights(browser, server, "added_admin_1", "added-admin-1@example.jp");
            assertThat(attributes(admin, "00000001:added_admin_1").path("corporateRole").get(0).asText())
                    .as("no admin rights from two numbers alone").isEqualTo("user");
            assertThat(attributes(admin, "00000001:added_admin_1").path("houjinAdminRequestedAt").get(0).asText())
                    .matches("\\d{4}-\\d{2}-\\d{2}T.*\\+09:00");
            List<String> links = decisionLinks("added_admin_1");

            confirmByMail(browser, "added-admin-1@example.jp", "Added#Pass2026");
            assertThat(attributes(admin, "00000001:added_admin_1").path("houjinAdminConfirmedAt").isMissingNode()).isFalse();
            assertThat(attributes(admin, "00000001:added_admin_1").path("corporateRole").get(0).asText()).isEqualTo("user");

            // A link outlives nothing its owner lost: the admin, disabled in Keycloak, cannot approve with it.
            setEnabled(admin, "00000001:times_admin", false);
            try {
                assertThat(decide(browser, links.get(0))).isEqualTo("このURLは無効です。管理者の追加登録については担当窓口へご連絡ください。");
            } finally {
                setEnabled(admin, "00000001:times_admin", true);
            }
            assertThat(attributes(admin, "00000001:added_admin_1").path("corporateRole").get(0).asText()).isEqualTo("user");
            assertThat(decide(browser, links.get(0))).isEqualTo("承認しました。この方に管理権限が付与されました。");
            assertThat(attributes(admin, "00000001:added_admin_1").path("corporateRole").get(0).asText()).isEqualTo("admin");
            assertThat(attributes(admin, "00000001:added_admin_1").path("houjinAdminRequestedAt").isMissingNode()).isTrue();
            assertThat(TestMailbox.text(mailbox.awaitMailTo("times_admin@example.jp",
                    "【タイムズ商事株式会社】管理権限が付与されました"))).contains("added_admin_1");
            assertThat(decide(browser, links.get(0))).isEqualTo("この申請はすでに承認・取消・付与のいずれかが行われています。");
            assertThat(decide(browser, links.get(1))).as("nor can it be cancelled afterwards")
                    .isEqualTo("この申請はすでに承認・取消・付与のいずれかが行われています。");
            String tampered = links.get(0).substring(0, links.get(0).length() - 3) + "abc";
            assertThat(decide(browser, tampered)).isEqualTo("このURLは無効です。管理者の追加登録については担当窓口へご連絡ください。");

            SignIn.assertCorporateSignIn(browser, server, "00000001", "added_admin_1", "Added#Pass2026");
        } finally {
            deleteIfPresent(admin, "00000001:added_admin_1");
            releaseAllLocks(admin);
        }
    }

    /** Without an answer the rights come after the realm's waiting period; a cancel deletes the account. */
    @Test
    void givenNoAnswerTheRightsComeAfterTheWaitingPeriodAndACancelDeletesTheRequest(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        try {
            requestAdminRights(browser, server, "cancelled_admin_1", "cancelled-admin-1@example.jp");
            List<String> cancel = decisionLinks("cancelled_admin_1");
            String ownLink = TestMailbox.actionLink(mailbox.awaitMailTo("cancelled-admin-1@example.jp"));
            Browser.clearAllCookies(browser);
            AdminRequestPage request = Page.open(browser, AdminRequestPage::new, cancel.get(1));
            assertThat(request.requesterUserId()).isEqualTo("cancelled_admin_1");
            assertThat(request.decide().done()).contains("取り消し");
            assertThat(admin.get(REALM + "/users?exact=true&username=00000001:cancelled_admin_1")).isEmpty();
            assertThat(TestMailbox.text(mailbox.awaitMailTo("times_admin@example.jp",
                    "【タイムズ商事株式会社】管理者の追加登録申請が取り消されました"))).contains("cancelled_admin_1");
            assertThat(decide(browser, cancel.get(1))).isEqualTo("この申請はすでに承認・取消・付与のいずれかが行われています。");
            Browser.clearAllCookies(browser);
            Page.open(browser, MessagePage::new, ownLink);
            assertThat(UpdatePasswordPage.isShown(browser)).as("a cancelled request's link is dead").isFalse();

            requestAdminRights(browser, server, "waited_admin_1", "waited-admin-1@example.jp");
            confirmByMail(browser, "waited-admin-1@example.jp", "Waited#Pass2026");
            com.fasterxml.jackson.databind.node.ObjectNode user = (com.fasterxml.jackson.databind.node.ObjectNode)
                    user(admin, "00000001:waited_admin_1");
            ((com.fasterxml.jackson.databind.node.ObjectNode) user.path("attributes")).putArray("houjinAdminRequestedAt")
                    .add(java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).minusHours(73)
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            assertThat(admin.send("PUT", REALM + "/users/" + user.get("id").asText(), user).status()).isEqualTo(204);

            Browser.clearAllCookies(browser);
            CorporateLoginPage.viaAccountConsole(browser, server).signIn("00000001", "waited_admin_1", "Waited#Pass2026");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> attributes(admin, "00000001:waited_admin_1")
                    .path("corporateRole").get(0).asText().equals("admin"));
            assertThat(TestMailbox.text(mailbox.awaitMailTo("times_admin@example.jp",
                    "【タイムズ商事株式会社】管理権限が付与されました"))).contains("waited_admin_1");
        } finally {
            deleteIfPresent(admin, "00000001:cancelled_admin_1");
            deleteIfPresent(admin, "00000001:waited_admin_1");
            releaseAllLocks(admin);
        }
    }

    /** Attempts are taken atomically before anything is checked: 30 parallel guesses, only 5 evaluated. */
    @Test
    void givenThirtyParallelGuessesThenOnlyTheCorporationsFiveAttemptsAreEvaluated(KeycloakServer server, AdminApi admin)
            throws Exception {
        releaseAllLocks(admin);
        try {
            List<CurlLogin.Prepared> prepared = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                // Each confirmed first (seed 002 ⑤), then all 【登録】 at once.
                prepared.add(CurlLogin.prepare(server, List.of("houjinVerify=addAdmin", "corporateId=97000001",
                        "corporateNumber=4011001098993", "bankAccount=7654321", "newUserId=parallel_" + i,
                        "lastName=並列", "firstName=試験", "newEmail=parallel-" + i + "@example.jp"),
                        List.of("houjinVerify=addAdminRegister")));
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
            try {
                List<java.util.concurrent.Future<CurlLogin.Result>> results = new java.util.ArrayList<>();
                for (CurlLogin.Prepared p : prepared) {
                    results.add(pool.submit(p::submit));
                }
                for (java.util.concurrent.Future<CurlLogin.Result> r : results) {
                    assertThat(r.get().status()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            Map<String, Long> outcomes = new java.util.TreeMap<>();
            admin.get(REALM + "/events?max=1000&type=REGISTER_ERROR").forEach(e -> {
                if ("97000001".equals(e.path("details").path("corporate_id").asText())) {
                    outcomes.merge(e.path("error").asText(), 1L, Long::sum);
                }
            });
            assertThat(outcomes).isEqualTo(Map.of("verification_failed", 5L, "verification_locked", 25L));
        } finally {
            releaseAllLocks(admin);
        }
    }

    private static java.net.http.HttpResponse<String> call(KeycloakServer server, String method, String path, String token)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(server.realmUrl() + "/houjin/corporation/" + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenACorporateAdminThenTheyListAndDeleteAccountsOfTheirOwnCorporationOnly(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String doomedId = newUser(admin, "00000001:no_longer_needed", "no-longer-needed@example.jp", "user");
        try {
            assertThat(call(server, "GET", "users", null).statusCode()).isEqualTo(401);
            String member = SignIn.corporateToken(browser, server, "00000001", "times_user001", "Times#Pass2026");
            assertThat(call(server, "GET", "users", member).statusCode()).isEqualTo(403);
            assertThat(call(server, "DELETE", "users/no_longer_needed", member).statusCode()).isEqualTo(403);

            String adminToken = SignIn.corporateToken(browser, server, "00000001", "times_admin", "Admin#Pass2026");
            java.net.http.HttpResponse<String> listed = call(server, "GET", "users", adminToken);
            assertThat(listed.statusCode()).isEqualTo(200);
            com.fasterxml.jackson.databind.JsonNode users = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(listed.body());
            assertThat(users.findValuesAsText("userId")).contains("times_user001", "no_longer_needed", "times_admin");
            assertThat(users.findValuesAsText("corporateId")).containsOnly("00000001");

            assertThat(call(server, "DELETE", "users/times_admin", adminToken).statusCode()).isEqualTo(409);
            assertThat(call(server, "DELETE", "users/locktest_user", adminToken).statusCode())
                    .as("a user of another corporation is not found").isEqualTo(404);
            assertThat(call(server, "DELETE", "users/no_longer_needed", adminToken).statusCode()).isEqualTo(204);
            assertThat(admin.get(REALM + "/users?exact=true&username=00000001:no_longer_needed")).isEmpty();
            // Custom resource types cannot be a query filter (Keycloak parses them as its own enum): filter here.
            List<String> paths = new java.util.ArrayList<>();
            admin.get(REALM + "/admin-events?operationTypes=DELETE&max=100").forEach(e -> {
                if ("HOUJIN_CORPORATE_ACCOUNT".equals(e.path("resourceType").asText())) {
                    paths.add(e.path("resourcePath").asText());
                }
            });
            assertThat(paths).anyMatch(p -> p.endsWith("/users/no_longer_needed"));

            Browser.clearAllCookies(browser);
            CorporateLoginPage login = CorporateLoginPage.viaAccountConsole(browser, server);
            login.signIn("00000001", "no_longer_needed", "Before#Pass2026");
            assertThat(login.error()).contains("正しくありません");
        } finally {
            deleteUser(admin, doomedId);
        }
    }

    @Test
    void givenManyFailuresFromOneAddressThenThatAddressIsLockedForEveryCorporation(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        try {
            AdminVerifyPage add = CorporateLoginPage.viaAccountConsole(browser, server).addAdmin();
            for (int i = 0; i < 10; i++) {
                // Corporations that do not exist: only the address can be counted.
                add.confirmAddition(Map.of("corporateId", String.format("9900%04d", i), "corporateNumber", "4011001098993",
                        "bankAccount", "7654321", "newUserId", "not_added_3", "lastName", "追加", "firstName", "不可",
                        "newEmail", "not-added-3@example.jp"));
                add.register();
                assertThat(add.error()).isEqualTo(FAILED);
            }
            add.confirmAddition(Map.of("corporateId", "00000002", "corporateNumber", "4011001098993", "bankAccount", "7654321"));
            add.register();
            assertThat(add.error()).startsWith("確認に続けて失敗したため");
            assertThat(admin.get(REALM + "/users?exact=true&username=00000002:not_added_3")).isEmpty();
        } finally {
            releaseAllLocks(admin);
        }
    }
}
