package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.WebDriver;

/**
 * スタッフ詳細 (houjin-console-staff-detail.ftl): the user's fields and the actions; after an action the same page
 * comes back with its message (or the list, after a deletion).
 */
public final class ConsoleStaffDetailPage extends ConsolePage {

    public ConsoleStaffDetailPage(WebDriver browser) {
        super(browser, "houjin-console-staff-detail");
    }

    public static ConsoleStaffDetailPage at(WebDriver browser, String url) {
        return open(browser, ConsoleStaffDetailPage::new, url);
    }

    /** A field: userId, name, kana, email, group, role, status, created. */
    public String field(String name) {
        return text("houjin-detail-" + name);
    }

    /** The actions of the page, by their buttons; each comes back to this page with its message. */
    public enum Action {
        SUSPEND("houjin-suspend"), RESUME("houjin-resume"), RESET_PASSWORD("houjin-reset-password"),
        MAKE_ADMIN("houjin-make-admin"), MAKE_MEMBER("houjin-make-member"), MAKE_GROUP_ADMIN("houjin-make-group-admin"),
        RESEND_INVITATION("houjin-resend-invitation"),
        REVOKE_INVITATION("houjin-revoke-invitation");

        private final String button;

        Action(String button) {
            this.button = button;
        }
    }

    public ConsoleStaffDetailPage act(Action action) {
        return clickTo(action.button, ConsoleStaffDetailPage::new);
    }

    /** Whether the action's button is offered. */
    public boolean offers(Action action) {
        return has(action.button);
    }

    /** Moves the user to the group (its id); the same page comes back with its message. */
    public ConsoleStaffDetailPage changeGroup(String groupId) {
        fill(java.util.Map.of("groupId", groupId));
        return clickTo("houjin-change-group-submit", ConsoleStaffDetailPage::new);
    }

    /** The ids of the groups the user may be moved to. */
    public java.util.List<String> groupChoices() {
        return browser.findElements(org.openqa.selenium.By.cssSelector("#groupId option")).stream().map(o -> o.getDomAttribute("value"))
                .toList();
    }

    /** 削除: the same page asks once more. */
    public ConsoleStaffDetailPage delete() {
        return clickTo("houjin-delete", ConsoleStaffDetailPage::new);
    }

    public boolean asksToDelete() {
        return has("houjin-delete-question");
    }

    public ConsoleStaffListPage confirmDelete() {
        return clickTo("houjin-delete-confirm", ConsoleStaffListPage::new);
    }

    /** The 仮パスワード shown once; "" when none. */
    public String issuedPassword() {
        return has("houjin-issued-password") ? text("houjin-issued-password") : "";
    }
}
