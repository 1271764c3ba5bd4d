package jp.houjin.keycloak.testsuite.pages;

import java.time.Duration;
import java.util.List;

import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The partner-portal sign-in page (houjin-login.ftl): 法人の方 and 個人の方 tabs. */
public final class CorporateLoginPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    public CorporateLoginPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Opens the realm's account console, which sends the browser to this page. */
    public static CorporateLoginPage viaAccountConsole(WebDriver browser, KeycloakServer server) {
        browser.get(server.realmUrl() + "/account/");
        CorporateLoginPage page = new CorporateLoginPage(browser);
        page.waitUntilShown();
        return page;
    }

    public static CorporateLoginPage at(WebDriver browser, String url) {
        browser.get(url);
        CorporateLoginPage page = new CorporateLoginPage(browser);
        page.waitUntilShown();
        return page;
    }

    public void waitUntilShown() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
    }

    public void signIn(String corporateId, String login, String password) {
        signIn(corporateId, login, password, false);
    }

    public void signIn(String corporateId, String login, String password, boolean remember) {
        type("corporateId", corporateId);
        type("loginId", login);
        type("password", password);
        WebElement checkbox = browser.findElement(By.id("rememberIds"));
        if (checkbox.isSelected() != remember) {
            checkbox.click();
        }
        submit(By.id("kc-login"));
    }

    /** Sets field values exactly, including characters a keyboard cannot type (control characters). */
    public void signInRaw(String corporateId, String login, String password) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('corporateId').value = arguments[0];"
                + "document.getElementById('loginId').value = arguments[1];"
                + "document.getElementById('password').value = arguments[2];", corporateId, login, password);
        submit(By.id("kc-login"));
    }

    public void signInIndividual(String email, String password) {
        browser.findElement(By.id("houjin-tab-individual")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
        type("email", email);
        type("individualPassword", password);
        submit(By.id("houjin-individual-login"));
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void submit(By button) {
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        wait.until(ExpectedConditions.stalenessOf(old));
    }

    /** The page-level alert (one message for all credential errors). */
    public String error() {
        List<WebElement> alerts = browser.findElements(By.cssSelector(".pf-v5-c-alert .kc-feedback-text, .pf-v5-c-alert__title"));
        return alerts.isEmpty() ? "" : alerts.get(0).getText().strip();
    }

    public String fieldError(String field) {
        List<WebElement> error = browser.findElements(By.id("input-error-container-" + field));
        return error.isEmpty() ? "" : error.get(0).getText().strip();
    }

    public String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    public boolean rememberChecked() {
        return browser.findElement(By.id("rememberIds")).isSelected();
    }

    public boolean individualTabShown() {
        return browser.findElement(By.id("houjin-panel-individual")).isDisplayed();
    }

    public String openInfo(String buttonId) {
        submit(By.id(buttonId));
        return browser.findElement(By.id("houjin-info-text")).getText();
    }

    public void backFromInfo() {
        submit(By.id("houjin-back"));
        waitUntilShown();
    }

    public String heading() {
        return browser.findElement(By.id("kc-page-title")).getText().strip();
    }
}
