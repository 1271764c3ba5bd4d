package jp.houjin.keycloak.testsuite.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ユーザー認証 (houjin-invitation.ftl): from the invitation mail's link or from 「初めてログインする方はこちら」. */
public final class InvitationPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public InvitationPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("houjin-form-invitation")));
    }

    public static boolean isShown(WebDriver browser) {
        return !browser.findElements(By.id("houjin-form-invitation")).isEmpty();
    }

    public void authenticate(String corporateId, String login, String temporaryPassword, boolean acceptTerms) {
        type("corporateId", corporateId);
        type("loginId", login);
        type("password", temporaryPassword);
        WebElement terms = browser.findElement(By.id("acceptTerms"));
        if (terms.isSelected() != acceptTerms) {
            terms.click();
        }
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("houjin-authenticate")).click();
        wait.until(ExpectedConditions.stalenessOf(old));
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    public String heading() {
        return browser.findElement(By.id("kc-page-title")).getText().strip();
    }

    public String intro() {
        return browser.findElement(By.id("houjin-invitation-intro")).getText().strip();
    }

    public String termsHref() {
        return browser.findElement(By.id("houjin-terms-link")).getDomAttribute("href");
    }

    public static String error(WebDriver browser) {
        List<WebElement> alerts = browser.findElements(By.cssSelector(".pf-v5-c-alert .kc-feedback-text, .pf-v5-c-alert__title"));
        if (alerts.isEmpty()) {
            alerts = browser.findElements(By.cssSelector("#kc-error-message .instruction, #kc-error-message p"));
        }
        return alerts.isEmpty() ? "" : alerts.get(0).getText().strip();
    }

    public String fieldError(String field) {
        List<WebElement> error = browser.findElements(By.id("input-error-container-" + field));
        return error.isEmpty() ? "" : error.get(0).getText().strip();
    }
}
