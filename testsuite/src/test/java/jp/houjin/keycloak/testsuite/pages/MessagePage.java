package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A page of Keycloak's own templates that tests read only for its title and text: error.ftl (a refused link),
 * info.ftl (「アカウントが更新されました」, a confirmation step) and login-verify-email.ftl. Identified by the page
 * title, which every page of the layout has.
 */
public final class MessagePage extends Page {

    public MessagePage(WebDriver browser) {
        super(browser, By.id("kc-page-title"));
    }
}
