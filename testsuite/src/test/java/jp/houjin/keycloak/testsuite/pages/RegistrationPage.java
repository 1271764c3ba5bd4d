package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 新規登録（個人） (register.ftl, the theme's own version of Keycloak's registration page). */
public final class RegistrationPage extends Page {

    public RegistrationPage(WebDriver browser) {
        super(browser, By.id("kc-register-form"));
    }

    /** Fills the form and submits it; the answer is this page again with messages, or the mail check. */
    public void submit(Map<String, String> values, boolean acceptTerms) {
        submit(values, acceptTerms, "termsAccepted", By.cssSelector("#kc-register-form [type=submit]"));
    }

    /** Keycloak's registration page names a field's message input-error-&lt;field&gt; (or a variant starting so). */
    @Override
    public String fieldError(String field) {
        return browser.findElements(By.id("input-error-" + field)).stream().map(e -> e.getText().strip()).findFirst()
                .orElse(browser.findElements(By.cssSelector("[id^=input-error-" + field + "]")).stream()
                        .map(e -> e.getText().strip()).findFirst().orElse(""));
    }

    /** How many marks of a required field the label of this field has. */
    /** A field's label text, without its required mark. */
    public String label(String field) {
        return browser.findElement(By.cssSelector("label[for=" + field + "] .pf-v5-c-form__label-text")).getText().strip();
    }

    public int requiredMarks(String field) {
        return count("label[for=" + field + "] [aria-hidden=true]");
    }
}
