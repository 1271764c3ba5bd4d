package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * 法人連携 / 連携者一覧 (houjin-link.ftl), the account-link action: an individual asks with a corporate account's
 * address; the corporate account confirms or removes in its list.
 */
public final class LinkPage extends Page {

    public LinkPage(WebDriver browser) {
        super(browser, By.cssSelector("#houjin-link-done, #houjin-link-rows, #houjin-link-none, #houjin-link-requests, "
                + "#houjin-form-link"));
    }

    /** An individual asks for a link to the corporate account with this address. */
    public void request(String corporateEmail) {
        submit(Map.of("corporateEmail", corporateEmail), "houjin-link-submit");
    }

    /** 戻る on the done step: on to the client. */
    public void finish() {
        click("houjin-link-finish");
    }

    /** The corporate account confirms the first request of its list. */
    public void confirmFirstRequest() {
        click(By.cssSelector("#houjin-link-requests button[value=confirm]"));
    }

    /** The corporate account removes the first link of its list. */
    public void removeFirstLink() {
        click(By.cssSelector("#houjin-link-rows button[value=remove]"));
    }

    public String cell(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }
}
