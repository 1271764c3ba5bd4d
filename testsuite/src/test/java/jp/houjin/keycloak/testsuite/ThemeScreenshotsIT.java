package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

    static Path shot(WebDriver browser, String name) throws IOException {
        Path dir = Path.of(System.getProperty("test.output.dir", "target"), "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A shot in a window of the given size (a long form whole), the window's size restored afterwards. */
    static Path shot(WebDriver browser, String name, int width, int height) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, height));
        try {
            return shot(browser, name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void givenTheLoginPageThenItIsCapturedInJapaneseEnglishWithAnErrorAndOnAPhone(WebDriver browser, KeycloakServer server)
            throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1100, 900));
        CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("法人ID");
        assertThat(Files.size(shot(browser, "login-ja"))).isGreaterThan(10_000);

        page.signIn("00000001", "times_user001", "Wrong#Pass2026");
        assertThat(page.error()).contains("正しくありません");
        assertThat(Files.size(shot(browser, "login-error-ja"))).isGreaterThan(10_000);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        page.waitUntilShown();
        assertThat(Files.size(shot(browser, "login-phone-ja"))).isGreaterThan(10_000);

        browser.manage().window().setSize(new Dimension(1100, 900));
        WebElement english = browser.findElement(By.xpath("//select/option[contains(@value, 'kc_locale=en')]"));
        new Select(english.findElement(By.xpath(".."))).selectByValue(english.getDomAttribute("value"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the locale switch navigates
                .until(b -> b.findElement(By.tagName("body")).getText().contains("Corporate ID"));
        assertThat(Files.size(shot(browser, "login-en"))).isGreaterThan(10_000);
        browser.manage().window().setSize(desktop);
    }

    @Test
    void givenADeniedAddressThenTheAccessRestrictionPageIsCaptured(WebDriver browser, KeycloakServer server)
            throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1100, 900));
        CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
        page.signIn("00000003", "ip_user001", "IpOnly#Pass2026");
        assertThat(page.heading()).isEqualTo("アクセス制限エラー");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var e = document.getElementById('houjin-ip-denied'); return e.scrollWidth - e.clientWidth;");
        assertThat(overflow).as("the message wraps inside its box").isLessThanOrEqualTo(0L);
        assertThat(Files.size(shot(browser, "ip-denied-ja"))).isGreaterThan(10_000);
        browser.manage().window().setSize(desktop);
    }

    @Test
    void givenTheFirstSignInPathThenTheVerificationAndRegistrationPagesAreCaptured(WebDriver browser,
            KeycloakServer server, jp.houjin.keycloak.testsuite.server.AdminApi admin) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1100, 1100));
        String realm = "/realms/partner-portal";
        assertThat(admin.send("POST", realm + "/users", java.util.Map.of("username", "00000001:shot_user", "enabled", true))
                .status()).isEqualTo(201);
        String id = CorporateLoginIT.user(admin, "00000001:shot_user").get("id").asText();
        try {
            String temporary = admin.send("POST", realm + "/houjin-corporations/00000001/users/shot_user/invitation",
                    java.util.Map.of()).json().get("temporaryPassword").asText();
            CorporateLoginPage.viaAccountConsole(browser, server);
            browser.findElement(By.id("houjin-first-login")).click();
            jp.houjin.keycloak.testsuite.pages.InvitationPage page = new jp.houjin.keycloak.testsuite.pages.InvitationPage(browser);
            assertThat(page.heading()).isEqualTo("ユーザー認証（初めてログインする方）");
            assertThat(Files.size(shot(browser, "first-login-ja"))).isGreaterThan(10_000);

            page.authenticate("00000001", "shot_user", temporary, true);
            WebElement password = browser.findElement(By.id("password"));
            password.sendKeys("Times#pass");
            assertThat(browser.findElement(By.id("houjin-password-rules")).getText()).contains("10～20文字");
            assertThat(Files.size(shot(browser, "profile-completion-ja"))).isGreaterThan(10_000);
        } finally {
            admin.send("DELETE", realm + "/users/" + id, null);
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void givenTheRecoveryPagesThenTheyAreCaptured(WebDriver browser, KeycloakServer server) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1100, 1100));
        try {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            assertThat(page.openInfo("houjin-forgot-password")).contains("パスワードを忘れた方");
            assertThat(Files.size(shot(browser, "forgot-password-ja"))).isGreaterThan(10_000);
            assertThat(page.openInfo("houjin-admin-reset")).contains("法人番号");
            assertThat(Files.size(shot(browser, "admin-verify-ja"))).isGreaterThan(10_000);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void givenTheCorporateSignUpThenItsFormIsCaptured(WebDriver browser, KeycloakServer server) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1100, 1900));
        try {
            CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
            assertThat(page.openInfo("houjin-register-corporate")).contains("法人名", "利用規約に同意する");
            assertThat(Files.size(shot(browser, "corporate-signup-ja"))).isGreaterThan(10_000);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }
}
