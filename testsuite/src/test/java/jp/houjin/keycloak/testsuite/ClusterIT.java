package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.ClusterBrowser;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.ClusterNodes;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extensions on two Keycloak nodes of one cluster ({@code --cache=ispn}, peers found through the shared PostgreSQL,
 * the directory on the same PostgreSQL), through the real pages and APIs: what one node does, the other honours.
 * Its own failsafe execution, when PostgreSQL is present; the rest of the suite keeps its single node.
 */
class ClusterIT {

    private static final String REALM = "/realms/" + KeycloakServer.REALM;
    private static final String CORPORATIONS = REALM + "/houjin-corporations";

    private static ClusterNodes cluster;
    private static ClusterNodes.Node a;
    private static ClusterNodes.Node b;
    private static AdminApi adminOnA;
    private static AdminApi adminOnB;
    private static TestMailbox mailbox;

    @BeforeAll
    static void startCluster() {
        cluster = ClusterNodes.start(2);
        a = cluster.node(0);
        b = cluster.node(1);
        adminOnA = new AdminApi(a);
        adminOnB = new AdminApi(b);
        mailbox = new TestMailbox(adminOnA, REALM);
    }

    @AfterAll
    static void stopCluster() {
        if (mailbox != null) {
            mailbox.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void givenASignInOnA_thenBSignsInBySingleSignOn_andASignOutOnBEndsTheSessionOnA() {
        ClusterBrowser browser = new ClusterBrowser(cluster);
        ClusterBrowser.Answer signedIn = browser.signIn(a, "00000001", "times_user001", "Times#Pass2026");
        assertThat(signedIn.code()).as("sign-in on A: %s", signedIn.body()).isNotNull();
        JsonNode tokens = browser.tokens(a, signedIn.code());
        assertThat(tokens.path("id_token").asText()).isNotEmpty();

        ClusterBrowser.Answer sso = browser.authorize(b);
        assertThat(sso.code()).as("single sign-on on B").isNotNull();

        ClusterBrowser.Answer signOut = browser.get(b, cluster.frontUrl() + REALM + "/protocol/openid-connect/logout"
                + "?client_id=partner-portal-web&id_token_hint=" + tokens.get("id_token").asText());
        assertThat(signOut.status()).isEqualTo(200);

        ClusterBrowser.Answer afterwards = browser.authorize(a);
        assertThat(afterwards.code()).as("A after the sign-out on B").isNull();
        assertThat(afterwards.formAction("kc-form-login")).isNotNull();
    }

    @Test
    void givenFailuresOnA_thenTheLockoutHoldsOnB() {
        String userId = keycloakId("00000002:times_user001");
        try {
            for (int i = 0; i < 2; i++) {
                ClusterBrowser.Answer wrong = new ClusterBrowser(cluster).signIn(a, "00000002", "times_user001", "Wrong#Pass" + i);
                assertThat(wrong.code()).isNull();
            }
            assertThat(adminOnB.get(REALM + "/attack-detection/brute-force/users/" + userId).path("disabled").asBoolean())
                    .as("B sees the lockout A counted").isTrue();
            ClusterBrowser.Answer right = new ClusterBrowser(cluster).signIn(b, "00000002", "times_user001", "Second#Pass2026");
            assertThat(right.code()).as("the right password on B while locked").isNull();
            assertThat(right.body()).contains("法人ID、ユーザーIDまたはパスワードが正しくありません。");
        } finally {
            adminOnB.send("DELETE", REALM + "/attack-detection/brute-force/users/" + userId, null);
        }
        assertThat(new ClusterBrowser(cluster).signIn(a, "00000002", "times_user001", "Second#Pass2026").code())
                .as("released on B, A lets the user in").isNotNull();
    }

    @Test
    void givenAResetLinkIssuedOnA_thenItWorksOnceOnB_andIsRefusedAfterwardsOnBoth() {
        String address = "cluster_reset@example.jp";
        createUserWithPassword("cluster_reset", address, "Before#Pass2026");

        ClusterBrowser browser = new ClusterBrowser(cluster);
        String action = browser.authorize(a).formAction("kc-form-login");
        assertThat(browser.post(a, action, Map.of("houjinForgot", "1", "corporateId", "00000001", "loginId",
                "cluster_reset")).status()).isEqualTo(200);
        String link = TestMailbox.link(mailbox.awaitMailTo(address), "/login-actions/action-token");

        ClusterBrowser onB = new ClusterBrowser(cluster);
        ClusterBrowser.Answer opened = follow(onB, b, link);
        String update = opened.formAction("kc-passwd-update-form");
        assertThat(update).as("the link on B: %s", opened.body()).isNotNull();
        ClusterBrowser.Answer changed = onB.post(b, update, Map.of("password-new", "After#Pass2026x",
                "password-confirm", "After#Pass2026x"));
        assertThat(changed.status()).as("new password on B: %s", changed.body()).isIn(200, 302, 303);
        assertThat(changed.formAction("kc-passwd-update-form")).isNull();

        assertUsedOnBothNodes(link, "kc-passwd-update-form", "このパスワード変更URLはすでに使用されています。");
        assertThat(new ClusterBrowser(cluster).signIn(a, "00000001", "cluster_reset", "After#Pass2026x").code())
                .as("the password set on B signs in on A").isNotNull();
    }

    @Test
    void givenAnInvitationIssuedOnA_thenItsLinkWorksOnceOnB_andIsRefusedAfterwardsOnBoth() throws Exception {
        String address = "cluster_inv@example.jp";
        assertThat(adminOnA.send("POST", REALM + "/users", Map.of("username", "00000001:cluster_inv", "enabled", true,
                "email", address, "firstName", "招待", "lastName", "花子")).status()).isEqualTo(201);
        AdminApi.Response invited = adminOnA.send("POST", CORPORATIONS + "/00000001/users/cluster_inv/invitation", Map.of());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String link = TestMailbox.link(mailbox.awaitMailTo(address), "/login-actions/action-token");

        ClusterBrowser onB = new ClusterBrowser(cluster);
        ClusterBrowser.Answer page = follow(onB, b, link);
        String action = page.formAction("houjin-form-invitation");
        assertThat(action).as("the invitation link on B: %s", page.body()).isNotNull();
        ClusterBrowser.Answer redeemed = onB.post(b, action, Map.of("houjinFirstLogin", page.hidden("houjinFirstLogin"), "corporateId",
                "00000001", "loginId", "cluster_inv", "password", invited.json().get("temporaryPassword").asText(),
                "acceptTerms", "on"));
        assertThat(redeemed.formAction("houjin-form-invitation")).as("redeemed on B: %s", redeemed.body()).isNull();
        assertThat(count("select count(*) from invitation i join corporate_user u on u.id = i.corporate_user_id "
                + "where u.user_id_key = 'cluster_inv' and i.status = 'REDEEMED'")).isEqualTo(1);

        assertUsedOnBothNodes(link, "houjin-form-invitation", "この招待URLはすでに使用されています。");
    }

    @Test
    void givenARoleChangedOnA_thenBAnswersTheNextRequestByTheNewRole() {
        ClusterBrowser browser = new ClusterBrowser(cluster);
        ClusterBrowser.Answer signedIn = browser.signIn(b, "00000001", "no_email_user", "NoMail#Pass2026");
        assertThat(signedIn.code()).isNotNull();
        String token = browser.tokens(b, signedIn.code()).get("access_token").asText();
        String staff = REALM + "/houjin/corporation/users";
        assertThat(browser.callApi(b, staff, token)).as("a member on B").isEqualTo(403);
        try {
            setRole("00000001:no_email_user", "admin");
            assertThat(browser.callApi(b, staff, token)).as("made admin on A, then on B").isEqualTo(200);
        } finally {
            setRole("00000001:no_email_user", "user");
        }
        assertThat(browser.callApi(a, staff, token)).as("a member again").isEqualTo(403);
    }

    @Test
    void givenACorporateAdminSuspendingAUserOnA_thenTheUsersSessionEnds_andBRefusesTheNextSignIn() {
        createUserWithPassword("cluster_staff", null, "Staff#Pass2026");
        ClusterBrowser user = new ClusterBrowser(cluster);
        assertThat(user.signIn(b, "00000001", "cluster_staff", "Staff#Pass2026").code()).isNotNull();

        ClusterBrowser adminBrowser = new ClusterBrowser(cluster);
        String token = adminBrowser.tokens(a, adminBrowser.signIn(a, "00000001", "times_admin", "Admin#Pass2026").code())
                .get("access_token").asText();
        String status = REALM + "/houjin/corporation/users/cluster_staff/login-status";
        try {
            assertThat(adminBrowser.callApi(a, "PUT", status, token, "{\"loginStatus\":\"login_suspended\"}"))
                    .isEqualTo(200);
            assertThat(user.authorize(b).code()).as("the suspended user's session on B").isNull();
            ClusterBrowser.Answer refused = new ClusterBrowser(cluster).signIn(b, "00000001", "cluster_staff",
                    "Staff#Pass2026");
            assertThat(refused.code()).isNull();
            assertThat(refused.body()).contains("00000001へのアクセスは制限されています。");
        } finally {
            adminBrowser.callApi(a, "PUT", status, token, "{\"loginStatus\":\"active\"}");
        }
        assertThat(new ClusterBrowser(cluster).signIn(b, "00000001", "cluster_staff", "Staff#Pass2026").code())
                .as("allowed again on A, B lets the user in").isNotNull();
    }

    /** A directory account of 00000001 with a permanent password, made through the admin REST on A; its id. */
    private static String createUserWithPassword(String userId, String email, String password) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", "00000001:" + userId, "enabled", true,
                "firstName", "花子", "lastName", "検証"));
        if (email != null) {
            user.put("email", email);
        }
        AdminApi.Response created = adminOnA.send("POST", REALM + "/users", user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = keycloakId("00000001:" + userId);
        AdminApi.Response set = adminOnA.send("PUT", REALM + "/users/" + id + "/reset-password", Map.of("type",
                "password", "value", password, "temporary", false));
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        return id;
    }

