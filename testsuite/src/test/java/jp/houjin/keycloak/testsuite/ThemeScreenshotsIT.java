package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.REALM;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.account;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.createUser;
import static jp.houjin.keycloak.testsuite.support.RealmAdmin.deleteUser;
import static jp.houjin.keycloak.testsuite.support.Screenshots.inWindow;
import static jp.houjin.keycloak.testsuite.support.Screenshots.shot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.pages.CorporateSignupPage;
import jp.houjin.keycloak.testsuite.pages.ForgotPasswordPage;
import jp.houjin.keycloak.testsuite.pages.InvitationPage;
import jp.houjin.keycloak.testsuite.pages.IpDeniedPage;
import jp.houjin.keycloak.testsuite.pages.ProfileCompletionPage;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The themed pages as a person sees them, saved under target/screenshots/ (the README's pictures are copied from
 * there). Each shot is taken only after the page shows the text it is meant to show.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class ThemeScreenshotsIT {

    @Test
    void givenTheLoginPageThenItIsCapturedInJapaneseEnglishWithAnErrorAndOnAPhone(WebDriver browser, KeycloakServer server)
            throws IOException {
        inWindow(browser, 1100, 900, () -> {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            assertThat(page.bodyText()).contains("法人ID");
            assertThat(Files.size(shot(browser, "login-ja"))).isGreaterThan(10_000);

            page.signIn("00000001", "times_user001", "Wrong#Pass2026");
            assertThat(page.error()).contains("正しくありません");
            assertThat(Files.size(shot(browser, "login-error-ja"))).isGreaterThan(10_000);

            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            new CorporateLoginPage(browser);
            assertThat(Files.size(shot(browser, "login-phone-ja"))).isGreaterThan(10_000);

            browser.manage().window().setSize(new Dimension(1100, 900));
            WebElement english = browser.findElement(By.xpath("//select/option[contains(@value, 'kc_locale=en')]"));
            new Select(english.findElement(By.xpath(".."))).selectByValue(english.getDomAttribute("value"));
            Browser.await(browser, java.time.Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the locale switch navigates
                    .until(b -> b.findElement(By.tagName("body")).getText().contains("Corporate ID"));
            assertThat(Files.size(shot(browser, "login-en"))).isGreaterThan(10_000);
        });
    }

    @Test
    void givenADeniedAddressThenTheAccessRestrictionPageIsCaptured(WebDriver browser, KeycloakServer server)
            throws IOException {
        inWindow(browser, 1100, 900, () -> {
            CorporateLoginPage.viaAccountConsole(browser, server).signIn("00000003", "ip_user001", "IpOnly#Pass2026");
            IpDeniedPage denied = new IpDeniedPage(browser);
            assertThat(denied.title()).isEqualTo("アクセス制限エラー");
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "var e = document.getElementById('houjin-ip-denied'); return e.scrollWidth - e.clientWidth;");
            assertThat(overflow).as("the message wraps inside its box").isLessThanOrEqualTo(0L);
            assertThat(Files.size(shot(browser, "ip-denied-ja"))).isGreaterThan(10_000);
        });
    }

    @Test
    void givenTheFirstSignInPathThenTheVerificationAndRegistrationPagesAreCaptured(WebDriver browser,
            KeycloakServer server, jp.houjin.keycloak.testsuite.server.AdminApi admin) throws IOException {
        String id = createUser(admin, account("00000001:shot_user", null));
        try {
            String temporary = admin.send("POST", REALM + "/houjin-corporations/00000001/users/shot_user/invitation",
                    java.util.Map.of()).json().get("temporaryPassword").asText();
            inWindow(browser, 1100, 1100, () -> {
                InvitationPage page = CorporateLoginPage.viaAccountConsole(browser, server).firstLogin();
                assertThat(page.title()).isEqualTo("ユーザー認証（初めてログインする方）");
                assertThat(Files.size(shot(browser, "first-login-ja"))).isGreaterThan(10_000);

                page.authenticate("00000001", "shot_user", temporary, true);
                ProfileCompletionPage profile = new ProfileCompletionPage(browser);
                profile.typePassword("Times#pass");
                assertThat(profile.passwordRules()).contains("10～20文字");
                assertThat(Files.size(shot(browser, "profile-completion-ja"))).isGreaterThan(10_000);
            });
        } finally {
            deleteUser(admin, id);
        }
    }

    @Test
    void givenTheRecoveryPagesThenTheyAreCaptured(WebDriver browser, KeycloakServer server) throws IOException {
        inWindow(browser, 1100, 1100, () -> {
            ForgotPasswordPage forgot = CorporateLoginPage.viaAccountConsole(browser, server).forgotPassword();
            assertThat(forgot.bodyText()).contains("パスワードを忘れた方");
            assertThat(Files.size(shot(browser, "forgot-password-ja"))).isGreaterThan(10_000);
            assertThat(forgot.adminReset().bodyText()).contains("法人番号");
            assertThat(Files.size(shot(browser, "admin-verify-ja"))).isGreaterThan(10_000);
        });
    }

    @Test
    void givenTheCorporateSignUpThenItsFormIsCaptured(WebDriver browser, KeycloakServer server) throws IOException {
        inWindow(browser, 1100, 1900, () -> {
            CorporateSignupPage signup = CorporateLoginPage.viaAccountConsole(browser, server).registerCorporate();
            assertThat(signup.bodyText()).contains("法人名", "利用規約に同意する");
            assertThat(Files.size(shot(browser, "corporate-signup-ja"))).isGreaterThan(10_000);
        });
    }
}
