package jp.houjin.keycloak.testsuite.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * 法人詳細 (houjin-console-corporation-detail.ftl): the corporation's fields and, for an operator with manage-users,
 * its actions; after an action the same page comes back with its message (or 法人一覧, after a deletion).
 */
public final class ConsoleCorporationDetailPage extends ConsolePage {

    /** The buttons of write actions, none of which a view-only operator may see. */
    public static final List<String> WRITE_BUTTONS = List.of("houjin-suspend-corporation", "houjin-resume-corporation",
            "houjin-discard-signup", "houjin-issue-access-key", "houjin-delete-corporation", "houjin-update-submit",
            "houjin-verification-submit", "houjin-delete-confirm");

    public ConsoleCorporationDetailPage(WebDriver browser) {
        super(browser, "houjin-console-corporation-detail");
    }

    public static ConsoleCorporationDetailPage at(WebDriver browser, String url) {
        return open(browser, ConsoleCorporationDetailPage::new, url);
    }

    /** A field: corporateId, name, kana, corporateNumber, bankAccount, accessKey, status, users, created. */
    public String field(String name) {
        return text("houjin-detail-" + name);
    }

    /** The write buttons shown on this page. */
    public List<String> writeButtons() {
        return WRITE_BUTTONS.stream().filter(this::has).toList();
    }

    public ConsoleCorporationDetailPage suspend() {
        return clickTo("houjin-suspend-corporation", ConsoleCorporationDetailPage::new);
    }

    public ConsoleCorporationDetailPage resume() {
        return clickTo("houjin-resume-corporation", ConsoleCorporationDetailPage::new);
    }

    /** 申込みを破棄する, offered only while the corporation awaits its 本登録. */
    public ConsoleCorporationListPage discardSignup() {
        return clickTo("houjin-discard-signup", ConsoleCorporationListPage::new);
    }

    /** Sends the form of {@code button} with another {@code action} in it, as a hand-made request would. */
    public ConsoleCorporationDetailPage sendAs(String button, String action) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].form.querySelector('input[name=action]').value = arguments[1];",
                browser.findElement(By.id(button)), action);
        return clickTo(button, ConsoleCorporationDetailPage::new);
    }

    public ConsoleCorporationDetailPage issueAccessKey() {
        return clickTo("houjin-issue-access-key", ConsoleCorporationDetailPage::new);
    }

    /** The アクセスキー shown once; "" when none. */
    public String issuedAccessKey() {
        return has("houjin-issued-access-key") ? text("houjin-issued-access-key") : "";
    }

    public ConsoleCorporationDetailPage rename(String name, String kana) {
        fill(Map.of("name", name, "nameKana", kana));
        return clickTo("houjin-update-submit", ConsoleCorporationDetailPage::new);
    }

    public ConsoleCorporationDetailPage setVerification(String corporateNumber, String bankAccountNumber) {
        fill(Map.of("corporateNumber", corporateNumber, "bankAccountNumber", bankAccountNumber));
        return clickTo("houjin-verification-submit", ConsoleCorporationDetailPage::new);
    }

    /** 削除: the page asks for the 法人ID once more. */
    public ConsoleCorporationDetailPage delete() {
        return clickTo("houjin-delete-corporation", ConsoleCorporationDetailPage::new);
    }

    public boolean asksToDelete() {
        return has("houjin-delete-question");
    }

    /** Types the 法人ID again and deletes; 法人一覧 follows. */
    public ConsoleCorporationListPage confirmDelete(String corporateId) {
        fill(Map.of("confirmCorporateId", corporateId));
        return clickTo("houjin-delete-confirm", ConsoleCorporationListPage::new);
    }

    /** Types a wrong 法人ID; this page comes back with the refusal. */
    public ConsoleCorporationDetailPage confirmDeleteRefused(String typed) {
        fill(Map.of("confirmCorporateId", typed));
        return clickTo("houjin-delete-confirm", ConsoleCorporationDetailPage::new);
    }

    /** The IP allow-list entries shown. */
    public List<String> ipAllowListEntries() {
        return browser.findElements(By.cssSelector("#houjin-ip-allow-list .houjin-ip-entry")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The user IDs of the pending invitations listed. */
    public List<String> invitedUserIds() {
        return browser.findElements(By.cssSelector("#houjin-invitations .houjin-invitation-row")).stream()
                .map(e -> e.getDomAttribute("data-user-id")).toList();
    }

    /** The corporation's スタッフ一覧, in the operator's scope. */
    public ConsoleStaffListPage staff() {
        return clickTo("houjin-corporation-staff", ConsoleStaffListPage::new);
    }
}