    private static void setRole(String username, String role) {
        JsonNode user = adminOnA.get(REALM + "/users?exact=true&username=" + username).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) user.get("attributes")).putArray("corporateRole").add(role);
        AdminApi.Response saved = adminOnA.send("PUT", REALM + "/users/" + user.get("id").asText(), user);
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
    }

    @Test
    void givenACorporateSignUpOnA_thenItsConfirmationLinkWorksOnceOnB_andIsRefusedAfterwardsOnBoth() {
        String email = "cluster-signup@example.com";
        ClusterBrowser browser = new ClusterBrowser(cluster);
        String action = browser.authorize(a).formAction("kc-form-login");
        Map<String, String> form = new java.util.HashMap<>(Map.of("houjinCorporateSignup", "1", "corporationName",
                "クラスタ検証株式会社", "lastName", "検証", "firstName", "太郎", "kanaLastName", "ケンショウ", "kanaFirstName",
                "タロウ", "email", email, "password", "Cluster#SignUp2026", "password-confirm", "Cluster#SignUp2026"));
        form.put("acceptTerms", "on");
        assertThat(browser.post(a, action, form).status()).isEqualTo(200);
        String link = TestMailbox.link(mailbox.awaitMailTo(email), "/houjin/corporate-signup?key=");

        ClusterBrowser onB = new ClusterBrowser(cluster);
        ClusterBrowser.Answer page = follow(onB, b, link);
        String confirm = page.formAction("houjin-form-corporate-confirm");
        assertThat(confirm).as("the 本登録 link on B: %s", page.body()).isNotNull();
        ClusterBrowser.Answer done = onB.post(b, confirm, Map.of("key", page.hidden("key")));
        assertThat(done.body()).as("confirmed on B").contains("houjin-new-corporate-id");

        assertUsedOnBothNodes(link, "houjin-form-corporate-confirm", "の本登録は既に完了しています。");
    }

    /**
     * 前任者の異動など: wrong 法人番号 + 振込口座番号 pairs typed on both nodes count against one limit (five per 法人ID):
     * after three on A and two on B, even the right numbers are refused, on either node.
     */
    @Test
    void givenWrongVerificationNumbersOnBothNodes_thenTheFailuresAddUpToOneLock() {
        try {
            List<ClusterNodes.Node> order = List.of(a, b, a, b, a);
            for (int i = 0; i < order.size(); i++) {
                ClusterBrowser.Answer failed = addAdmin(order.get(i), "1111111", "cluster_add_" + i);
                assertThat(failed.body()).as("attempt %d", i + 1)
                        .contains("確認できませんでした。法人ID、ユーザーID、法人番号またはお振込先口座番号が正しくありません。");
            }
            ClusterBrowser.Answer locked = addAdmin(b, "7654321", "cluster_add_right");
            assertThat(locked.body()).contains("確認に続けて失敗したため");
            assertThat(count("select count(*) from corporate_user where user_id_key like 'cluster_add_%'")).isZero();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            adminOnA.send("DELETE", REALM + "/attack-detection/brute-force/users", null);
        }
    }

    private static ClusterBrowser.Answer addAdmin(ClusterNodes.Node node, String bankAccount, String newUserId) {
        ClusterBrowser browser = new ClusterBrowser(cluster);
        String action = browser.authorize(node).formAction("kc-form-login");
        ClusterBrowser.Answer confirmation = browser.post(node, action, Map.of("houjinVerify", "addAdmin",
                "corporateId", "00000002", "corporateNumber", "4011001098993", "bankAccount", bankAccount,
                "newUserId", newUserId, "lastName", "追加", "firstName", "管理", "newEmail", newUserId + "@example.jp"));
        // Seed 002 ⑤: the entries are confirmed first; 【登録】 is what is checked and counted.
        String register = confirmation.formAction("houjin-form-verify");
        assertThat(register).as("the confirmation step: %s", confirmation.body()).isNotNull();
        return browser.post(node, register, Map.of("houjinVerify", "addAdminRegister"));
    }

    @Test
    void givenAnAllowListSetOnA_thenBRefusesTheNextSignInFromOutside() {
        try {
            AdminApi.Response set = adminOnA.send("PUT", CORPORATIONS + "/00000002/ip-allow-list",
                    Map.of("entries", List.of("203.0.113.0/24")));
            assertThat(set.status()).isEqualTo(200);
            ClusterBrowser.Answer refused = new ClusterBrowser(cluster).signIn(b, "00000002", "times_user001", "Second#Pass2026");
            assertThat(refused.code()).isNull();
            assertThat(refused.body()).contains("houjin-ip-denied", "アクセス制限エラー");
        } finally {
            adminOnA.send("PUT", CORPORATIONS + "/00000002/ip-allow-list", Map.of("entries", List.of()));
        }
        assertThat(new ClusterBrowser(cluster).signIn(b, "00000002", "times_user001", "Second#Pass2026").code()).isNotNull();
    }

    @Test
    void givenASuspensionWrittenToTheDirectoryByAnotherSystem_thenBothNodesRefuseTheNextSignIn() throws Exception {
        try {
            assertThat(sql("update corporate_user set status = 'LOGIN_SUSPENDED' where user_id_key = 'no_email_user'"))
                    .isEqualTo(1);
            for (ClusterNodes.Node node : List.of(a, b)) {
                ClusterBrowser.Answer refused = new ClusterBrowser(cluster).signIn(node, "00000001", "no_email_user",
                        "NoMail#Pass2026");
                assertThat(refused.code()).isNull();
                assertThat(refused.body()).contains("00000001へのアクセスは制限されています。");
            }
        } finally {
            sql("update corporate_user set status = 'ACTIVE' where user_id_key = 'no_email_user'");
        }
        assertThat(new ClusterBrowser(cluster).signIn(b, "00000001", "no_email_user", "NoMail#Pass2026").code()).isNotNull();
    }

    /**
     * Node A killed hard (SIGKILL) while B signs people in and A creates accounts, invitations and account-link
     * requests: B carries on, every invitation and link request A acknowledged is in the directory, every row left is
     * whole, nothing stays in doubt, and A joins again.
     */
    @Test
    void givenNodeAKilledMidWork_thenBCarriesOn_nothingAcknowledgedIsLost_andARejoins() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger signInsOnB = new AtomicInteger();
        List<String> failuresOnB = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledgedLinks = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String[]> individuals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = adminOnA.createIndividual("cluster-link-" + i, "連携" + i, "Link#Pass2026x");
            ClusterBrowser individual = new ClusterBrowser(cluster);
            ClusterBrowser.Answer in = individual.signInIndividual(b, "cluster-link-" + i + "@example.com", "Link#Pass2026x");
            assertThat(in.code()).as("individual %d: %s", i, in.body()).isNotNull();
            individuals.add(new String[] {id, individual.tokens(b, in.code()).get("access_token").asText()});
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> links = pool.submit(() -> {
                ClusterBrowser client = new ClusterBrowser(cluster);
                for (String[] individual : individuals) {
                    if (stop.get()) {
                        return;
                    }
                    try {
                        if (client.callApi(a, "POST", REALM + "/houjin/links", individual[1],
                                "{\"corporateEmail\":\"times_user001@example.jp\"}") == 202) {
                            acknowledgedLinks.add(individual[0]);
                        }
                    } catch (IllegalStateException killed) {
                        return; // A is gone: the connection was cut
                    }
                }
            });
            Future<?> signIns = pool.submit(() -> {
                while (!stop.get()) {
                    ClusterBrowser.Answer answer = new ClusterBrowser(cluster).signIn(b, "00000001", "times_user001",
                            "Times#Pass2026");
                    if (answer.code() != null) {
                        signInsOnB.incrementAndGet();
                    } else {
                        failuresOnB.add(answer.status() + " " + answer.body());
                    }
                }
            });
            Future<?> invitations = pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String userId = "cluster_kill_" + i;
                    try {
                        AdminApi.Response created = adminOnA.send("POST", REALM + "/users", Map.of("username",
                                "00000001:" + userId, "enabled", true, "firstName", "花子", "lastName", "障害"));
                        if (created.status() != 201) {
                            continue;
                        }
                        AdminApi.Response invited = adminOnA.send("POST", CORPORATIONS + "/00000001/users/" + userId
                                + "/invitation", Map.of());
                        if (invited.status() == 201) {
                            acknowledged.add(userId);
                        }
                    } catch (IllegalStateException killed) {
                        return; // A is gone: the connection was cut
                    }
                }
            });
            awaitAtLeast(acknowledged::size, 2);
            awaitAtLeast(acknowledgedLinks::size, 2);
            a.kill();
            int atKill = signInsOnB.get();
            awaitAtLeast(signInsOnB::get, atKill + 3);
            stop.set(true);
            signIns.get(2, TimeUnit.MINUTES);
            invitations.get(2, TimeUnit.MINUTES);
            links.get(2, TimeUnit.MINUTES);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertThat(failuresOnB).as("sign-ins on B while A died").isEmpty();

        for (String userId : acknowledged) {
            assertThat(count("select count(*) from invitation i join corporate_user u on u.id = i.corporate_user_id "
                    + "where u.user_id_key = ? and i.status = 'PENDING'", userId)).as("invitation of %s", userId).isEqualTo(1);
        }
        for (String individualId : acknowledgedLinks) {
            assertThat(count("select count(*) from account_link where individual_user_id = ?", individualId))
                    .as("link request of %s", individualId).isEqualTo(1);
        }
        assertThat(count("select count(*) from invitation i left join corporate_user u on u.id = i.corporate_user_id "
                + "where u.id is null")).isZero();
        assertThat(count("select count(*) from corporate_user u where u.user_id_key like 'cluster_kill_%' and "
                + "(u.corporation_id is null or u.created_at is null)")).isZero();

        a.start();
        // What A had prepared (an XA transaction cut off between prepare and commit holds its rows locked) is
        // finished or rolled back by A's own recovery once it is back: nothing stays in doubt.
        awaitAtLeast(() -> preparedTransactions() == 0 ? 1 : 0, 1);
        ClusterBrowser browser = new ClusterBrowser(cluster);
        assertThat(browser.signIn(b, "00000001", "times_user001", "Times#Pass2026").code()).isNotNull();
        assertThat(browser.authorize(a).code()).as("A, back in the cluster, knows B's session").isNotNull();
    }

    /** A used link opened again, on each node: its form does not come back, and the page says why. */
    private static void assertUsedOnBothNodes(String link, String formId, String message) {
        for (ClusterNodes.Node node : List.of(a, b)) {
            ClusterBrowser.Answer again = follow(new ClusterBrowser(cluster), node, link);
            assertThat(again.formAction(formId)).as("the used link again on %s", node.baseUrl()).isNull();
            assertThat(again.body()).contains(message);
        }
    }

    private static ClusterBrowser.Answer follow(ClusterBrowser browser, ClusterNodes.Node node, String url) {
        ClusterBrowser.Answer answer = browser.get(node, url);
        for (int hops = 0; hops < 5 && answer.status() / 100 == 3 && answer.location() != null; hops++) {
            answer = browser.get(node, answer.location());
        }
        return answer;
    }

    private static String keycloakId(String username) {
        return adminOnA.get(REALM + "/users?exact=true&username=" + username).get(0).get("id").asText();
    }

    private static int sql(String update) throws SQLException {
        try (Connection c = cluster.directory(); PreparedStatement ps = c.prepareStatement(update)) {
            return ps.executeUpdate();
        }
    }

    private static long count(String query, Object... parameters) throws SQLException {
        try (Connection c = cluster.directory(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int preparedTransactions() {
        try {
            return (int) count("select count(*) from pg_prepared_xacts where database = current_database()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAtLeast(java.util.function.IntSupplier value, int wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (value.getAsInt() < wanted) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Waited 2 min for " + wanted + ", got " + value.getAsInt());
            }
            Thread.sleep(100);
        }
    }
}
