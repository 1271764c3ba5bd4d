package jp.houjin.keycloak.testsuite.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * グループ詳細 (houjin-console-group.ftl): the group's users (氏名, ユーザーID), and for an admin its sub-groups,
 * rename, move and delete.
 */
public final class ConsoleGroupPage extends ConsolePage {

    public ConsoleGroupPage(WebDriver browser) {
        super(browser, "houjin-console-group");
    }

    public static ConsoleGroupPage at(WebDriver browser, String url) {
        return open(browser, ConsoleGroupPage::new, url);
    }

    public String name() {
        return text("houjin-group-name");
    }

    /** The users of the group as "userId 氏名", in order. */
    public List<String> users() {
        return browser.findElements(By.cssSelector("#houjin-group-users .houjin-group-user")).stream()
                .map(row -> row.findElement(By.className("houjin-group-user-id")).getText() + " "
                        + row.findElement(By.className("houjin-group-user-name")).getText())
                .toList();
    }

    /** The ids of the groups the move offers. */
    public List<String> moveTargets() {
        return browser.findElements(By.cssSelector("#houjin-group-move option")).stream()
                .map(o -> o.getDomAttribute("value")).toList();
    }

    public ConsoleGroupPage rename(String name) {
        fill(Map.of("name", name));
        return clickTo("houjin-group-rename-submit", ConsoleGroupPage::new);
    }

    /**
     * Moves the group under another (its id). The move select offers only allowed places, so a forbidden target is
     * put in as a page forged by hand would.
     */
    public ConsoleGroupPage move(String parentId) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var s = document.querySelector('#houjin-group-move select');"
                        + "var o = document.createElement('option'); o.value = arguments[0]; s.appendChild(o); s.value = arguments[0];",
                parentId);
        return clickTo("houjin-group-move-submit", ConsoleGroupPage::new);
    }

    /** 削除 of an empty group: グループ一覧 comes back with its message. */
    public ConsoleGroupsPage delete() {
        return clickTo("houjin-group-delete", ConsoleGroupsPage::new);
    }

    /** 削除 refused: this page again with the message. */
    public ConsoleGroupPage deleteRefused() {
        return clickTo("houjin-group-delete", ConsoleGroupPage::new);
    }

    /** Whether the admin's actions (rename, move, delete) are offered. */
    public boolean offersActions() {
        return has("houjin-group-rename");
    }
}
