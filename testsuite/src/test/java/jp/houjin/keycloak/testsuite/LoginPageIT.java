package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

@RealKeycloak
@ExtendWith(BrowserExtension.class)
class LoginPageIT {

    /** The account console redirects to the realm's login page (with PKCE, as a real client would). */
    private static void openAccountConsole(WebDriver browser, KeycloakServer server, String locale) {
        browser.get(server.realmUrl() + "/account/");
        WebDriverWait wait = Browser.await(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#kc-form-login")));
        if (locale != null) {
            // The theme's language menu, as a user would use it.
            WebElement option = browser.findElement(By.xpath("//select/option[contains(@value, 'kc_locale=" + locale + "')]"));
            new Select(option.findElement(By.xpath(".."))).selectByValue(option.getDomAttribute("value"));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", locale));
        }
    }

    @Test
    void givenAJapaneseBrowserThenTheLoginPageIsInJapanese(WebDriver browser, KeycloakServer server) {
        openAccountConsole(browser, server, null);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
        assertThat(browser.getTitle()).contains("パートナーポータル");
    }

    @Test
    void givenTheEnglishLocaleThenTheLoginPageIsInEnglish(WebDriver browser, KeycloakServer server) {
        openAccountConsole(browser, server, "en");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.getTitle()).contains("Partner Portal");
    }
}
