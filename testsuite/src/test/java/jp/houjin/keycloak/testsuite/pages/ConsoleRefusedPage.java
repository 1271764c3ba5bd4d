package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.WebDriver;

/** What 法人管理 answers when it does nothing (houjin-console-refused.ftl): the message says why. */
public final class ConsoleRefusedPage extends ConsolePage {

    public ConsoleRefusedPage(WebDriver browser) {
        super(browser, "houjin-console-refused");
    }

    public static ConsoleRefusedPage at(WebDriver browser, String url) {
        return open(browser, ConsoleRefusedPage::new, url);
    }
}
