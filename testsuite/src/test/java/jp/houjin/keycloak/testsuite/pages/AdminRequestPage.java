package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An admin's decision on an additional admin (houjin-admin-request.ftl): the request, the done step, or a refusal. */
public final class AdminRequestPage extends Page {

    public AdminRequestPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-form-admin-request, #houjin-admin-request-done, #houjin-sign-in"));
    }

    public boolean canDecide() {
        return has("houjin-admin-request-submit");
    }

    /** Approves or cancels, as the link said; the answer is this page's done step. */
    public AdminRequestPage decide() {
        return clickTo("houjin-admin-request-submit", AdminRequestPage::new);
    }

    public String requesterUserId() {
        return text("houjin-request-user-id");
    }

    public String done() {
        return text("houjin-admin-request-done");
    }
}
