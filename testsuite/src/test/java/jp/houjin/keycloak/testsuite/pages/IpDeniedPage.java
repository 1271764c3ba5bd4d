package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** アクセス制限エラー (houjin-ip-denied.ftl): an address off the corporation's allow-list. */
public final class IpDeniedPage extends Page {

    public IpDeniedPage(WebDriver browser) {
        super(browser, By.id("houjin-ip-denied"));
    }

    public static boolean isShown(WebDriver browser) {
        return !browser.findElements(By.id("houjin-ip-denied")).isEmpty();
    }

    public String message() {
        return text("houjin-ip-denied");
    }
}
