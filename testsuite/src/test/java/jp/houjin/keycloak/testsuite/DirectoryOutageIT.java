package jp.houjin.keycloak.testsuite;

import static jp.houjin.keycloak.testsuite.support.RealmAdmin.lastLoginError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.KeycloakServer;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The business database goes away while Keycloak runs: the sign-in page says so plainly, an event records it, and
 * sign-in works again once the database is back. Runs only in the PostgreSQL execution (testsuite/pom.xml), where
 * the directory is a separate server that can refuse connections; Keycloak's own database stays up.
 */
@RealKeycloak
@ExtendWith(BrowserExtension.class)
class DirectoryOutageIT {

    private static void psql(String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-c", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
    }

    @Test
    void givenTheDirectoryDatabaseDownThenSignInSaysSoAndRecoversAfterwards(WebDriver browser, KeycloakServer server,
            AdminApi admin) throws Exception {
        CorporateLoginPage page = CorporateLoginPage.viaAccountConsole(browser, server);
        try {
            psql("ALTER DATABASE test ALLOW_CONNECTIONS false");
            psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'test' AND pid <> pg_backend_pid()");
            page.signIn("00000001", "times_user001", "Times#Pass2026");
            assertThat(page.error()).isEqualTo("現在ログインできません。しばらくしてから再度お試しください。");
            assertThat(lastLoginError(admin, "00000001:times_user001").get("error").asText())
                    .isEqualTo("directory_unavailable");
        } finally {
            psql("ALTER DATABASE test ALLOW_CONNECTIONS true");
        }
        // The pool still holds the connections the outage killed; each sign-in that draws one answers 「現在ログイン
        // できません」 once and drops it (agroal also validates idle connections in the background). Count them, bounded,
        // with sign-ins that report the directory's state (a user search would quietly leave the directory out).
        int failedAfterRecovery = 0;
        while (!CurlLogin.redirectedWithCode(CurlLogin.signIn(server, null, null, "00000001", "times_user001",
                "Times#Pass2026"))) {
            failedAfterRecovery++;
            assertThat(failedAfterRecovery).as("sign-ins failing after the database came back").isLessThan(100);
        }
        System.out.printf("Directory answered again after %d failed sign-ins%n", failedAfterRecovery);
        CorporateLoginPage again = CorporateLoginPage.viaAccountConsole(browser, server);
        again.signIn("00000001", "times_user001", "Times#Pass2026");
        assertThat(browser.getCurrentUrl()).contains("/account");
    }
}
