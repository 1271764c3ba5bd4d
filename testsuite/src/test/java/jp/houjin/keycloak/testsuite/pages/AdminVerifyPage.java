package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * 法人番号 + 振込口座番号 (houjin-admin-verify.ftl), in its three uses: 管理者の方 (the recovery mail is asked for),
 * the proof the mail's link opens, and the additional admin; and their done steps.
 */
public final class AdminVerifyPage extends Page {

    public AdminVerifyPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-form-verify, #houjin-admin-recovery-sent, #houjin-add-admin-done"));
    }

    /** Fills the fields and submits; the next page is this one again (a message, the done step) or the next step. */
    public void verify(Map<String, String> values) {
        submit(values, "houjin-verify");
    }

    /** 管理者追加: fills the input step and asks for the confirmation step (or this step again, with messages). */
    public void confirmAddition(Map<String, String> values) {
        submit(values, "houjin-verify");
    }

    /** On the confirmation step: what it shows for a field (confirm-&lt;field&gt;). */
    public String confirmed(String field) {
        return text("confirm-" + field);
    }

    /** On the confirmation step: 【登録する】. */
    public void register() {
        click("houjin-verify");
    }

    /** On the confirmation step: 【修正する】, back to the input step. */
    public void edit() {
        click("houjin-verify-edit");
    }

    public String intro() {
        return text("houjin-verify-intro");
    }

    public String recoverySent() {
        return text("houjin-admin-recovery-sent");
    }

    public String addAdminDone() {
        return text("houjin-add-admin-done");
    }
}
