package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 本登録 from the sign-up mail's link (houjin-corporate-confirm.ftl): the confirm button, the done step, or a refusal. */
public final class CorporateConfirmPage extends Page {

    public CorporateConfirmPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-form-corporate-confirm, #houjin-corporate-confirm-done, #houjin-sign-in"));
    }

    public String intro() {
        return text("houjin-corporate-confirm-intro");
    }

    /** Confirms; the answer is this page's done step. */
    public CorporateConfirmPage confirm() {
        return clickTo("houjin-corporate-confirm", CorporateConfirmPage::new);
    }

    public String newCorporateId() {
        return text("houjin-new-corporate-id");
    }
}
