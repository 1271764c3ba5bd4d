package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 新規登録（法人） (houjin-corporate-signup.ftl): the application form, then 本登録のお願い. */
public final class CorporateSignupPage extends Page {

    public CorporateSignupPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-form-corporate-signup, #houjin-corporate-signup-sent"));
    }

    /** Fills the form and submits it; the answer is this page again (messages, or the sent step). */
    public void submit(Map<String, String> values, boolean acceptTerms) {
        submit(values, acceptTerms, "acceptTerms", By.id("houjin-corporate-signup-submit"));
    }

    public String sent() {
        return text("houjin-corporate-signup-sent");
    }
}
