package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.userId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's own admin console (*Users → user → Details*) shows a directory user's ログイン状態 and 権限 by their
 * labels (user-profile {@code inputOptionLabels}, ja / en in one label so they read the same for every admin,
 * whatever realm the admin signed in to), not as the stored values {@code active} / {@code login_suspended}.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class AdminConsoleLabelsIT {

    @Test
    void givenADirectoryUserInTheAdminConsoleThenLoginStatusAndRoleShowTheirLabels(WebDriver browser,
            KeycloakServer server, AdminApi admin) {
        String id = userId(admin, "00000001:times_admin");
        Browser.clearAllCookies(browser);
        browser.get(server.baseUrl() + "/admin/master/console/#/partner-portal/users/" + id + "/settings");
        // The console's script replaces the page while it loads: a body read mid-way is stale, and read again.
        WebDriverWait wait = Browser.await(browser, Duration.ofSeconds(90));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(server.adminUsername());
        browser.findElement(By.id("password")).sendKeys(server.adminPassword());
        browser.findElement(By.id("kc-login")).click();
        wait.until(b -> b.findElement(By.tagName("body")).getText().contains("ログイン可 / Active"));
        wait.until(b -> b.findElement(By.tagName("body")).getText().contains("ログイン状態 / Login status"));
        String page = wait.until(b -> b.findElement(By.tagName("body")).getText());
        assertThat(page).contains("管理者 / Admin");
        browser.get("about:blank");
    }
}
