package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.support.SignIn;
import jp.houjin.keycloak.testsuite.support.TestCorporation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * スタッフ管理 as the corporate API ({@code /realms/{realm}/houjin/corporation/users…}) with the admin's own token:
 * the operations, the refusal matrix (no token, an ordinary user, an admin of another corporation, a group admin of
 * another group, a suspended admin, a token of another realm) on every endpoint, a group admin acting in their own
 * group and below, groups, the corporation's IP allow-list (validation, the guard of the admin's own address, admin
 * events), and the OpenAPI document served by the JAR.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class StaffApiIT {

    private static final String PASSWORD = "StaffApi#Pass2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestCorporation corporation;
    private static String sales;
    private static String salesFirst;
    private static String accounting;

    @BeforeAll
    static void corporation(AdminApi admin) throws Exception {
        corporation = TestCorporation.create(admin, "API検証株式会社");
        corporation.addUser("api_admin", null, "管理", "一郎", "admin", PASSWORD);
        corporation.addUser("api_paused_admin", null, "停止", "管理", "admin", PASSWORD);
        corporation.addUser("api_member", null, "担当", "二郎", "user", PASSWORD);
        corporation.addMembersInBulk("api_bulk_", 12);
        // 営業 (group admin api_leader, api_sales) > 営業一課 (api_sales_sub); 経理 (group admin api_other_leader).
        sales = corporation.addGroup("API営業", corporation.mainGroup());
        salesFirst = corporation.addGroup("API営業一課", sales);
        accounting = corporation.addGroup("API経理", corporation.mainGroup());
        corporation.addUser("api_leader", null, "営業", "長", "group_admin", PASSWORD);
        corporation.addUser("api_sales", null, "営業", "員", "user", PASSWORD);
        corporation.addUser("api_sales_sub", null, "一課", "員", "user", PASSWORD);
        corporation.addUser("api_other_leader", null, "経理", "長", "group_admin", PASSWORD);
        corporation.putInGroup("api_leader", sales);
        corporation.putInGroup("api_sales", sales);
        corporation.putInGroup("api_sales_sub", salesFirst);
        corporation.putInGroup("api_other_leader", accounting);
    }

    @AfterAll
    static void removeCorporation() throws Exception {
        corporation.close();
    }

    private static HttpResponse<String> call(KeycloakServer server, String method, String path, String token, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/houjin/" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
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

    private static String token(WebDriver browser, KeycloakServer server, String corporateId, String userId,
            String password) {
        return SignIn.corporateToken(browser, server, corporateId, userId, password);
    }

    @Test
    void givenTheAdminsTokenThenEveryOperationWorksAndIsAnAdminEvent(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String token = token(browser, server, corporation.id(), "api_admin", PASSWORD);

        JsonNode page = json(call(server, "GET", "corporation/users?search=api_bulk&first=10&max=5", token, null));
        assertThat(page.get("total").asLong()).isEqualTo(12);
        assertThat(page.get("first").asInt()).isEqualTo(10);
        assertThat(page.get("users").findValuesAsText("userId")).containsExactly("api_bulk_11", "api_bulk_12");
        // The total of a full page is counted; of a page past the end too (the page alone cannot tell either).
        assertThat(json(call(server, "GET", "corporation/users?search=api_bulk&max=5", token, null)).get("total")
                .asLong()).isEqualTo(12);
        JsonNode pastTheEnd = json(call(server, "GET", "corporation/users?search=api_bulk&first=40&max=5", token, null));
        assertThat(pastTheEnd.get("users")).isEmpty();
        assertThat(pastTheEnd.get("total").asLong()).isEqualTo(12);
        assertThat(json(call(server, "GET", "corporation/users?status=login_suspended", token, null)).get("total")
                .asLong()).isZero();
        HttpResponse<String> badFilter = call(server, "GET", "corporation/users?status=sleeping", token, null);
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(json(badFilter).get("error").asText()).isEqualTo("invalid_input");

        HttpResponse<String> added = call(server, "POST", "corporation/users", token,
                Map.of("userId", "api_new", "lastName", "新規", "firstName", "三郎", "kanaLastName", "シンキ"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).get("temporaryPassword").asText()).hasSize(12);
        assertThat(json(added).get("mailSent").asBoolean()).isFalse();
        assertThat(json(added).path("user").get("kanaLastName").asText()).isEqualTo("シンキ");
        HttpResponse<String> duplicate = call(server, "POST", "corporation/users", token,
                Map.of("userId", "API_NEW", "lastName", "重複", "firstName", "四郎"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json(duplicate).get("error").asText()).isEqualTo("user_id_taken");

        JsonNode detail = json(call(server, "GET", "corporation/users/api_member", token, null));
        assertThat(detail.get("role").asText()).isEqualTo("user");
        assertThat(detail.get("loginStatus").asText()).isEqualTo("active");

        HttpResponse<String> suspended = call(server, "PUT", "corporation/users/api_member/login-status", token,
                Map.of("loginStatus", "login_suspended"));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(json(suspended).get("loginStatus").asText()).isEqualTo("login_suspended");
        assertThat(json(call(server, "PUT", "corporation/users/api_member/login-status", token,
                Map.of("loginStatus", "active"))).get("loginStatus").asText()).isEqualTo("active");

        assertThat(json(call(server, "PUT", "corporation/users/api_member/role", token, Map.of("role", "admin")))
                .get("role").asText()).isEqualTo("admin");
        assertThat(json(call(server, "PUT", "corporation/users/api_member/role", token, Map.of("role", "user")))
                .get("role").asText()).isEqualTo("user");
        HttpResponse<String> self = call(server, "PUT", "corporation/users/api_admin/login-status", token,
                Map.of("loginStatus", "login_suspended"));
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(json(self).get("error").asText()).isEqualTo("cannot_act_on_yourself");

        HttpResponse<String> reset = call(server, "POST", "corporation/users/api_member/password-reset", token, null);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(json(reset).get("temporaryPassword").asText()).hasSize(12);

        JsonNode invitation = json(call(server, "GET", "corporation/users/api_new/invitation", token, null));
        assertThat(invitation.hasNonNull("sentTo")).as("invited without email").isFalse();
        assertThat(invitation.get("expired").asBoolean()).isFalse();
        HttpResponse<String> resent = call(server, "POST", "corporation/users/api_new/invitation", token, null);
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(json(resent).get("temporaryPassword").asText()).hasSize(12)
                .isNotEqualTo(json(added).get("temporaryPassword").asText());
        assertThat(call(server, "DELETE", "corporation/users/api_new/invitation", token, null).statusCode()).isEqualTo(204);
        HttpResponse<String> none = call(server, "GET", "corporation/users/api_new/invitation", token, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).get("error").asText()).isEqualTo("invitation_not_found");

        assertThat(call(server, "DELETE", "corporation/users/api_new", token, null).statusCode()).isEqualTo(204);
        assertThat(call(server, "GET", "corporation/users/api_new", token, null).statusCode()).isEqualTo(404);

        String adminId = jp.houjin.keycloak.testsuite.support.RealmAdmin.userId(admin, corporation.username("api_admin"));
        List<String> actions = new java.util.ArrayList<>();
        admin.get(REALM + "/admin-events?max=300").forEach(e -> {
            // The group admin's test acts in the same corporation: this admin's events are the ones to look at.
            if ("HOUJIN_CORPORATE_ACCOUNT".equals(e.path("resourceType").asText())
                    && e.path("resourcePath").asText().contains("/" + corporation.id() + "/")
                    && adminId.equals(e.path("authDetails").path("userId").asText())) {
                assertThat(e.path("representation").asText()).doesNotContain("temporaryPassword");
                actions.add(e.path("operationType").asText() + " " + e.path("details").path("houjin_action").asText());
            }
        });
        assertThat(actions).contains("CREATE add_invite", "UPDATE suspend", "UPDATE resume", "UPDATE role",
                "ACTION reset_password", "ACTION resend_invitation", "DELETE revoke_invitation", "DELETE delete");
    }

    @Test
    void givenTheAdminsTokenThenTheIpAllowListIsValidatedWholeGuardedAndAudited(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String token = token(browser, server, corporation.id(), "api_admin", PASSWORD);
        String operators = REALM + "/houjin-corporations/" + corporation.id() + "/ip-allow-list";
        try {
            JsonNode empty = json(call(server, "GET", "corporation/ip-allow-list", token, null));
            assertThat(empty.get("corporateId").asText()).isEqualTo(corporation.id());
            assertThat(empty.get("entries")).isEmpty();
            List<String> own = new java.util.ArrayList<>();
            empty.get("yourAddresses").forEach(a -> own.add(a.asText()));
            assertThat(own).isNotEmpty().allSatisfy(a -> assertThat(a).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));

            HttpResponse<String> bad = call(server, "PUT", "corporation/ip-allow-list", token,
                    Map.of("entries", List.of("198.51.100.0/24", "10.0.0.0/33", "ｅｘａｍｐｌｅ.jp", "10.0.0.1\u0000")));
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(json(bad).get("error").asText()).isEqualTo("invalid_entries");
            assertThat(json(bad).get("invalid").findValuesAsText("problem"))
                    .containsExactly("prefix_length", "format", "control_character");
            assertThat(json(bad).get("invalid").findValues("line")).extracting(JsonNode::asInt).containsExactly(2, 3, 4);
            assertThat(admin.get(operators).get("entries")).as("nothing stored").isEmpty();

            HttpResponse<String> guarded = call(server, "PUT", "corporation/ip-allow-list", token,
                    Map.of("entries", List.of("２０３．０．１１３．０／２４")));
            assertThat(guarded.statusCode()).as(guarded.body()).isEqualTo(409);
            assertThat(json(guarded).get("error").asText()).isEqualTo("would_shut_you_out");
            assertThat(json(guarded).get("address").asText()).isIn(own.toArray());
            assertThat(admin.get(operators).get("entries")).isEmpty();

            HttpResponse<String> saved = call(server, "PUT", "corporation/ip-allow-list", token,
                    Map.of("entries", List.of("２０３．０．１１３．０／２４", "127.0.0.1", "::1", "203.0.113.9/24")));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(json(saved).get("entries")).extracting(JsonNode::asText)
                    .containsExactly("203.0.113.0/24", "127.0.0.1", "::1");
            assertThat(call(server, "GET", "corporation/users", token, null).statusCode()).as("still inside").isEqualTo(200);

            HttpResponse<String> confirmed = call(server, "PUT", "corporation/ip-allow-list", token,
                    Map.of("entries", List.of("203.0.113.0/24"), "confirmShutOut", true));
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            HttpResponse<String> outside = call(server, "GET", "corporation/ip-allow-list", token, null);
            assertThat(outside.statusCode()).as("the admin shut themselves out").isEqualTo(403);
            assertThat(json(outside).get("error").asText()).isEqualTo("access_restricted");

            String adminId = jp.houjin.keycloak.testsuite.support.RealmAdmin.userId(admin, corporation.username("api_admin"));
            List<JsonNode> events = new java.util.ArrayList<>();
            admin.get(REALM + "/admin-events?max=200").forEach(e -> {
                if ("HOUJIN_IP_ALLOW_LIST".equals(e.path("resourceType").asText())
                        && e.path("resourcePath").asText().equals("corporations/" + corporation.id() + "/ip-allow-list")) {
                    events.add(e);
                }
            });
            assertThat(events).hasSize(2).allSatisfy(e -> {
                assertThat(e.path("authDetails").path("userId").asText()).isEqualTo(adminId);
                assertThat(e.path("operationType").asText()).isEqualTo("UPDATE");
            });
            assertThat(events).anySatisfy(e -> assertThat(e.path("details").path("houjin_shut_out_confirmed").asText())
                    .isIn(own.toArray()));
        } finally {
            admin.send("PUT", operators, Map.of("entries", List.of()));
        }
    }

    @Test
    void givenAnAdminOfAnotherCorporationThenTheIpAllowListIsTheirOwn(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String operators = REALM + "/houjin-corporations/" + corporation.id() + "/ip-allow-list";
        try {
            admin.send("PUT", operators, Map.of("entries", List.of("198.51.100.0/24")));
            String other = token(browser, server, "00000001", "times_admin", "Admin#Pass2026");
            JsonNode theirs = json(call(server, "GET", "corporation/ip-allow-list", other, null));
            assertThat(theirs.get("corporateId").asText()).isEqualTo("00000001");
            assertThat(theirs.toString()).doesNotContain("198.51.100");
        } finally {
            admin.send("PUT", operators, Map.of("entries", List.of()));
        }
    }

    /** Every endpoint, with a user and a group that exist in the test corporation. */
    private static List<String[]> endpoints() {
        List<String[]> all = new java.util.ArrayList<>(USER_ENDPOINTS);
        all.add(new String[] {"PUT", "corporation/users/api_member/group"});
        all.add(new String[] {"GET", "corporation/groups"});
        all.add(new String[] {"POST", "corporation/groups"});
        all.add(new String[] {"GET", "corporation/groups/" + salesFirst});
        all.add(new String[] {"PUT", "corporation/groups/" + salesFirst});
        all.add(new String[] {"PUT", "corporation/groups/" + salesFirst + "/parent"});
        all.add(new String[] {"DELETE", "corporation/groups/" + salesFirst});
        return all;
    }

    private static final List<String[]> USER_ENDPOINTS = List.of(new String[] {"GET", "corporation/users"},
            new String[] {"POST", "corporation/users"}, new String[] {"GET", "corporation/users/api_member"},
            new String[] {"DELETE", "corporation/users/api_member"},
            new String[] {"PUT", "corporation/users/api_member/login-status"},
            new String[] {"PUT", "corporation/users/api_member/role"},
            new String[] {"POST", "corporation/users/api_member/password-reset"},
            new String[] {"GET", "corporation/users/api_member/invitation"},
            new String[] {"POST", "corporation/users/api_member/invitation"},
            new String[] {"DELETE", "corporation/users/api_member/invitation"},
            new String[] {"GET", "corporation/ip-allow-list"}, new String[] {"PUT", "corporation/ip-allow-list"});

    private static Object body(String[] endpoint) {
        return endpoint[1].endsWith("ip-allow-list") ? Map.of("entries", List.of("203.0.113.0/24"))
                : endpoint[1].endsWith("login-status") ? Map.of("loginStatus", "login_suspended")
                : endpoint[1].endsWith("role") ? Map.of("role", "admin")
                : endpoint[1].endsWith("/group") ? Map.of("groupId", accounting)
                : endpoint[1].endsWith("/parent") ? Map.of("parentId", accounting)
                : endpoint[0].equals("PUT") && endpoint[1].contains("/groups/") ? Map.of("name", "侵入")
                : endpoint[0].equals("POST") && endpoint[1].endsWith("groups") ? Map.of("name", "侵入")
                : endpoint[0].equals("POST") && endpoint[1].endsWith("users") ? Map.of("userId", "api_intruder",
                        "lastName", "侵入", "firstName", "者") : null;
    }

    private static void assertEveryEndpoint(KeycloakServer server, String token, int status, String error)
            throws Exception {
        for (String[] endpoint : endpoints()) {
            HttpResponse<String> response = call(server, endpoint[0], endpoint[1], token, body(endpoint));
            assertThat(response.statusCode()).as("%s %s: %s", endpoint[0], endpoint[1], response.body()).isEqualTo(status);
            assertThat(json(response).get("error").asText()).as("%s %s", endpoint[0], endpoint[1]).isEqualTo(error);
        }
    }

    @Test
    void givenNoTokenThenEveryEndpointAnswers401(KeycloakServer server) throws Exception {
        assertEveryEndpoint(server, null, 401, "not_authenticated");
    }

    @Test
    void givenATokenOfAnotherRealmThenEveryEndpointAnswers401(KeycloakServer server, AdminApi admin) throws Exception {
        assertEveryEndpoint(server, admin.masterRealmToken(), 401, "not_authenticated");
    }

    @Test
    void givenAnOrdinaryUserThenEveryEndpointAnswers403(WebDriver browser, KeycloakServer server) throws Exception {
        assertEveryEndpoint(server, token(browser, server, corporation.id(), "api_member", PASSWORD), 403,
                "not_a_corporate_admin");
    }

    @Test
    void givenAnAdminOfAnotherCorporationThenItsUsersAreNotFound(WebDriver browser, KeycloakServer server)
            throws Exception {
        String other = token(browser, server, "00000001", "times_admin", "Admin#Pass2026");
        assertOutsideIsNotFound(server, other);
        JsonNode listed = json(call(server, "GET", "corporation/users?search=api_", other, null));
        assertThat(listed.get("total").asLong()).isZero();
        assertThat(call(server, "GET", "corporation/users?group=" + sales, other, null).statusCode()).isEqualTo(404);
    }

    /** Every endpoint naming a user or a group of the test corporation's 営業 answers not found. */
    private static void assertOutsideIsNotFound(KeycloakServer server, String token) throws Exception {
        for (String[] endpoint : endpoints()) {
            boolean user = endpoint[1].contains("api_member");
            boolean group = endpoint[1].contains(salesFirst);
            if (user || group) {
                HttpResponse<String> response = call(server, endpoint[0], endpoint[1], token, body(endpoint));
                assertThat(response.statusCode()).as("%s %s: %s", endpoint[0], endpoint[1], response.body()).isEqualTo(404);
                assertThat(json(response).get("error").asText()).isEqualTo(user ? "user_not_found" : "group_not_found");
            }
        }
    }

    @Test
    void givenAGroupAdminOfAnotherGroupThenTheUsersAndGroupsOutsideTheirsAreNotFound(WebDriver browser,
            KeycloakServer server) throws Exception {
        String other = token(browser, server, corporation.id(), "api_other_leader", PASSWORD);
        assertOutsideIsNotFound(server, other);
        for (String user : List.of("api_sales", "api_sales_sub", "api_leader", "api_admin")) {
            HttpResponse<String> response = call(server, "GET", "corporation/users/" + user, other, null);
            assertThat(response.statusCode()).as(user).isEqualTo(404);
        }
        JsonNode listed = json(call(server, "GET", "corporation/users?search=api_", other, null));
        assertThat(listed.get("users").findValuesAsText("userId")).containsExactly("api_other_leader");
        assertThat(json(call(server, "GET", "corporation/groups", other, null)).findValuesAsText("name"))
                .containsExactly("API経理");
        HttpResponse<String> ownRoot = call(server, "DELETE", "corporation/groups/" + accounting, other, null);
        assertThat(ownRoot.statusCode()).as("their own group is not theirs to delete").isEqualTo(403);
        assertThat(json(ownRoot).get("error").asText()).isEqualTo("corporate_admin_only");
    }

    @Test
    void givenAGroupAdminThenTheyManageTheUsersAndGroupsOfTheirGroupAndBelow(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        String token = token(browser, server, corporation.id(), "api_leader", PASSWORD);
        JsonNode listed = json(call(server, "GET", "corporation/users", token, null));
        assertThat(listed.get("users").findValuesAsText("userId"))
                .containsExactly("api_leader", "api_sales", "api_sales_sub");
        assertThat(json(call(server, "GET", "corporation/users?group=" + salesFirst, token, null)).get("users")
                .findValuesAsText("userId")).containsExactly("api_sales_sub");
        JsonNode sub = json(call(server, "GET", "corporation/users/api_sales_sub", token, null));
        assertThat(sub.get("groupId").asText()).isEqualTo(salesFirst);
        assertThat(sub.get("groupName").asText()).isEqualTo("API営業一課");

        assertThat(json(call(server, "PUT", "corporation/users/api_sales_sub/login-status", token,
                Map.of("loginStatus", "login_suspended"))).get("loginStatus").asText()).isEqualTo("login_suspended");
        assertThat(json(call(server, "PUT", "corporation/users/api_sales_sub/login-status", token,
                Map.of("loginStatus", "active"))).get("loginStatus").asText()).isEqualTo("active");
        HttpResponse<String> toAdmin = call(server, "PUT", "corporation/users/api_sales_sub/role", token,
                Map.of("role", "admin"));
        assertThat(toAdmin.statusCode()).as("only a corporate admin makes corporate admins").isEqualTo(403);
        assertThat(json(toAdmin).get("error").asText()).isEqualTo("corporate_admin_only");
        assertThat(json(call(server, "PUT", "corporation/users/api_sales_sub/role", token,
                Map.of("role", "group_admin"))).get("role").asText()).isEqualTo("group_admin");
        assertThat(json(call(server, "PUT", "corporation/users/api_sales_sub/role", token, Map.of("role", "user")))
                .get("role").asText()).isEqualTo("user");

        HttpResponse<String> created = call(server, "POST", "corporation/groups", token,
                Map.of("name", "API営業二課", "parentId", sales));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String second = json(created).get("id").asText();
        HttpResponse<String> taken = call(server, "POST", "corporation/groups", token, Map.of("name", "API営業二課"));
        assertThat(taken.statusCode()).as("blank parent: their own group, where the name is taken").isEqualTo(409);
        assertThat(json(taken).get("error").asText()).isEqualTo("group_name_taken");
        assertThat(json(call(server, "GET", "corporation/groups", token, null)).findValuesAsText("name"))
                .containsExactly("API営業", "API営業一課", "API営業二課");

        assertThat(json(call(server, "PUT", "corporation/users/api_sales_sub/group", token, Map.of("groupId", second)))
                .get("groupName").asText()).isEqualTo("API営業二課");
        HttpResponse<String> outside = call(server, "PUT", "corporation/users/api_sales_sub/group", token,
                Map.of("groupId", accounting));
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(json(outside).get("error").asText()).isEqualTo("group_not_found");
        HttpResponse<String> notEmpty = call(server, "DELETE", "corporation/groups/" + second, token, null);
        assertThat(notEmpty.statusCode()).isEqualTo(409);
        assertThat(json(notEmpty).get("error").asText()).isEqualTo("group_not_empty");

        HttpResponse<String> intoItself = call(server, "PUT", "corporation/groups/" + salesFirst + "/parent", token,
                Map.of("parentId", salesFirst));
        assertThat(intoItself.statusCode()).isEqualTo(409);
        assertThat(json(intoItself).get("error").asText()).isEqualTo("group_into_itself");
        assertThat(json(call(server, "PUT", "corporation/groups/" + second + "/parent", token,
                Map.of("parentId", salesFirst))).get("parentId").asText()).isEqualTo(salesFirst);
        HttpResponse<String> underChild = call(server, "PUT", "corporation/groups/" + salesFirst + "/parent", token,
                Map.of("parentId", second));
        assertThat(underChild.statusCode()).as("not below itself").isEqualTo(409);
        assertThat(json(call(server, "GET", "corporation/users?group=" + salesFirst, token, null)).get("users")
                .findValuesAsText("userId")).as("the moved group's users are below 一課 now").containsExactly("api_sales_sub");
        assertThat(json(call(server, "PUT", "corporation/groups/" + second, token, Map.of("name", "API営業1-1")))
                .get("name").asText()).isEqualTo("API営業1-1");
        JsonNode detail = json(call(server, "GET", "corporation/groups/" + salesFirst, token, null));
        assertThat(detail.path("subGroups").findValuesAsText("name")).containsExactly("API営業1-1");

        assertThat(json(call(server, "PUT", "corporation/users/api_sales_sub/group", token, Map.of("groupId", salesFirst)))
                .get("groupId").asText()).isEqualTo(salesFirst);
        assertThat(call(server, "DELETE", "corporation/groups/" + second, token, null).statusCode()).isEqualTo(204);
        assertThat(call(server, "GET", "corporation/groups/" + second, token, null).statusCode()).isEqualTo(404);

        HttpResponse<String> added = call(server, "POST", "corporation/users", token, Map.of("userId", "api_sales_new",
                "lastName", "新規", "firstName", "課員", "groupId", salesFirst));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).path("user").get("groupId").asText()).isEqualTo(salesFirst);
        HttpResponse<String> addedOutside = call(server, "POST", "corporation/users", token, Map.of("userId",
                "api_sales_out", "lastName", "新規", "firstName", "課員", "groupId", accounting));
        assertThat(addedOutside.statusCode()).isEqualTo(400);
        assertThat(json(addedOutside).path("invalid").has("groupId")).isTrue();
        assertThat(call(server, "DELETE", "corporation/users/api_sales_new", token, null).statusCode()).isEqualTo(204);

        String leaderId = jp.houjin.keycloak.testsuite.support.RealmAdmin.userId(admin, corporation.username("api_leader"));
        List<String> groupActions = new java.util.ArrayList<>();
        admin.get(REALM + "/admin-events?max=300").forEach(e -> {
            if ("HOUJIN_CORPORATE_GROUP".equals(e.path("resourceType").asText())
                    && e.path("resourcePath").asText().contains("/" + corporation.id() + "/")) {
                assertThat(e.path("authDetails").path("userId").asText()).isEqualTo(leaderId);
                groupActions.add(e.path("details").path("houjin_action").asText());
            }
        });
        assertThat(groupActions).contains("create_group", "move_group", "rename_group", "delete_group");
    }

    @Test
    void givenASuspendedAdminThenTheStillValidTokenIsRefused(WebDriver browser, KeycloakServer server) throws Exception {
        String token = token(browser, server, corporation.id(), "api_paused_admin", PASSWORD);
        assertThat(call(server, "GET", "corporation/users", token, null).statusCode()).isEqualTo(200);
        try {
            corporation.setColumn("api_paused_admin", "status", "LOGIN_SUSPENDED");
            for (String[] endpoint : endpoints()) {
                HttpResponse<String> response = call(server, endpoint[0], endpoint[1], token, body(endpoint));
                assertThat(response.statusCode()).as("%s %s", endpoint[0], endpoint[1]).isIn(401, 403);
                assertThat(json(response).get("error").asText()).isIn("access_restricted", "not_authenticated");
            }
        } finally {
            corporation.setColumn("api_paused_admin", "status", "ACTIVE");
        }
    }

    @Test
    void givenTheOpenApiDocumentThenItIsServedAsJson(KeycloakServer server) throws Exception {
        HttpResponse<String> document = call(server, "GET", "openapi.json", null, null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode json = json(document);
        assertThat(json.get("openapi").asText()).startsWith("3.");
        assertThat(json.path("paths").has("/corporation/users/{userId}/login-status")).isTrue();
        assertThat(json.path("paths").has("/corporation/groups/{groupId}/parent")).isTrue();
    }
}
