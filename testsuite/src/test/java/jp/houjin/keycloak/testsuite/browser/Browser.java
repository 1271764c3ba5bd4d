package jp.houjin.keycloak.testsuite.browser;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium through Debian's chromedriver, headless; Selenium Manager is never asked to download. */
public final class Browser {

    static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1024;

    private Browser() {
    }

    /**
     * Clears the cookies of every site (Selenium's deleteAllCookies only clears the current page's domain). The page is
     * left for about:blank first: a page still running (the account console exchanging its code, a redirect in flight)
     * could otherwise store a cookie after the clear — an SSO cookie that made a later sign-in page never appear.
     */
    public static void clearAllCookies(WebDriver browser) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.get("about:blank");
        for (int attempt = 0; attempt < 5; attempt++) {
            chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            Object left = chrome.executeCdpCommand("Storage.getCookies", java.util.Map.of()).get("cookies");
            if (left instanceof java.util.Collection<?> cookies && cookies.isEmpty()) {
                return;
            }
        }
        throw new IllegalStateException("The browser kept cookies after five clears");
    }

    /**
     * Makes a browser used before look new to the next test class: one new tab (the old tabs and their session storage
     * closed), the window size every class starts with, no cookies.
     */
    public static void freshTab(ChromeDriver chrome) {
        chrome.switchTo().newWindow(WindowType.TAB);
        String fresh = chrome.getWindowHandle();
        for (String handle : chrome.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                chrome.switchTo().window(handle);
                chrome.close();
            }
        }
        chrome.switchTo().window(fresh);
        chrome.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        clearAllCookies(chrome);
    }

    /**
     * A wait on what the browser shows, checked every 50 ms (Selenium's default is every 500 ms: a page that is not
     * there at the first look cost half a second, hundreds of times a run).
     */
    public static WebDriverWait await(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    public static ChromeDriver start(String acceptLanguage) {
        File driver = new File(CHROMEDRIVER);
        if (!driver.canExecute()) {
            throw new IllegalStateException(CHROMEDRIVER + " is missing: install Debian's chromium-driver (testsuite/run-tests.sh does)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + acceptLanguage);
        // What a browser under test does not need, as automation tools switch it off (Puppeteer's defaults): measured
        // here on a sign-in and four console pages, interleaved 8 times with the flags above alone, it took a fifth
        // off the time (2.03 -> 1.64 s) and a third off Chromium's CPU (1.68 -> 1.08 s). The test pages are all on
        // one origin, so a process per site, the back-forward cache and paint holding only cost.
        options.addArguments("--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,"
                        + "AutofillServerCommunication,PasswordLeakDetection,BackForwardCache,PaintHolding,IsolateOrigins,"
                        + "site-per-process",
                "--disable-site-isolation-trials", "--disable-client-side-phishing-detection", "--disable-default-apps",
                "--disable-hang-monitor", "--disable-ipc-flooding-protection", "--disable-popup-blocking",
                "--disable-prompt-on-repost", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--disable-breakpad", "--disable-domain-reliability", "--metrics-recording-only", "--password-store=basic",
                "--use-mock-keychain", "--mute-audio", "--disable-search-engine-choice-screen");
        // The test proxy's https certificate comes from the test CA, which this Chromium has no store to trust.
        options.setAcceptInsecureCerts(true);
        // No password manager or autofill: they parse every form and offer to save every password the tests type.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage,
                "credentials_enable_service", false, "profile.password_manager_enabled", false,
                "autofill.profile_enabled", false, "autofill.credit_card_enabled", false));
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }
}
