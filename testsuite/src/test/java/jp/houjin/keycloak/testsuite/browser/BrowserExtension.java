package jp.houjin.keycloak.testsuite.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium per test class (Japanese first unless {@link BrowserLanguage} says otherwise); cookies are cleared
 * after each test. A failing test leaves a screenshot and the page source under target/browser-failures/.
 */
public final class BrowserExtension implements ParameterResolver, TestWatcher, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    private record Session(ChromeDriver driver) implements AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return driver(extension);
    }

    private static ChromeDriver driver(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        String language = classContext.getRequiredTestClass().isAnnotationPresent(BrowserLanguage.class)
                ? classContext.getRequiredTestClass().getAnnotation(BrowserLanguage.class).value()
                : "ja";
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(Session.class, k -> new Session(Browser.start(language)), Session.class).driver();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getParent().isPresent() && c.getParent().get().getTestClass().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static ChromeDriver existing(ExtensionContext context) {
        Session session = classContext(context).getStore(NAMESPACE).get(Session.class, Session.class);
        return session == null ? null : session.driver();
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
