package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.browser.Browser;
import jp.houjin.keycloak.testsuite.browser.BrowserExtension;
import jp.houjin.keycloak.testsuite.oidc.AuthorizationCodeClient;
import jp.houjin.keycloak.testsuite.pages.CorporateLoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * {@code dist/demo.sh} as a newcomer runs it: twice in a row (issue 15: the second run used to exit 2 because the
 * JAR was copied again and Keycloak saw a provider newer than its build). Each run must serve the realm and sign in
 * 00000001 / times_user001 through the form. The script runs on a free port ({@code DEMO_PORT}) with its state under
 * target/ ({@code DEMO_DIR}), so a developer's own demo is left alone. Runs once per test run (H2 pass only).
 */
@ExtendWith(BrowserExtension.class)
class DemoScriptIT {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(8);

    @Test
    void givenTheDemoStartedTwiceInARowThenEachRunServesTheRealmAndSignsIn(WebDriver browser) throws Exception {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Path out = Path.of(System.getProperty("test.output.dir", "target")).toAbsolutePath();
        Path demoDir = out.resolve("demo-script");
        int port = freePort();

        String first = runAndSignIn(browser, root, demoDir, port, out.resolve("demo-script-run1.log"));
        assertThat(first).contains("==> kc.sh build").doesNotContain("kc.sh build skipped");

        String second = runAndSignIn(browser, root, demoDir, port, out.resolve("demo-script-run2.log"));
        assertThat(second).contains("kc.sh build skipped").doesNotContain("A provider JAR was updated");
    }

    private static String runAndSignIn(WebDriver browser, Path root, Path demoDir, int port, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("dist/demo.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DEMO_PORT", Integer.toString(port));
        builder.environment().put("DEMO_DIR", demoDir.toString());
        Process demo = builder.start();
        try {
            String realmUrl = "http://localhost:" + port + "/realms/partner-portal";
            awaitServing(demo, realmUrl, log);

            AuthorizationCodeClient client = new AuthorizationCodeClient(realmUrl);
            CorporateLoginPage.at(browser, client.authorizationUrl()).signIn("00000001", "times_user001", "Times#Pass2026");
            JsonNode claims = client.awaitAccessTokenClaims(browser);
            assertThat(claims.get("preferred_username").asText()).isEqualTo("00000001:times_user001");
            Browser.clearAllCookies(browser);
        } finally {
            stop(demo);
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static void awaitServing(Process demo, String realmUrl, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant started = Instant.now();
        while (Duration.between(started, Instant.now()).compareTo(READY_TIMEOUT) < 0) {
            if (!demo.isAlive()) {
                throw new AssertionError("demo.sh exited with " + demo.exitValue() + " without serving:\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            demo.waitFor(1, TimeUnit.SECONDS);
        }
        throw new AssertionError("demo.sh did not serve " + realmUrl + " within " + READY_TIMEOUT + ":\n" + tail(log));
    }

    /** As Ctrl-C does: the script and Keycloak under it stop, and the port is free for the next run. */
    private static void stop(Process demo) throws Exception {
        // Taken before anything stops: a child whose parent is gone is no longer a descendant.
        List<ProcessHandle> tree = demo.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        demo.destroy();
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                p.destroyForcibly();
            }
        }
        if (!demo.waitFor(30, TimeUnit.SECONDS)) {
            demo.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
