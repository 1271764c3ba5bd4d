package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** ユーザー認証 (houjin-invitation.ftl): from the invitation mail's link or from 「初めてログインする方はこちら」. */
public final class InvitationPage extends Page {

    private static final By FORM = By.id("houjin-form-invitation");

    public InvitationPage(WebDriver browser) {
        super(browser, FORM);
    }

    public static boolean isShown(WebDriver browser) {
        return !browser.findElements(FORM).isEmpty();
    }

    /** Fills the form and submits it; the next page is this one with a message or the next step. */
    public void authenticate(String corporateId, String login, String temporaryPassword, boolean acceptTerms) {
        submit(Map.of("corporateId", corporateId, "loginId", login, "password", temporaryPassword), acceptTerms,
                "acceptTerms", By.id("houjin-authenticate"));
    }

    public String intro() {
        return text("houjin-invitation-intro");
    }

    public String termsHref() {
        return browser.findElement(By.id("houjin-terms-link")).getDomAttribute("href");
    }
}
