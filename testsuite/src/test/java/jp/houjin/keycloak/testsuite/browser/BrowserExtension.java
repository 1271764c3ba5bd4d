package jp.houjin.keycloak.testsuite.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.houjin.keycloak.testsuite.support.PerClassResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium per language for the whole run (Japanese first unless {@link BrowserLanguage} says otherwise): starting
 * Chromium costs seconds of CPU, and every test class used to start its own. Each class gets it as a fresh browser —
 * a new tab (no session storage of the previous class), the default window size, no cookies — and cookies are cleared
 * after each test. A failing test leaves a screenshot and the page source under target/browser-failures/.
 */
public final class BrowserExtension extends PerClassResource<ChromeDriver> implements TestWatcher, AfterEachCallback {

    public BrowserExtension() {
        super(WebDriver.class);
    }

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(BrowserExtension.class, "run");

    /** The run's Chromium of one language, quit when the run ends. */
    private record Shared(ChromeDriver driver) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }

    @Override
    protected ChromeDriver open(ExtensionContext classContext) {
        BrowserLanguage annotation = classContext.getRequiredTestClass().getAnnotation(BrowserLanguage.class);
        String language = annotation != null ? annotation.value() : "ja";
        ExtensionContext.Store run = classContext.getRoot().getStore(RUN);
        Shared shared = run.getOrComputeIfAbsent(language, l -> new Shared(Browser.start(l)), Shared.class);
        try {
            Browser.freshTab(shared.driver());
            return shared.driver();
        } catch (WebDriverException e) {
            // The previous class left it unusable (a crashed tab, a dead driver): start another.
            // getMessage() may be null; only its first line is of use in the log.
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            System.out.println("Starting a new Chromium: the shared one no longer answers (" + why + ")");
            run.remove(language, Shared.class);
            try {
                shared.driver().quit();
            } catch (WebDriverException ignored) {
                // already gone
            }
            Shared fresh = new Shared(Browser.start(language));
            run.put(language, fresh);
            return fresh.driver();
        }
    }

    @Override
    protected void close(ChromeDriver driver) {
        // The run's browser stays open for the next class (see Shared).
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ChromeDriver driver = existing(context);
        if (driver != null && context.getExecutionException().isEmpty()) {
            Browser.clearAllCookies(driver);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ChromeDriver driver = existing(context);
        if (driver == null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("test.output.dir", "target"), "browser-failures");
            Files.createDirectories(dir);
            String name = (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName())
                    .replaceAll("[^A-Za-z0-9_.-]+", "_");
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
            System.out.println("Browser state saved to " + dir.resolve(name) + ".{png,html}");
        } catch (IOException | RuntimeException e) {
            System.out.println("Could not save the browser state: " + e);
        }
        Browser.clearAllCookies(driver);
    }
}
