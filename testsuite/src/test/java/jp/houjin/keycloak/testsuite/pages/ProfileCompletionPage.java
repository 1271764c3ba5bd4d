package jp.houjin.keycloak.testsuite.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    /** Types into the password field after what it holds, key by key as a person does. */
    public void typePassword(String keys) {
        password().sendKeys(keys);
    }

    public void clearPassword() {
        password().clear();
    }

    /** The eye button: shows the password as text. */
    public void showPassword() {
        browser.findElement(By.id("houjin-show-password")).click();
    }

    public String passwordType() {
        return password().getDomProperty("type");
    }

    public String passwordRules() {
        return text("houjin-password-rules");
    }

    /** Each rule of the list under the password field and its state (pending, ok, ng), in list order. */
    public Map<String, String> ruleStates() {
        Map<String, String> states = new LinkedHashMap<>();
        browser.findElements(By.cssSelector("#houjin-password-rules li"))
                .forEach(li -> states.put(li.getDomAttribute("data-rule"), li.getDomAttribute("data-state")));
        return states;
    }

    private WebElement password() {
        return browser.findElement(By.id("password"));
    }
}
