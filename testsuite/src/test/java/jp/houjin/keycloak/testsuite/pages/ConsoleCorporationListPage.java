package jp.houjin.keycloak.testsuite.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 法人一覧 (houjin-console-corporations.ftl), the operators' list: search, status filter, pages, rows. */
public final class ConsoleCorporationListPage extends ConsolePage {

    public ConsoleCorporationListPage(WebDriver browser) {
        super(browser, "houjin-console-corporations");
    }

    public static ConsoleCorporationListPage at(WebDriver browser, String url) {
        return open(browser, ConsoleCorporationListPage::new, url);
    }

    /** Searches for the text, with a status ("" for all, "active", "suspended", "pending"). */
    public ConsoleCorporationListPage search(String text, String status) {
        fill(Map.of("houjin-search", text));
        new Select(browser.findElement(By.id("houjin-status"))).selectByValue(status);
        return clickTo("houjin-search-submit", ConsoleCorporationListPage::new);
    }

    /** The 法人IDs of the rows on this page, in order. */
    public List<String> corporateIds() {
        return browser.findElements(By.cssSelector("#houjin-corporation-table .houjin-corporation-row")).stream()
                .map(row -> row.getDomAttribute("data-corporate-id")).toList();
    }

    public WebElement row(String corporateId) {
        return browser.findElement(By.cssSelector(
                "#houjin-corporation-table .houjin-corporation-row[data-corporate-id='" + corporateId + "']"));
    }

    public String count() {
        return text("houjin-corporation-count");
    }

    public boolean hasPage(String direction) {
        return has("houjin-page-" + direction);
    }

    public ConsoleCorporationListPage page(String direction) {
        return clickTo("houjin-page-" + direction, ConsoleCorporationListPage::new);
    }

    /** Whether 法人登録 is offered (manage-users only). */
    public boolean offersNewCorporation() {
        return has("houjin-add-corporation") || has("houjin-nav-new-corporation");
    }

    public ConsoleNewCorporationPage newCorporation() {
        return clickTo("houjin-add-corporation", ConsoleNewCorporationPage::new);
    }

    public ConsoleCorporationDetailPage open(String corporateId) {
        awaitNextPage(() -> row(corporateId).findElement(By.cssSelector("a.houjin-corporation-link")).click());
        return new ConsoleCorporationDetailPage(browser);
    }
}
