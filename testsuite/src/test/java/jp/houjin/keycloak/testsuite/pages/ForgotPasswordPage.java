package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** パスワードを忘れた方 (houjin-forgot.ftl): the form, then the same answer for every input. */
public final class ForgotPasswordPage extends Page {

    public ForgotPasswordPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-form-forgot, #houjin-forgot-sent"));
    }

    /** Asks for the reset mail; the answer is this page's second step. */
    public ForgotPasswordPage request(String corporateId, String login) {
        submit(Map.of("corporateId", corporateId, "loginId", login), "houjin-send-reset");
        return new ForgotPasswordPage(browser);
    }

    public String sent() {
        return text("houjin-forgot-sent");
    }

    public String noEmail() {
        return text("houjin-forgot-no-email");
    }

    /** 「管理者の方」. */
    public AdminVerifyPage adminReset() {
        return clickTo("houjin-admin-reset", AdminVerifyPage::new);
    }
}
