package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Keycloak's own update-password page (login-update-password.ftl): a new password, twice. */
public final class UpdatePasswordPage extends Page {

    public UpdatePasswordPage(WebDriver browser) {
        super(browser, By.id("kc-passwd-update-form"));
    }

    public static boolean isShown(WebDriver browser) {
        return !browser.findElements(By.id("kc-passwd-update-form")).isEmpty();
    }

    public void submit(String password) {
        submit(Map.of("password-new", password, "password-confirm", password), "kc-submit");
    }
}
