package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Keycloak's own reset-credentials page (login-reset-password.ftl), the stock flow's side door. */
public final class ResetCredentialsPage extends Page {

    public ResetCredentialsPage(WebDriver browser) {
        super(browser, By.id("username"));
    }

    /** Asks for a reset of this username or email; the answer is the page that follows. */
    public void request(String username) {
        WebElement field = browser.findElement(By.id("username"));
        field.sendKeys(username);
        awaitNextPage(field::submit);
    }
}
