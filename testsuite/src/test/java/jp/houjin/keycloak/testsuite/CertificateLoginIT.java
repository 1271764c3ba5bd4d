package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.bruteForceStatus;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.releaseLock;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.DirectoryDatabase;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import jp.houjin.keycloak.testsuite.server.TestPki;
import jp.houjin.keycloak.testsuite.tls.CertificateClient;
import jp.houjin.keycloak.testsuite.tls.CertificateClient.Page;
import jp.houjin.keycloak.testsuite.tls.CertificateProxy;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.pages.AccessKeyPage;
import jp.houjin.keycloak.testsuite.pages.CertificateErrorPage;
import jp.houjin.keycloak.testsuite.support.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Certificate sign-in of the management console (seed 003) on Keycloak's https listener with the test CA: client
 * certificate, then アクセスキー + パスワード; one message for every wrong factor; initial passwords expire and must be
 * changed; the lockout has the seed's message and support's new initial password lifts it; a missing or revoked
 * certificate gets its own page.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class CertificateLoginIT {

    private static final String USER = "cert_user";
    private static final String ACCESS_KEY = "31415926";
    private static final String OTHER_CORPORATIONS_KEY = "27182818";
    private static final String INITIAL = "Cert#Init2026";
    private static final String INVALID = "アクセスキーまたはパスワードが正しくありません。";

    private final KeycloakServer server;
    private final AdminApi admin;

    CertificateLoginIT(KeycloakServer server, AdminApi admin) {
        this.server = server;
        this.admin = admin;
    }

    /** The account the test certificates map to, with a fresh initial password (which also lifts any lockout). */
    @BeforeEach
    void freshInitialPassword() {
        AdminApi.Response created = admin.send("POST", REALM + "/users", Map.of("username", TestPki.ADMIN_USERNAME,
                "enabled", true, "email", "cert_user@example.jp", "firstName", "証明", "lastName", "管理",
                "attributes", Map.of("corporateRole", List.of("admin"))));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        resetInitialPassword(INITIAL);
    }

    private void resetInitialPassword(String password) {
        AdminApi.Response reset = admin.send("POST", REALM + "/houjin-corporations/00000001/users/" + USER + "/initial-password",
                Map.of("initialPassword", password));
        assertThat(reset.status()).as(reset.body() + " " + admin.get(REALM + "/users?exact=true&username=" + TestPki.ADMIN_USERNAME))
                .isEqualTo(200);
        assertThat(reset.json().get("initialPassword").asText()).isEqualTo(password);
    }

    private Page signIn(TestPki.Client certificate, String accessKey, String password) throws Exception {
        CertificateClient client = new CertificateClient(server, certificate);
        Page form = client.start();
        assertThat(form.body()).as(form.message()).contains("id=\"houjin-form-access-key\"");
        return client.submit(form, Map.of("accessKey", accessKey, "password", password));
    }

    @Test
    void givenTheCertificateAccessKeyAndInitialPasswordThenThePasswordIsChangedFirstAndThenItSignsInDirectly() throws Exception {
        CertificateClient client = new CertificateClient(server, TestPki.Client.VALID);
        Page form = client.start();
        assertThat(form.body()).contains("アクセスキー（8桁のコード）", "CN=" + TestPki.ADMIN_USERNAME);
        // Full-width digits are what many Japanese keyboards type.
        Page change = client.submit(form, Map.of("accessKey", "３１４１５９２６", "password", INITIAL));
        assertThat(change.signedIn()).isFalse();
        assertThat(change.body()).contains("password-new", "password-confirm");

        Page weak = client.submit(change, Map.of("password-new", "short", "password-confirm", "short"));
        assertThat(weak.signedIn()).isFalse();
        assertThat(weak.body()).contains("パスワードは10～20文字で入力してください。");
        Page done = client.submit(weak, Map.of("password-new", "Cert#Next2026", "password-confirm", "Cert#Next2026"));
        assertThat(done.signedIn()).as(done.body()).isTrue();
        assertThat(DirectoryDatabase.queryString("select temp_password_expires_at from corporate_user where user_id_key = ?",
                USER)).as("the changed password is permanent").isNull();

        Page again = signIn(TestPki.Client.VALID, ACCESS_KEY, "Cert#Next2026");
        assertThat(again.signedIn()).as(again.body()).isTrue();
    }

    @Test
    void givenAnyWrongFactorThenTheSameMessage() throws Exception {
        Page otherKey = signIn(TestPki.Client.VALID, OTHER_CORPORATIONS_KEY, INITIAL);
        Page wrongPassword = signIn(TestPki.Client.VALID, ACCESS_KEY, "Wrong#Pass2026");
        Page unknownAccount = signIn(TestPki.Client.UNKNOWN_ACCOUNT, ACCESS_KEY, INITIAL);
        for (Page page : List.of(otherKey, wrongPassword, unknownAccount)) {
            assertThat(page.signedIn()).isFalse();
            assertThat(page.message()).isEqualTo(INVALID);
        }
        Page badInput = signIn(TestPki.Client.VALID, "1234", INITIAL);
        assertThat(badInput.body()).contains("アクセスキーは8桁の数字で入力してください。");
    }

    private final jp.houjin.keycloak.testsuite.server.FailurePace pace = new jp.houjin.keycloak.testsuite.server.FailurePace();

    /** A wrong password, no faster than a person types one (see {@link jp.houjin.keycloak.testsuite.server.FailurePace}). */
    private Page wrongPasswordAtAPersonsPace() throws Exception {
        return pace.call(() -> signIn(TestPki.Client.VALID, ACCESS_KEY, "Wrong#Pass2026"));
    }

    @Test
    void givenTooManyFailuresThenTheSeedsLockMessageUntilSupportSetsANewInitialPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(wrongPasswordAtAPersonsPace().message()).as("failure %d", i + 1).isEqualTo(INVALID);
        }
        Page locked = signIn(TestPki.Client.VALID, ACCESS_KEY, INITIAL);
        assertThat(locked.signedIn()).isFalse();
        // The lock lifts itself after the realm's longest lock span (15 minutes here), or at once by support.
        assertThat(locked.message()).isEqualTo("パスワードがロックされました。最長15分後に再度ログインできます。お急ぎの場合は"
                + "初期パスワードを再設定しますので、アクセスキーを添えてサポート窓口までご連絡ください。");

        // The console's unlock (Users → user → Temporarily locked: off) is Keycloak's attack-detection endpoint.
        String id = userId(admin, TestPki.ADMIN_USERNAME);
        // Locked for this client address (the account-wide lock needs more failures): see the lockout package.
        assertThat(bruteForceStatus(admin, id).get("numFailures").asInt()).isBetween(1, 5);
        assertThat(releaseLock(admin, id)).isEqualTo(204);
        assertThat(signIn(TestPki.Client.VALID, ACCESS_KEY, INITIAL).body()).contains("password-new");

        // Support's one call: a new initial password, which also lifts a lock.
        for (int i = 0; i < 5; i++) {
            wrongPasswordAtAPersonsPace();
        }
        assertThat(signIn(TestPki.Client.VALID, ACCESS_KEY, INITIAL).message()).startsWith("パスワードがロックされました。");
        // With Keycloak's permanent lockout the page names support only.
        assertThat(admin.send("PUT", REALM, Map.of("permanentLockout", true)).status()).isEqualTo(204);
        try {
            assertThat(signIn(TestPki.Client.VALID, ACCESS_KEY, INITIAL).message()).isEqualTo(
                    "パスワードがロックされました。初期パスワードを再設定しますので、アクセスキーを添えてサポート窓口までご連絡ください。");
        } finally {
            assertThat(admin.send("PUT", REALM, Map.of("permanentLockout", false)).status()).isEqualTo(204);
        }
        resetInitialPassword("Cert#Again2026");
        Page unlocked = signIn(TestPki.Client.VALID, ACCESS_KEY, "Cert#Again2026");
        assertThat(unlocked.body()).as("a new initial password must be changed").contains("password-new");
    }

    @Test
    void givenAnExpiredInitialPasswordThenItIsRefusedWithAMessageToContactSupport() throws Exception {
        assertThat(DirectoryDatabase.update("update corporate_user set temp_password_expires_at = ? where user_id_key = ?",
                System.currentTimeMillis() - 1000, USER)).isEqualTo(1);
        Page page = signIn(TestPki.Client.VALID, ACCESS_KEY, INITIAL);
        assertThat(page.signedIn()).isFalse();
        assertThat(page.message()).isEqualTo("初期パスワードの有効期限が切れています。初期パスワードを再設定しますので、アクセスキーを"
                + "添えてサポート窓口までご連絡ください。");
        // A wrong password is still just wrong: the expiry is told only to whoever knows the password.
        assertThat(signIn(TestPki.Client.VALID, ACCESS_KEY, "Wrong#Pass2026").message()).isEqualTo(INVALID);
    }

    @Test
    void givenACertificateOfAnotherCaThenItsOwnPage() throws Exception {
        Page foreign = new CertificateClient(server, TestPki.Client.OTHER_CA).start();
        assertThat(foreign.message()).isEqualTo("この証明書はログイン用電子証明書として発行されたものではありません。ログイン用電子証明書を選択してください。");
        assertThat(foreign.body()).doesNotContain("houjin-form-access-key");
    }

    /**
     * Keycloak's own https listener (JSSE) refuses an expired client certificate in the TLS handshake, before any
     * page: the browser shows its own error. Behind a TLS-terminating proxy the certificate reaches the sign-in.
     */
    @Test
    void givenAnExpiredCertificateThenTheListenerRefusesTheHandshakeAndBehindAProxyItsOwnPageShows() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CertificateClient(server, TestPki.Client.EXPIRED).start())
                .isInstanceOf(javax.net.ssl.SSLHandshakeException.class).hasMessageContaining("certificate_unknown");
        try (CertificateProxy proxy = new CertificateProxy(server.pki(), java.net.URI.create(server.baseUrl()))) {
            Page expired = new CertificateClient(server, TestPki.Client.EXPIRED, proxy.baseUrl()).start();
            assertThat(expired.message()).isEqualTo("ログイン用電子証明書の有効期限が切れています（または有効期間の開始前です）。"
                    + "証明書の更新をお申し込みください。");
            Page foreign = new CertificateClient(server, TestPki.Client.OTHER_CA, proxy.baseUrl()).start();
            assertThat(foreign.message()).startsWith("この証明書はログイン用電子証明書として発行されたものではありません。");
        }
    }

    @Test
    void givenTheProxyThenTheSameSignInWorksThroughItsHeaderAndAHeaderFromAnyoneElseIsIgnored() throws Exception {
        try (CertificateProxy proxy = new CertificateProxy(server.pki(), java.net.URI.create(server.baseUrl()))) {
            CertificateClient client = new CertificateClient(server, TestPki.Client.VALID, proxy.baseUrl());
            Page form = client.start();
            assertThat(form.body()).contains("id=\"houjin-form-access-key\"");
            Page change = client.submit(form, Map.of("accessKey", ACCESS_KEY, "password", INITIAL));
            assertThat(change.body()).contains("password-new");
        }
        // Straight to Keycloak's http port (not from the trusted proxy address), a Client-Cert header counts for nothing.
        java.net.http.HttpResponse<String> forged = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.ALWAYS).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(new CertificateClient(server, null,
                        server.baseUrl()).authorizationUrl())).header("Client-Cert", ":" + java.util.Base64.getEncoder()
                        .encodeToString(java.nio.file.Files.readAllBytes(server.pki().caPem())) + ":").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(forged.body()).contains("ログイン用電子証明書が提示されませんでした。").doesNotContain("houjin-form-access-key");
    }

    @Test
    void givenNoCertificateOrARevokedOneThenEachHasItsOwnPage() throws Exception {
        Page none = new CertificateClient(server, null).start();
        assertThat(none.message()).isEqualTo("ログイン用電子証明書が提示されませんでした。証明書の選択画面で、ログイン用電子証明書を選択してください。");
        assertThat(none.body()).doesNotContain("houjin-form-access-key");

        Page revoked = new CertificateClient(server, TestPki.Client.REVOKED).start();
        assertThat(revoked.message()).isEqualTo("このログイン用電子証明書は失効しています。証明書の再発行をお申し込みください。");
        assertThat(revoked.body()).doesNotContain("houjin-form-access-key");
    }

    /**
     * The same pages in Chromium, styled as users see them (and captured for the README). Headless Chromium cannot
     * present a certificate, so the test proxy stands in for it ({@link CertificateProxy#presenting}).
     */
    @Test
    void givenABrowserThenTheAccessKeyPageSignsInThroughTheChangePasswordPageAndARevokedCertificateGetsItsPage(
            WebDriver browser) throws Exception {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1100, 1000));
        // Page texts are read while a submit is navigating: an element of the old page going stale just means "not yet".
        WebDriverWait wait = Browser.await(browser, java.time.Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        try (CertificateProxy proxy = CertificateProxy.presenting(server.pki(), java.net.URI.create(server.baseUrl()),
                TestPki.Client.VALID)) {
            browser.get(new CertificateClient(server, null, proxy.baseUrl()).authorizationUrl());
            assertThat(new AccessKeyPage(browser).subject()).contains("CN=" + TestPki.ADMIN_USERNAME);
            Screenshots.shot(browser, "certificate-access-key-ja");

            browser.findElement(By.id("accessKey")).sendKeys("31415927");
            browser.findElement(By.id("password")).sendKeys(INITIAL);
            browser.findElement(By.id("houjin-access-key-login")).click();
            wait.until(b -> b.findElement(By.tagName("body")).getText().contains(INVALID));
            assertThat(browser.findElement(By.id("accessKey")).getDomProperty("value")).as("nothing typed is echoed").isEmpty();

            browser.findElement(By.id("accessKey")).sendKeys(ACCESS_KEY);
            browser.findElement(By.id("password")).sendKeys(INITIAL);
            browser.findElement(By.id("houjin-access-key-login")).click();
            wait.until(b -> !b.findElements(By.id("password-confirm")).isEmpty());
            browser.findElement(By.id("password-new")).sendKeys("Cert#Browser2026");
            browser.findElement(By.id("password-confirm")).sendKeys("Cert#Browser2026");
            browser.findElement(By.id("password-confirm")).submit();
            // Signed in: Keycloak sends the browser on to the console's redirect URI (nothing listens there).
            wait.until(b -> b.findElements(By.id("password-confirm")).isEmpty());
            String id = userId(admin, TestPki.ADMIN_USERNAME);
            assertThat(admin.get(REALM + "/users/" + id + "/sessions").toString()).contains(CertificateClient.CLIENT_ID);
        } finally {
            jp.houjin.keycloak.testsuite.browser.Browser.clearAllCookies(browser);
        }
        try (CertificateProxy proxy = CertificateProxy.presenting(server.pki(), java.net.URI.create(server.baseUrl()),
                TestPki.Client.REVOKED)) {
            browser.get(new CertificateClient(server, null, proxy.baseUrl()).authorizationUrl());
            wait.until(b -> b.findElement(By.tagName("body")).getText().contains("このログイン用電子証明書は失効しています。"));
            new CertificateErrorPage(browser);
            assertThat(AccessKeyPage.isShown(browser)).isFalse();
            Screenshots.shot(browser, "certificate-revoked-ja");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }
}
