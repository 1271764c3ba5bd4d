package jp.houjin.keycloak.testsuite;

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
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.InvitationPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Verification with 法人番号 + 振込口座番号 (seed 002): an admin's password reset, failures and lockout, and the
 * additional admin of 「前任者の異動などによりログインできない場合」, with the notices to the other admins.
 * Demo data: 00000001 has corporate number 7123456789012 and account 1234567; 00000002 4011001098993 / 7654321.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class AdminVerificationIT {

    private static final String REALM = "/realms/partner-portal";
    private static final String FAILED = "確認できませんでした。法人ID、ユーザーID、法人番号またはお振込先口座番号が正しくありません。";
    private static final String PROOF_FAILED = "確認できませんでした。法人番号またはお振込先口座番号が正しくありません。";

    private static TestMailbox mailbox;

    @BeforeAll
    static void useMailbox(TestMailbox opened) {
        mailbox = opened;
    }

    private static String newUser(AdminApi admin, String username, String email, String role) {
        AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username", username, "enabled", true,
                "email", email, "attributes", Map.of("corporateRole", List.of(role))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = CorporateLoginIT.user(admin, username).get("id").asText();
        assertThat(admin.send("PUT", REALM + "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", "Before#Pass2026", "temporary", false)).status()).isEqualTo(204);
        return id;
    }

    private static void click(WebDriver browser, String id) {
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(old));
    }

    private static void fill(WebDriver browser, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
        click(browser, "houjin-verify");
    }

    private static String fieldError(WebDriver browser, String field) {
        List<WebElement> error = browser.findElements(By.id("input-error-container-" + field));
        return error.isEmpty() ? "" : error.get(0).getText().strip();
    }

    private static void openAdminReset(WebDriver browser, String url) {
        CorporateLoginPage.at(browser, url);
        click(browser, "houjin-forgot-password");
        click(browser, "houjin-admin-reset");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("管理者パスワード再設定");
    }

    /** 「管理者の方」 step 1: the recovery mail is asked for; the page is the same for every input. */
    private static String requestRecovery(WebDriver browser, String url, String corporateId, String login) {
        openAdminReset(browser, url);
        fill(browser, Map.of("corporateId", corporateId, "loginId", login));
        return browser.findElement(By.id("houjin-admin-recovery-sent")).getText().strip();
    }

    private static void openProof(WebDriver browser, String link) {
        Browser.clearAllCookies(browser);
        browser.get(link);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("houjin-form-verify")));
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("管理者の本人確認");
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
            String sent = requestRecovery(browser, CorporateLoginPage.accountConsoleSignInUrl(server), "００００００01",
                    "verify_admin_1");
            assertThat(sent).contains("24時間");
            assertThat(browser.findElements(By.id("corporateNumber"))).as("no numbers before the mail").isEmpty();
            MimeMessage mail = mailbox.awaitMailTo("verify-admin-1@example.jp");
            assertThat(mail.getSubject()).isEqualTo("【タイムズ商事株式会社】管理者パスワード再設定の本人確認");
            String link = TestMailbox.actionLink(mail);

            openProof(browser, link);
            assertThat(browser.findElement(By.id("houjin-verify-intro")).getText()).contains("00000001", "verify_admin_1");
            fill(browser, Map.of("corporateNumber", "8123456789012", "bankAccount", "1234567"));
            assertThat(fieldError(browser, "corporateNumber")).contains("チェックデジット");
            fill(browser, Map.of("corporateNumber", "7-1234-5678-9012", "bankAccount", "１２３４５６７"));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-passwd-update-form")));
            browser.findElement(By.id("password-new")).sendKeys("Verified#Pass2026");
            browser.findElement(By.id("password-confirm")).sendKeys("Verified#Pass2026");
            WebElement html = browser.findElement(By.tagName("html"));
            browser.findElement(By.id("kc-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));

            MimeMessage notice = mailbox.awaitMailTo("times_admin@example.jp");
            assertThat(notice.getSubject()).isEqualTo("【タイムズ商事株式会社】管理者のパスワードが再設定されました");
            assertThat(TestMailbox.text(notice)).contains("管理者 verify_admin_1");
            assertThat(mailbox.countTo("verify-admin-1@example.jp")).as("only the recovery mail").isEqualTo(1);

            Browser.clearAllCookies(browser);
            browser.get(link);
            assertThat(InvitationPage.error(browser)).isEqualTo("このURLはすでに使用されています。もう一度「管理者の方」からお手続きください。");

            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            Browser.clearAllCookies(browser);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000001", "verify_admin_1", "Verified#Pass2026");
            assertThat(client.awaitAccessTokenClaims(browser).get("preferred_username").asText())
                    .isEqualTo("00000001:verify_admin_1");
        } finally {
            admin.send("DELETE", REALM + "/users/" + id, null);
        }
    }

    /**
     * The page never tells who is an admin; the second proof, reachable only through the mail, locks after five
     * failures for that admin and address; the additional-admin procedure counts its failures in the directory.
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

            openProof(browser, link);
            for (String account : List.of("7654320", "1111111", "7654322", "0000000", "7654323")) {
                fill(browser, Map.of("corporateNumber", "4011001098993", "bankAccount", account));
                assertThat(InvitationPage.error(browser)).isEqualTo(PROOF_FAILED);
            }
            fill(browser, Map.of("corporateNumber", "4011001098993", "bankAccount", "7654321"));
            assertThat(InvitationPage.error(browser)).startsWith("確認に続けて失敗したため");
            assertThat(browser.findElements(By.id("kc-passwd-update-form"))).isEmpty();
            List<String> errors = admin.get(REALM + "/events?max=100&type=RESET_PASSWORD_ERROR").findValuesAsText("error");
            assertThat(errors).contains("verification_failed", "verification_locked");

            Browser.clearAllCookies(browser);
            CorporateLoginPage.viaAccountConsole(browser, server);
            click(browser, "houjin-add-admin");
            fill(browser, Map.of("corporateId", "00000002", "corporateNumber", "4011001098993", "bankAccount", "1111111",
                    "newUserId", "not_added_2", "lastName", "追加", "firstName", "不可", "newEmail", "not-added-2@example.jp"));
            assertThat(InvitationPage.error(browser)).isEqualTo(FAILED);
            assertThat(DirectoryDatabase.queryString("select count(*) from verification_failure f join corporation c "
                    + "on c.id = f.corporation_id where c.corporate_id = ?", "00000002")).isEqualTo("1");
        } finally {
            DirectoryDatabase.update("delete from verification_failure");
            admin.send("DELETE", REALM + "/attack-detection/brute-force/users/" + adminId, null);
            admin.send("DELETE", REALM + "/users/" + adminId, null);
            admin.send("DELETE", REALM + "/users/" + userId, null);
        }
    }

    @Test
    void givenThePredecessorLeftThenTheNumbersRegisterAnAccountAskingForAdminRightsAndTheAdminsAreMailed(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String newId = null;
        try {
            CorporateLoginPage.viaAccountConsole(browser, server);
            click(browser, "houjin-add-admin");
            assertThat(browser.findElement(By.id("houjin-verify-intro")).getText()).contains("承認した後に付与されます");
            fill(browser, Map.of("corporateId", "00000001", "corporateNumber", "7123456789012", "bankAccount", "1234567",
                    "newUserId", "added_admin_1", "lastName", "<b>追加</b>", "firstName", "管理",
                    "newEmail", "added-admin-1@example.jp"));
            assertThat(fieldError(browser, "lastName")).contains("使用できない記号");
            fill(browser, Map.of("corporateNumber", "7123456789012", "bankAccount", "1234567", "lastName", "追加"));
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("管理者追加登録の受付完了");
            String temporary = browser.findElement(By.id("houjin-temporary-password")).getText().strip();
            assertThat(temporary).hasSize(12);
            newId = CorporateLoginIT.user(admin, "00000001:added_admin_1").get("id").asText();
            assertThat(CorporateLoginIT.user(admin, "00000001:added_admin_1").path("attributes").path("corporateRole")
                    .get(0).asText()).as("no admin rights from two numbers alone").isEqualTo("user");
            assertThat(CorporateLoginIT.user(admin, "00000001:added_admin_1").path("attributes").path("houjinAdminRequestedAt")
                    .get(0).asText()).isNotBlank();

            MimeMessage notice = mailbox.awaitMailTo("times_admin@example.jp");
            assertThat(notice.getSubject()).isEqualTo("【タイムズ商事株式会社】管理者の追加登録が申請されました");
            assertThat(TestMailbox.text(notice)).contains("added_admin_1", "追加 管理", "管理権限はありません");

            String link = TestMailbox.actionLink(mailbox.awaitMailTo("added-admin-1@example.jp"));
            Browser.clearAllCookies(browser);
            browser.get(link);
            new InvitationPage(browser).authenticate("00000001", "added_admin_1", temporary, true);
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).contains("ユーザー登録");
        } finally {
            if (newId != null) {
                admin.send("DELETE", REALM + "/users/" + newId, null);
            }
        }
    }

    private static String tokenOf(WebDriver browser, KeycloakServer server, String corporateId, String userId,
            String password) {
        Browser.clearAllCookies(browser);
        AuthorizationCodeClient client = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, client.authorizationUrl()).signIn(corporateId, userId, password);
        return client.awaitAccessToken(browser);
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
            String member = tokenOf(browser, server, "00000001", "times_user001", "Times#Pass2026");
            assertThat(call(server, "GET", "users", member).statusCode()).isEqualTo(403);
            assertThat(call(server, "DELETE", "users/no_longer_needed", member).statusCode()).isEqualTo(403);

            String adminToken = tokenOf(browser, server, "00000001", "times_admin", "Admin#Pass2026");
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
            admin.send("DELETE", REALM + "/users/" + doomedId, null);
        }
    }

    @Test
    void givenManyFailuresFromOneAddressThenThatAddressIsLockedForEveryCorporation(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        try {
            CorporateLoginPage.viaAccountConsole(browser, server);
            click(browser, "houjin-add-admin");
            for (int i = 0; i < 10; i++) {
                // Corporations that do not exist: only the address can be counted.
                fill(browser, Map.of("corporateId", String.format("9900%04d", i), "corporateNumber", "4011001098993",
                        "bankAccount", "7654321", "newUserId", "not_added_3", "lastName", "追加", "firstName", "不可",
                        "newEmail", "not-added-3@example.jp"));
                assertThat(InvitationPage.error(browser)).isEqualTo(FAILED);
            }
            fill(browser, Map.of("corporateId", "00000002", "corporateNumber", "4011001098993", "bankAccount", "7654321"));
            assertThat(InvitationPage.error(browser)).startsWith("確認に続けて失敗したため");
            assertThat(admin.get(REALM + "/users?exact=true&username=00000002:not_added_3")).isEmpty();
        } finally {
            DirectoryDatabase.update("delete from verification_failure");
        }
    }
}
