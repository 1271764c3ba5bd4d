package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.browser.BrowserLanguage;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

@RealKeycloak
@BrowserLanguage("en")
@ExtendWith(BrowserExtension.class)
class CorporateLoginEnglishIT {

    @Test
    void givenAnEnglishBrowserThenTheFormAndItsErrorsAreInEnglish(WebDriver browser, KeycloakServer server) {
        CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Corporate ID", "e.g. 00000001",
                "User ID or email", "Forgot your password?", "Corporate account", "Individual account");
        page.signIn("00000001", "times_user001", "Wrong#Pass2026");
        assertThat(page.error()).isEqualTo("The corporate ID, user ID or password is incorrect.");
        page.signIn("00000009", "paused_user", "Paused#Pass2026");
        assertThat(page.error()).isEqualTo("Access to 00000009 is restricted.");
        page.signInRaw("12", "times_user001", "x");
        assertThat(page.fieldError("corporateId")).isEqualTo("The corporate ID is 8 digits (e.g. 00000001).");
    }

    @Test
    void givenAPhoneWidthThenTheFormFitsWithoutSidewaysScrolling(WebDriver browser, KeycloakServer server) {
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            CorporateLoginPage.viaAccountConsole(browser, server);
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            assertThat(browser.findElement(By.id("kc-login")).isDisplayed()).isTrue();
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
