package jp.houjin.keycloak.testsuite.pages;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** 法人登録 (houjin-console-corporation-new.ftl): 法人ID (or empty), name, kana, 法人番号, status. */
public final class ConsoleNewCorporationPage extends ConsolePage {

    public ConsoleNewCorporationPage(WebDriver browser) {
        super(browser, "houjin-console-corporation-new");
    }

    public static ConsoleNewCorporationPage at(WebDriver browser, String url) {
        return open(browser, ConsoleNewCorporationPage::new, url);
    }

    private void enter(String corporateId, String name, String kana, String corporateNumber, String status) {
        fill(Map.of("corporateId", corporateId, "name", name, "nameKana", kana, "corporateNumber", corporateNumber));
        new Select(browser.findElement(By.id("status"))).selectByValue(status);
    }

    /** Registers; 法人詳細 of the new corporation follows. */
    public ConsoleCorporationDetailPage create(String corporateId, String name, String kana, String corporateNumber,
            String status) {
        enter(corporateId, name, kana, corporateNumber, status);
        return clickTo("houjin-create-submit", ConsoleCorporationDetailPage::new);
    }

    /** Submits what is refused; this page comes back with its messages. */
    public ConsoleNewCorporationPage createRefused(String corporateId, String name, String kana, String corporateNumber) {
        enter(corporateId, name, kana, corporateNumber, "active");
        return clickTo("houjin-create-submit", ConsoleNewCorporationPage::new);
    }
}
