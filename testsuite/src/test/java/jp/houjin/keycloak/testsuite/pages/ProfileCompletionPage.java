package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** ユーザー登録 (houjin-profile.ftl): the input step with the password rules, then the confirmation step. */
public final class ProfileCompletionPage extends Page {

    public ProfileCompletionPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-profile-form, #houjin-profile-confirm"));
    }

    /** Fills the fields and asks for the confirmation step (or this step again, with the messages). */
    public void confirm(Map<String, String> values) {
        submit(values, "houjin-confirm");
    }

    /** On the confirmation step: saves. */
    public void save() {
        click("houjin-save");
    }

    /** The eye button: shows the password as text. */
    public void showPassword() {
        browser.findElement(By.id("houjin-show-password")).click();
    }

    public String passwordType() {
        return browser.findElement(By.id("password")).getDomProperty("type");
    }
}
