package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An admin's decision on an additional admin (houjin-admin-request.ftl): the request, the done step, or a refusal. */
public final class AdminRequestPage extends Page {

    public AdminRequestPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-form-admin-request, #houjin-admin-request-done, #houjin-sign-in"));
    }

    /** Opens a decision link from the request notice. */
    public static AdminRequestPage at(WebDriver browser, String url) {
        browser.get(url);
        return new AdminRequestPage(browser);
    }

    public boolean canDecide() {
        return has("houjin-admin-request-submit");
    }

    /** Approves or cancels, as the link said; the answer is this page's done step. */
    public AdminRequestPage decide() {
        click("houjin-admin-request-submit");
        return new AdminRequestPage(browser);
    }

    public String requesterUserId() {
        return text("houjin-request-user-id");
    }

    public String done() {
        return text("houjin-admin-request-done");
    }
}
