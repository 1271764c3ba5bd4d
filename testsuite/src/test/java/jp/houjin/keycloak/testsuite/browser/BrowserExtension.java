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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium per test class (Japanese first unless {@link BrowserLanguage} says otherwise); cookies are cleared
 * after each test. A failing test leaves a screenshot and the page source under target/browser-failures/.
 */
public final class BrowserExtension extends PerClassResource<ChromeDriver> implements TestWatcher, AfterEachCallback {

    public BrowserExtension() {
        super(WebDriver.class);
    }

    @Override
    protected ChromeDriver open(ExtensionContext classContext) {
        BrowserLanguage language = classContext.getRequiredTestClass().getAnnotation(BrowserLanguage.class);
        return Browser.start(language != null ? language.value() : "ja");
    }

    @Override
    protected void close(ChromeDriver driver) {
        driver.quit();
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
