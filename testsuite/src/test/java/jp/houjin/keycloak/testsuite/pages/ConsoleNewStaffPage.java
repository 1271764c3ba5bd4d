package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.WebDriver;

/** スタッフ追加 (houjin-console-staff-new.ftl). */
public final class ConsoleNewStaffPage extends ConsolePage {

    public ConsoleNewStaffPage(WebDriver browser) {
        super(browser, "houjin-console-staff-new");
    }

    /** Fills userId, lastName, firstName, kanaLastName, kanaFirstName, email (those given) and submits. */
    public void add(Map<String, String> values) {
        submit(values, "houjin-add-submit");
    }

    /** After a successful {@link #add}: the new user's page, with the 仮パスワード. */
    public ConsoleStaffDetailPage added() {
        return new ConsoleStaffDetailPage(browser);
    }

    /** After a refused {@link #add}: this page again, with the message and the field messages. */
    public ConsoleNewStaffPage refused() {
        return new ConsoleNewStaffPage(browser);
    }
}
