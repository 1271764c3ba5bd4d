package jp.houjin.keycloak.testsuite.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** グループ一覧 (houjin-console-groups.ftl): the tree with member counts, and a new サブグループ. */
public final class ConsoleGroupsPage extends ConsolePage {

    public ConsoleGroupsPage(WebDriver browser) {
        super(browser, "houjin-console-groups");
    }

    public static ConsoleGroupsPage at(WebDriver browser, String url) {
        return open(browser, ConsoleGroupsPage::new, url);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#houjin-group-table .houjin-group-row"));
    }

    /** Each row as "name (level) members", in the order shown. */
    public List<String> tree() {
        return rows().stream().map(row -> row.findElement(By.className("houjin-group-link")).getText() + " ("
                + row.getDomAttribute("data-level") + ") " + row.findElement(By.className("houjin-group-members")).getText())
                .toList();
    }

    /** The id of the group shown with this name. */
    public String groupId(String name) {
        return rows().stream().filter(row -> row.findElement(By.className("houjin-group-link")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + name)).getDomAttribute("data-group-id");
    }

    /** A new サブグループ under the parent (its id); this page comes back with its message. */
    public ConsoleGroupsPage create(String parentId, String name) {
        fill(Map.of("parentId", parentId, "name", name));
        return clickTo("houjin-group-create", ConsoleGroupsPage::new);
    }

    public ConsoleGroupPage open(String name) {
        String id = groupId(name);
        awaitNextPage(() -> browser.findElement(By.cssSelector(".houjin-group-row[data-group-id='" + id + "'] a")).click());
        return new ConsoleGroupPage(browser);
    }
}
