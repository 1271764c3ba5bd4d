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

    /**
     * Opens this page as the account console's sign-in does, with the authorization request itself rather than
     * through the console's JavaScript (whose redirect is slow and, on a loaded CI machine, sometimes timed out).
     */
    public static CorporateLoginPage viaAccountConsole(WebDriver browser, KeycloakServer server) {
        return at(browser, accountConsoleSignInUrl(server));
    }

    public static String accountConsoleSignInUrl(KeycloakServer server) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String verifier = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge;
        try {
            challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String redirect = java.net.URLEncoder.encode(server.realmUrl() + "/account/", java.nio.charset.StandardCharsets.UTF_8);
        return server.realmUrl() + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
                + "&scope=openid&redirect_uri=" + redirect + "&state=st" + System.nanoTime() + "&code_challenge=" + challenge
                + "&code_challenge_method=S256";
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
        return browser.findElement(By.tagName("body")).getText();
    }

    public void backFromInfo() {
        submit(By.id("houjin-back"));
        waitUntilShown();
    }

    public String heading() {
        return browser.findElement(By.id("kc-page-title")).getText().strip();
    }
}
