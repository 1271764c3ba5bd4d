package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import jp.houjin.keycloak.testsuite.oidc.Pkce;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The partner-portal sign-in page (houjin-login.ftl): 法人の方 and 個人の方 tabs, and the links to the other pages. */
public final class CorporateLoginPage extends Page {

    public CorporateLoginPage(WebDriver browser) {
        super(browser, By.id("kc-form-login"));
    }

    /**
     * Opens this page as the account console's sign-in does, with the authorization request itself rather than
     * through the console's JavaScript (whose redirect is slow and, on a loaded CI machine, sometimes timed out).
     */
    public static CorporateLoginPage viaAccountConsole(WebDriver browser, KeycloakServer server) {
        return at(browser, accountConsoleSignInUrl(server));
    }

    public static String accountConsoleSignInUrl(KeycloakServer server) {
        String challenge = Pkce.challenge(Pkce.verifier());
        String redirect = java.net.URLEncoder.encode(server.realmUrl() + "/account/", java.nio.charset.StandardCharsets.UTF_8);
        return server.realmUrl() + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
                + "&scope=openid&redirect_uri=" + redirect + "&state=st" + System.nanoTime() + "&code_challenge=" + challenge
                + "&code_challenge_method=S256";
    }

    public static CorporateLoginPage at(WebDriver browser, String url) {
        return open(browser, CorporateLoginPage::new, url);
    }

    public void signIn(String corporateId, String login, String password) {
        signIn(corporateId, login, password, false);
    }

    public void signIn(String corporateId, String login, String password, boolean remember) {
        fill(Map.of("corporateId", corporateId, "loginId", login, "password", password));
        check("rememberIds", remember);
        click("kc-login");
    }

    /** Sets field values exactly, including characters a keyboard cannot type (control characters). */
    public void signInRaw(String corporateId, String login, String password) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('corporateId').value = arguments[0];"
                + "document.getElementById('loginId').value = arguments[1];"
                + "document.getElementById('password').value = arguments[2];", corporateId, login, password);
        click("kc-login");
    }

    public void signInIndividual(String email, String password) {
        showIndividualTab();
        fill(Map.of("email", email, "individualPassword", password));
        click("houjin-individual-login");
    }

    public void showIndividualTab() {
        browser.findElement(By.id("houjin-tab-individual")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
    }

    public boolean rememberChecked() {
        return browser.findElement(By.id("rememberIds")).isSelected();
    }

    public boolean individualTabShown() {
        return browser.findElement(By.id("houjin-panel-individual")).isDisplayed();
    }

    /** 「初めてログインする方はこちら」. */
    public InvitationPage firstLogin() {
        return clickTo("houjin-first-login", InvitationPage::new);
    }

    /** 「パスワードを忘れた方はこちら」. */
    public ForgotPasswordPage forgotPassword() {
        return clickTo("houjin-forgot-password", ForgotPasswordPage::new);
    }

    /** 「パスワードを忘れた方はこちら」 on the individual tab: Keycloak's reset-credentials page. */
    public ResetCredentialsPage forgotPasswordIndividual() {
        showIndividualTab();
        return clickTo("houjin-forgot-individual", ResetCredentialsPage::new);
    }

    /** 「前任者の異動などによりログインできない場合」: the additional admin. */
    public AdminVerifyPage addAdmin() {
        return clickTo("houjin-add-admin", AdminVerifyPage::new);
    }

    /** 「新規登録（法人）はこちら」. */
    public CorporateSignupPage registerCorporate() {
        return clickTo("houjin-register-corporate", CorporateSignupPage::new);
    }

    /** 「新規登録（個人）はこちら」 on the individual tab. */
    public RegistrationPage registerIndividual() {
        showIndividualTab();
        return clickTo("houjin-register-individual", RegistrationPage::new);
    }
}
