package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Certificate sign-in, second step (houjin-access-key.ftl): the access key and the password. */
public final class AccessKeyPage extends Page {

    public AccessKeyPage(WebDriver browser) {
        super(browser, By.id("houjin-form-access-key"));
    }

    public static boolean isShown(WebDriver browser) {
        return !browser.findElements(By.id("houjin-form-access-key")).isEmpty();
    }

    /** The certificate's subject as the page names it. */
    public String subject() {
        return text("houjin-certificate-subject");
    }
}
