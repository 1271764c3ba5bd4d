package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.RealmAdmin;
import jp.houjin.keycloak.testsuite.support.SignIn;
import jp.houjin.keycloak.testsuite.support.TestCorporation;
import jp.houjin.keycloak.testsuite.support.TestOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The operators' admin REST ({@code /admin/realms/{realm}/houjin-corporations…}, issue 21) on the real server, with
 * the tokens of realm users holding realm-management roles: the permission matrix (no token, view-users only,
 * manage-users, a corporate admin, a user of another realm), 法人一覧's search, filter and paging, 法人登録 with the
 * 法人番号 check digit, rename, verification numbers (the bank account never answered, stored hashed), 契約停止
 * ending the users' sessions and refusing their sign-in with seed 001's message, deletion with the 法人ID repeated
 * leaving nothing in the directory tables, pending sign-ups, a corporation's staff in an operator's scope, and the
 * admin events with the operator as actor.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class OperatorsApiIT {

    private static final String PASSWORD = "Operator#Pass2026";
    private static final String STAFF_PASSWORD = "OpStaff#Pass2026";
    private static final String OTHER_REALM = "operators-elsewhere";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestOperator manager;
    private static TestOperator viewer;
    private static TestCorporation corporation;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void operators(AdminApi admin) throws Exception {
        manager = TestOperator.create(admin, "op-manager", "運用", PASSWORD, "view-users", "manage-users");
        viewer = TestOperator.create(admin, "op-viewer", "閲覧", PASSWORD, "view-users");
        corporation = TestCorporation.create(admin, "運用検証株式会社");
        corporation.addUser("op_admin", null, "管理", "一郎", "admin", STAFF_PASSWORD);
        corporation.addUser("op_member", null, "担当", "二郎", "user", STAFF_PASSWORD);
        admin.send("DELETE", "/realms/" + OTHER_REALM, null);
        AdminApi.Response realm = admin.send("POST", "/realms", Map.of("realm", OTHER_REALM, "enabled", true,
                "users", List.of(Map.of("username", "elsewhere-admin", "enabled", true, "email", "elsewhere@example.com",
                        "emailVerified", true, "firstName", "他", "lastName", "領域",
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)),
                        "clientRoles", Map.of("realm-management", List.of("view-users", "manage-users"))))));
        assertThat(realm.status()).as(realm.body()).isEqualTo(201);
    }

    @AfterAll
    static void cleanUp(AdminApi admin) throws Exception {
        manager.close();
        viewer.close();
        corporation.close();
        for (String corporateId : created) {
            admin.get(REALM + "/users?max=1000&search=" + corporateId + ":*")
                    .forEach(u -> RealmAdmin.deleteUser(admin, u.get("id").asText()));
            DirectoryDatabase.deleteCorporation(corporateId);
        }
        admin.send("DELETE", "/realms/" + OTHER_REALM, null);
    }

    private static HttpResponse<String> call(KeycloakServer server, String method, String path, String token,
            Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin" + REALM
                + "/houjin-corporations" + path)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String operatorToken(WebDriver browser, KeycloakServer server, TestOperator operator) {
        return SignIn.individualToken(browser, server, operator.email(), PASSWORD);
    }

    private static String otherRealmToken(KeycloakServer server) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=elsewhere-admin&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + "/realms/" + OTHER_REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** A corporation created by the test in the database, with one user (through the operator API). */
    private static String newCorporation(KeycloakServer server, String token, String name) throws Exception {
        HttpResponse<String> made = call(server, "POST", "", token, Map.of("name", name));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String corporateId = json(made).get("corporateId").asText();
        created.add(corporateId);
        return corporateId;
    }

    /** Reads (view-users) and writes (manage-users) of the API, each with a body where it takes one. */
    private static List<Object[]> endpoints(String corporateId) {
        String c = "/" + corporateId;
        return List.of(
                new Object[] {"GET", "?search=" + corporateId, null, false},
                new Object[] {"GET", "/count", null, false},
                new Object[] {"GET", c, null, false},
                new Object[] {"GET", c + "/users", null, false},
                new Object[] {"GET", c + "/users/op_member", null, false},
                new Object[] {"GET", c + "/ip-allow-list", null, false},
                new Object[] {"POST", "", Map.of("name", "拒否されるべき株式会社"), true},
                new Object[] {"PUT", c, Map.of("name", "改名されるべきでない株式会社"), true},
                new Object[] {"PUT", c + "/status", Map.of("status", "suspended"), true},
                new Object[] {"PUT", c + "/verification", Map.of("bankAccountNumber", "1234567"), true},
                new Object[] {"POST", c + "/access-key", null, true},
                new Object[] {"DELETE", c + "?confirmCorporateId=" + corporateId, null, true},
                new Object[] {"POST", c + "/users", Map.of("userId", "op_refused", "lastName", "拒否", "firstName", "太郎"), true},
                new Object[] {"PUT", c + "/users/op_member/login-status", Map.of("loginStatus", "login_suspended"), true},
                new Object[] {"DELETE", c + "/users/op_member", null, true});
    }

    @Test
    void givenNoTokenACorporateAdminOrAnotherRealmThenNothingIsAnsweredNorChanged(WebDriver browser,
            KeycloakServer server) throws Exception {
        String corporateAdmin = SignIn.corporateToken(browser, server, corporation.id(), "op_admin", STAFF_PASSWORD);
        String elsewhere = otherRealmToken(server);
        for (Object[] endpoint : endpoints(corporation.id())) {
            String what = endpoint[0] + " " + endpoint[1];
            assertThat(call(server, (String) endpoint[0], (String) endpoint[1], null, endpoint[2]).statusCode()).as(what)
                    .isEqualTo(401);
            HttpResponse<String> admin = call(server, (String) endpoint[0], (String) endpoint[1], corporateAdmin, endpoint[2]);
            assertThat(admin.statusCode()).as("corporate admin: " + what).isEqualTo(403);
            assertThat(admin.body()).doesNotContain("運用検証株式会社");
            HttpResponse<String> other = call(server, (String) endpoint[0], (String) endpoint[1], elsewhere, endpoint[2]);
            assertThat(other.statusCode()).as("another realm: " + what).isIn(401, 403);
            assertThat(other.body()).doesNotContain("運用検証株式会社");
        }
        assertThat(DirectoryDatabase.queryString("select status from corporation where corporate_id = ?", corporation.id()))
                .isEqualTo("ACTIVE");
        assertThat(DirectoryDatabase.queryString("select name from corporation where corporate_id = ?", corporation.id()))
                .isEqualTo("運用検証株式会社");
    }

    @Test
    void givenViewUsersOnlyThenReadsAnswerAndEveryWriteIs403(WebDriver browser, KeycloakServer server) throws Exception {
        String token = operatorToken(browser, server, viewer);
        for (Object[] endpoint : endpoints(corporation.id())) {
            HttpResponse<String> response = call(server, (String) endpoint[0], (String) endpoint[1], token, endpoint[2]);
            assertThat(response.statusCode()).as("%s %s: %s", endpoint[0], endpoint[1], response.body())
                    .isEqualTo((Boolean) endpoint[3] ? 403 : 200);
        }
        assertThat(json(call(server, "GET", "/" + corporation.id(), token, null)).get("name").asText())
                .isEqualTo("運用検証株式会社");
        assertThat(DirectoryDatabase.queryString("select count(*) from corporate_user u join corporation c on"
                + " c.id = u.corporation_id where c.corporate_id = ?", corporation.id())).isEqualTo("2");
        HttpResponse<String> unknown = call(server, "GET", "/00000000", token, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).isEqualTo("corporation_not_found");
    }

    @Test
    void givenManageUsersThenCorporationsAreCreatedSearchedPagedRenamedAndVerified(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        String token = operatorToken(browser, server, manager);
        String given = "6" + String.format("%07d", new java.security.SecureRandom().nextInt(10_000_000));
        HttpResponse<String> badNumber = call(server, "POST", "", token, Map.of("corporateId", given, "name", "番号誤り株式会社",
                "corporateNumber", "1123456789012"));
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(json(badNumber).get("error").asText()).isEqualTo("invalid_input");
        assertThat(json(badNumber).path("invalid").has("corporateNumber")).isTrue();
        assertThat(call(server, "POST", "", token, Map.of("corporateId", given, "name", "")).statusCode()).isEqualTo(400);

        HttpResponse<String> made = call(server, "POST", "", token, Map.of("corporateId", given, "name",
                "運用登録<b>株式会社</b>", "nameKana", "ウンヨウ トウロク", "corporateNumber", "７１２３４５６７８９０１２"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        created.add(given);
        JsonNode corporationJson = json(made);
        assertThat(corporationJson.get("corporateId").asText()).isEqualTo(given);
        assertThat(corporationJson.get("corporateNumber").asText()).isEqualTo("7123456789012");
        assertThat(corporationJson.get("status").asText()).isEqualTo("active");
        assertThat(corporationJson.get("bankAccountSet").asBoolean()).isFalse();
        HttpResponse<String> taken = call(server, "POST", "", token, Map.of("corporateId", given, "name", "重複株式会社"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json(taken).get("error").asText()).isEqualTo("corporate_id_taken");
        String assigned = newCorporation(server, token, "運用自動採番株式会社");
        assertThat(assigned).matches("[1-9][0-9]{7}");

        assertThat(corporationJson.get("nameKana").asText()).as("stored with a full-width space").isEqualTo("ウンヨウ　トウロク");
        assertThat(json(call(server, "GET", "?search=" + URLEncoder.encode("ｳﾝﾖｳ ﾄｳﾛｸ", StandardCharsets.UTF_8), token, null))
                .get("corporations").findValuesAsText("corporateId"))
                .as("kana typed half-width with a plain space").containsExactly(given);
        assertThat(json(call(server, "GET", "?search=" + URLEncoder.encode("ウンヨウ　トウ", StandardCharsets.UTF_8), token,
                null)).get("corporations").findValuesAsText("corporateId")).as("typed with the full-width space")
                .containsExactly(given);
        assertThat(json(call(server, "GET", "?search=" + given, token, null)).get("total").asLong()).isEqualTo(1);
        assertThat(json(call(server, "GET", "?search=7123456789012", token, null)).get("corporations")
                .findValuesAsText("corporateId")).contains(given, "00000001");
        assertThat(json(call(server, "GET", "?search=" + URLEncoder.encode("運用", StandardCharsets.UTF_8), token, null))
                .get("corporations").findValuesAsText("corporateId")).contains(given, assigned, corporation.id());
        assertThat(json(call(server, "GET", "?status=suspended", token, null)).get("corporations")
                .findValuesAsText("corporateId")).contains("00000009").doesNotContain(given);
        JsonNode all = json(call(server, "GET", "?max=2", token, null));
        long total = all.get("total").asLong();
        assertThat(all.get("corporations")).hasSize(2);
        assertThat(json(call(server, "GET", "/count", token, null)).get("total").asLong()).isEqualTo(total);
        JsonNode last = json(call(server, "GET", "?max=2&first=" + (total - 1), token, null));
        assertThat(last.get("corporations")).hasSize(1);
        assertThat(last.get("first").asInt()).isEqualTo((int) total - 1);
        assertThat(call(server, "GET", "?status=sleeping", token, null).statusCode()).isEqualTo(400);

        JsonNode renamed = json(call(server, "PUT", "/" + given, token, Map.of("name", "運用改名株式会社", "nameKana", "")));
        assertThat(renamed.get("name").asText()).isEqualTo("運用改名株式会社");
        assertThat(renamed.has("nameKana")).as("no kana: left out").isFalse();

        HttpResponse<String> badAccount = call(server, "PUT", "/" + given + "/verification", token,
                Map.of("bankAccountNumber", "12-ab"));
        assertThat(badAccount.statusCode()).isEqualTo(400);
        HttpResponse<String> verified = call(server, "PUT", "/" + given + "/verification", token,
                Map.of("corporateNumber", "4011001098993", "bankAccountNumber", "9876543"));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).doesNotContain("9876543");
        assertThat(json(verified).get("bankAccountSet").asBoolean()).isTrue();
        assertThat(json(verified).get("corporateNumber").asText()).isEqualTo("4011001098993");
        String verifier = DirectoryDatabase.queryString("select bank_account_verifier from corporation where corporate_id = ?",
                given);
        assertThat(verifier).isNotBlank().doesNotContain("9876543");

        JsonNode key = json(call(server, "POST", "/" + given + "/access-key", token, null));
        assertThat(key.get("accessKey").asText()).matches("[0-9]{8}");
        assertThat(json(call(server, "GET", "/" + given, token, null)).get("accessKeySet").asBoolean()).isTrue();

        String operatorId = manager.id();
        List<JsonNode> events = new ArrayList<>();
        admin.get(REALM + "/admin-events?max=300").forEach(e -> {
            if (e.path("resourcePath").asText().startsWith("corporations/" + given)) {
                events.add(e);
            }
        });
        assertThat(events).extracting(e -> e.path("operationType").asText()).contains("CREATE", "UPDATE");
        assertThat(events).allMatch(e -> operatorId.equals(e.path("authDetails").path("userId").asText()));
        assertThat(events.toString()).doesNotContain("9876543").doesNotContain(key.get("accessKey").asText());
    }

    @Test
    void givenASuspensionThenTheUsersSessionsEndAndSignInIsRefusedUntilResumed(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String token = operatorToken(browser, server, manager);
        String corporateId = newCorporation(server, token, "運用停止検証株式会社");
        Map<String, Object> account = RealmAdmin.account(corporateId + ":paused_staff", null);
        account.put("lastName", "停止");
        account.put("firstName", "花子");
        String userId = RealmAdmin.createUser(admin, account, STAFF_PASSWORD, false);

        Browser.clearAllCookies(browser);
        AuthorizationCodeClient portal = new AuthorizationCodeClient(server);
        CorporateLoginPage.at(browser, portal.authorizationUrl()).signIn(corporateId, "paused_staff", STAFF_PASSWORD);
        portal.awaitAccessToken(browser);
        assertThat(admin.get(REALM + "/users/" + userId + "/sessions")).isNotEmpty();

        HttpResponse<String> suspended = call(server, "PUT", "/" + corporateId + "/status", token, Map.of("status", "suspended"));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(json(suspended).get("status").asText()).isEqualTo("suspended");
        assertThat(admin.get(REALM + "/users/" + userId + "/sessions")).isEmpty();
        assertThat(call(server, "PUT", "/" + corporateId + "/status", token, Map.of("status", "suspended")).statusCode())
                .isEqualTo(409);

        Browser.clearAllCookies(browser);
        CorporateLoginPage.at(browser, new AuthorizationCodeClient(server).authorizationUrl())
                .signIn(corporateId, "paused_staff", STAFF_PASSWORD);
        assertThat(new CorporateLoginPage(browser).error()).isEqualTo(corporateId + "へのアクセスは制限されています。");

        assertThat(json(call(server, "PUT", "/" + corporateId + "/status", token, Map.of("status", "active")))
                .get("status").asText()).isEqualTo("active");
        SignIn.assertCorporateSignIn(browser, server, corporateId, "paused_staff", STAFF_PASSWORD);
    }

    @Test
    void givenADeletionThenTheCorporationGoesWithItsUsersInvitationsLinksAndAllowListLeavingNoOrphans(
            WebDriver browser, KeycloakServer server, AdminApi admin) throws Exception {
        String token = operatorToken(browser, server, manager);
        String corporateId = newCorporation(server, token, "運用削除検証株式会社");
        String internal = DirectoryDatabase.queryString("select id from corporation where corporate_id = ?", corporateId);
        for (String user : List.of("gone_admin", "gone_member")) {
            assertThat(call(server, "POST", "/" + corporateId + "/users", token,
                    Map.of("userId", user, "lastName", "削除", "firstName", "予定")).statusCode()).isEqualTo(201);
        }
        assertThat(json(call(server, "PUT", "/" + corporateId + "/users/gone_admin/role", token, Map.of("role", "admin")))
                .get("role").asText()).isEqualTo("admin");
        assertThat(call(server, "PUT", "/" + corporateId + "/ip-allow-list", token,
                Map.of("entries", List.of("192.0.2.0/24"))).statusCode()).isEqualTo(200);
        long now = System.currentTimeMillis();
        DirectoryDatabase.update("insert into account_link (id, individual_user_id, corporate_user_id, linked_by, linked_at,"
                + " status, confirmed_at) select ?, ?, u.id, 'test', ?, 'CONFIRMED', ? from corporate_user u"
                + " where u.corporation_id = ? and u.user_id_key = 'gone_member'", UUID.randomUUID().toString(),
                manager.id(), now, now, internal);
        assertThat(count("select count(*) from invitation i join corporate_user u on u.id = i.corporate_user_id"
                + " where u.corporation_id = ?", internal)).isEqualTo(2);
        assertThat(count("select count(*) from account_link l join corporate_user u on u.id = l.corporate_user_id"
                + " where u.corporation_id = ?", internal)).isEqualTo(1);

        HttpResponse<String> unconfirmed = call(server, "DELETE", "/" + corporateId, token, null);
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(json(unconfirmed).get("error").asText()).isEqualTo("confirmation_mismatch");
        assertThat(call(server, "DELETE", "/" + corporateId + "?confirmCorporateId=" + corporation.id(), token, null)
                .statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from corporate_user where corporation_id = ?", internal)).isEqualTo(2);

        assertThat(call(server, "DELETE", "/" + corporateId + "?confirmCorporateId=" + corporateId, token, null)
                .statusCode()).isEqualTo(204);
        assertThat(count("select count(*) from corporation where id = ?", internal)).isZero();
        assertThat(count("select count(*) from corporate_user where corporation_id = ?", internal)).isZero();
        assertThat(count("select count(*) from corporation_ip_range where corporation_id = ?", internal)).isZero();
        assertThat(count("select count(*) from invitation i where not exists"
                + " (select 1 from corporate_user u where u.id = i.corporate_user_id)")).isZero();
        assertThat(count("select count(*) from account_link l where not exists"
                + " (select 1 from corporate_user u where u.id = l.corporate_user_id)")).isZero();
        assertThat(admin.get(REALM + "/users?search=" + corporateId + ":*")).isEmpty();
        assertThat(call(server, "GET", "/" + corporateId, token, null).statusCode()).isEqualTo(404);
        assertThat(admin.get(REALM + "/admin-events?max=300").findValues("resourcePath").stream().map(JsonNode::asText))
                .contains("corporations/" + corporateId);
    }

    @Test
    void givenAPendingSignUpThenItIsListedAndDiscarded(WebDriver browser, KeycloakServer server) throws Exception {
        String token = operatorToken(browser, server, manager);
        String pending = "5" + String.format("%07d", new java.security.SecureRandom().nextInt(10_000_000));
        long now = System.currentTimeMillis();
        DirectoryDatabase.update("insert into corporation (id, corporate_id, name, status, created_at, updated_at)"
                + " values (?, ?, '申込中株式会社', 'PENDING', ?, ?)", UUID.randomUUID().toString(), pending, now, now);
        created.add(pending);
        assertThat(json(call(server, "GET", "?status=pending", token, null)).get("corporations")
                .findValuesAsText("corporateId")).contains(pending).doesNotContain(corporation.id());
        HttpResponse<String> notPending = call(server, "DELETE", "/" + corporation.id() + "/signup", token, null);
        assertThat(notPending.statusCode()).isEqualTo(409);
        assertThat(json(notPending).get("error").asText()).isEqualTo("status_conflict");
        assertThat(call(server, "DELETE", "/" + pending + "/signup", token, null).statusCode()).isEqualTo(204);
        assertThat(count("select count(*) from corporation where corporate_id = ?", pending)).isZero();
    }

    @Test
    void givenACorporationsStaffThenTheOperatorDoesWhatItsAdminsDo(WebDriver browser, KeycloakServer server)
            throws Exception {
        String token = operatorToken(browser, server, manager);
        String c = "/" + corporation.id();
        JsonNode list = json(call(server, "GET", c + "/users?search=op_", token, null));
        assertThat(list.get("users").findValuesAsText("userId")).contains("op_admin", "op_member");
        HttpResponse<String> added = call(server, "POST", c + "/users", token,
                Map.of("userId", "op_added", "lastName", "追加", "firstName", "三郎"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).get("temporaryPassword").asText()).hasSize(12);
        assertThat(json(call(server, "GET", c + "/users/op_added/invitation", token, null)).has("expiresAt")).isTrue();
        assertThat(DirectoryDatabase.queryString("select i.created_by from invitation i join corporate_user u on"
                + " u.id = i.corporate_user_id where u.user_id_key = 'op_added' and i.status = 'PENDING'"))
                .isEqualTo(manager.username());
        assertThat(json(call(server, "PUT", c + "/users/op_member/login-status", token,
                Map.of("loginStatus", "login_suspended"))).get("loginStatus").asText()).isEqualTo("login_suspended");
        assertThat(json(call(server, "PUT", c + "/users/op_member/login-status", token, Map.of("loginStatus", "active")))
                .get("loginStatus").asText()).isEqualTo("active");
        HttpResponse<String> lastAdmin = call(server, "PUT", c + "/users/op_admin/role", token, Map.of("role", "user"));
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(json(lastAdmin).get("error").asText()).isEqualTo("last_admin");
        assertThat(json(call(server, "POST", c + "/users/op_added/password-reset", token, null))
                .get("temporaryPassword").asText()).hasSize(12);
        assertThat(call(server, "DELETE", c + "/users/op_added", token, null).statusCode()).isEqualTo(204);
        assertThat(call(server, "GET", c + "/users/op_added", token, null).statusCode()).isEqualTo(404);
        assertThat(call(server, "GET", "/00000001/users/op_member", token, null).statusCode()).as("not in that corporation")
                .isEqualTo(404);
    }

    private static long count(String sql, Object... parameters) throws Exception {
        return Long.parseLong(DirectoryDatabase.queryString(sql, parameters));
    }
}
