package jp.houjin.keycloak.testsuite.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** スタッフ一覧 (houjin-console-staff.ftl): search, status filter, pages, rows. */
public final class ConsoleStaffListPage extends ConsolePage {

    public ConsoleStaffListPage(WebDriver browser) {
        super(browser, "houjin-console-staff");
    }

    public static ConsoleStaffListPage at(WebDriver browser, String url) {
        return open(browser, ConsoleStaffListPage::new, url);
    }

    /** Searches for the text, with a status ("" for all, "active", "login_suspended"). */
    public ConsoleStaffListPage search(String text, String status) {
        fill(Map.of("houjin-search", text));
        new Select(browser.findElement(By.id("houjin-status"))).selectByValue(status);
        return clickTo("houjin-search-submit", ConsoleStaffListPage::new);
    }

    /** Only users of this group and its sub-groups ("" for all groups), with the search box as it is. */
    public ConsoleStaffListPage filterGroup(String groupId) {
        new Select(browser.findElement(By.id("group"))).selectByValue(groupId);
        return clickTo("houjin-search-submit", ConsoleStaffListPage::new);
    }

    /** The user IDs of the rows on this page, in order. */
    public List<String> userIds() {
        return browser.findElements(By.cssSelector("#houjin-staff-table .houjin-staff-row")).stream()
                .map(row -> row.getDomAttribute("data-user-id")).toList();
    }

    /** The row of one user: its cells' text. */
    public WebElement row(String userId) {
        return browser.findElement(By.cssSelector("#houjin-staff-table .houjin-staff-row[data-user-id='" + userId + "']"));
    }

    public String count() {
        return text("houjin-staff-count");
    }

    /** Whether there is a page in that direction: {@code "next"} or {@code "previous"}. */
    public boolean hasPage(String direction) {
        return has("houjin-page-" + direction);
    }

    /** The next or previous page ({@code "next"}, {@code "previous"}). */
    public ConsoleStaffListPage page(String direction) {
        return clickTo("houjin-page-" + direction, ConsoleStaffListPage::new);
    }

    public ConsoleStaffDetailPage open(String userId) {
        awaitNextPage(() -> row(userId).findElement(By.cssSelector("a.houjin-staff-link")).click());
        return new ConsoleStaffDetailPage(browser);
    }
}
