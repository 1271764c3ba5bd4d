package jp.houjin.keycloak.testsuite.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * IPアドレス制限 (houjin-console-ip-allow-list.ftl): the stored ranges, the admin's current address, the box with one
 * range a line, the named bad lines, and the box to tick that confirms shutting out the current address.
 */
public final class ConsoleIpAllowListPage extends ConsolePage {

    public ConsoleIpAllowListPage(WebDriver browser) {
        super(browser, "houjin-console-ip-allow-list");
    }

    public static ConsoleIpAllowListPage at(WebDriver browser, String url) {
        return open(browser, ConsoleIpAllowListPage::new, url);
    }

    /** The current address as the page shows it. */
    public String currentAddress() {
        return text("houjin-ip-current");
    }

    /** The stored ranges, each as "range family" (e.g. "203.0.113.0/24 IPv4"). */
    public List<String> ranges() {
        return browser.findElements(By.cssSelector("#houjin-ip-table .houjin-ip-row")).stream()
                .map(row -> String.join(" ", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
                .toList();
    }

    /** What the box holds. */
    public String entries() {
        return value("houjin-ip-entries");
    }

    /** Replaces the box's text (one range a line) and saves; the same page comes back with its message. */
    public ConsoleIpAllowListPage save(String lines) {
        fill(Map.of("houjin-ip-entries", lines));
        return clickTo("houjin-ip-save", ConsoleIpAllowListPage::new);
    }

    /** The bad lines' messages, in order. */
    public List<String> problems() {
        return browser.findElements(By.cssSelector("#houjin-ip-problems .houjin-ip-problem")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Whether the page asks to confirm shutting out the current address. */
    public boolean asksToConfirm() {
        return has("houjin-ip-confirm");
    }

    /** The confirmation's label (it names the address). */
    public String confirmation() {
        return browser.findElement(By.cssSelector("label[for=houjin-ip-confirm]")).getText().strip();
    }

    /** Ticks the confirmation and saves the box as it stands. */
    public ConsoleIpAllowListPage confirmAndSave() {
        check("houjin-ip-confirm", true);
        return clickTo("houjin-ip-save", ConsoleIpAllowListPage::new);
    }
}
