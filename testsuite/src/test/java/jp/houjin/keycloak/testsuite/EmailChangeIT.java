package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.setPassword;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.mail.MailboxExtension;
import jp.houjin.keycloak.testsuite.mail.TestMailbox;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.MessagePage;
import jp.houjin.keycloak.testsuite.pages.Page;
import jp.houjin.keycloak.testsuite.pages.UpdateEmailPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A corporate user's own email change: the account API cannot set the address; Keycloak's update-email action
 * (enabled by realm-config) mails the new address, the change happens only when that link is opened, the old
 * address is told, and the link works once.
 */
@RealKeycloak
@ExtendWith({BrowserExtension.class, MailboxExtension.class})
class EmailChangeIT {

    private static final String OLD = "mail-old-1@example.jp";
    private static final String NEW = "mail-new-1@example.jp";

    private static TestMailbox mailbox;

    @Test
    void givenACorporateUserChangesTheirEmailThenOnlyTheNewAddressConfirmsItAndTheOldOneIsTold(WebDriver browser,
            KeycloakServer server, AdminApi admin) throws Exception {
        Map<String, Object> member = account("00000001:mail_change_1", OLD);
        member.put("attributes", Map.of("corporateRole", List.of("user")));
        String id = createUser(admin, member);
        try {
            setPassword(admin, id, "Mail#Pass2026", false);
            AuthorizationCodeClient client = new AuthorizationCodeClient(server);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000001", "mail_change_1", "Mail#Pass2026");
            String token = client.awaitAccessToken(browser);

            // The account API: reading works, setting the address is refused and changes nothing.
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> account = http.send(HttpRequest.newBuilder(URI.create(server.realmUrl() + "/account"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
            ObjectNode me = (ObjectNode) new ObjectMapper().readTree(account.body());
            me.put("email", "attacker@example.jp");
            HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(server.realmUrl() + "/account"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(me.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
            assertThat(user(admin, "00000001:mail_change_1").get("email").asText()).isEqualTo(OLD);

            // Keycloak's update-email action: the new address gets the link; nothing changes before it is opened.
            browser.get(client.authorizationUrl() + "&kc_action=UPDATE_EMAIL");
            new UpdateEmailPage(browser).submit(NEW);
            assertThat(new MessagePage(browser).bodyText()).contains("確認メールが" + NEW + "に送信されました");
            assertThat(user(admin, "00000001:mail_change_1").get("email").asText()).isEqualTo(OLD);
            String link = TestMailbox.actionLink(mailbox.awaitMailTo(NEW));

            Browser.clearAllCookies(browser);
            browser.get(link);
            Browser.await(browser, Duration.ofSeconds(30)).until(
                    b -> b.findElement(By.tagName("body")).getText().contains("アカウントのメールアドレスが" + NEW + "に更新されました"));
            assertThat(user(admin, "00000001:mail_change_1").get("email").asText()).isEqualTo(NEW);
            MimeMessage notice = mailbox.awaitMailTo(OLD, "メールアドレスが変更されました");
            assertThat(TestMailbox.text(notice)).contains(OLD + " から " + NEW);
            assertThat(admin.get(REALM + "/events?max=20&type=UPDATE_EMAIL&user=" + id).findValuesAsText("updated_email"))
                    .contains(NEW);

            Browser.clearAllCookies(browser);
            assertThat(Page.open(browser, MessagePage::new, link).bodyText()).doesNotContain("に更新されました");
            assertThat(mailbox.countTo(OLD)).as("one notice").isEqualTo(1);
        } finally {
            deleteUser(admin, id);
        }
    }
}
