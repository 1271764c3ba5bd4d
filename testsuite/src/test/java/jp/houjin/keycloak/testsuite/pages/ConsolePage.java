package jp.houjin.keycloak.testsuite.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A page of 法人管理 (houjin-console.ftl): its title, its message, the navigation and the language switch. */
public abstract class ConsolePage extends Page {

    protected ConsolePage(WebDriver browser, String bodyId) {
        super(browser, By.cssSelector("body#" + bodyId));
    }

    /** {@code /realms/partner-portal/houjin/console/<path>} on this server. */
    public static String url(String realmUrl, String path) {
        return realmUrl + "/houjin/console/" + path;
    }

    @Override
    public String title() {
        return text("houjin-console-title");
    }

    /** The page's message (success, refusal); "" when none. */
    public String message() {
        List<WebElement> message = browser.findElements(By.cssSelector("#houjin-console-message .pf-v5-c-alert__title"));
        return message.isEmpty() ? "" : message.get(0).getText().strip();
    }

    public String corporation() {
        return text("houjin-console-corporation");
    }

    public ConsoleStaffListPage staffList() {
        return clickTo("houjin-nav-staff", ConsoleStaffListPage::new);
    }

    public ConsoleGroupsPage groups() {
        return clickTo("houjin-nav-groups", ConsoleGroupsPage::new);
    }

    /** 所属グループ: グループ詳細 of the signed-in user's own group (every user has the link). */
    public ConsoleGroupPage myGroup() {
        return clickTo("houjin-nav-my-group", ConsoleGroupPage::new);
    }

    public ConsoleNewStaffPage newStaff() {
        return clickTo("houjin-nav-new", ConsoleNewStaffPage::new);
    }

    public ConsoleIpAllowListPage ipAllowList() {
        return clickTo("houjin-nav-ip", ConsoleIpAllowListPage::new);
    }

    /** The link to 連携者一覧 (its href; the page itself belongs to the account-link tests). */
    public String linksHref() {
        return browser.findElement(By.id("houjin-nav-links")).getDomAttribute("href");
    }

    /** Removes the CSRF token from every form of the page, as a forged cross-site form would lack it. */
    public void dropCsrfToken() {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=csrf]').forEach(function (e) { e.remove(); });");
    }
}
