package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Keycloak's own update-email page (login-update-email.ftl), reached with kc_action=UPDATE_EMAIL. */
public final class UpdateEmailPage extends Page {

    public UpdateEmailPage(WebDriver browser) {
        super(browser, By.id("kc-update-email-form"));
    }

    public void submit(String email) {
        submit(Map.of("email", email), "kc-submit");
    }
}
