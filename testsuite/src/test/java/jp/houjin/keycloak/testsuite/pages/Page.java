package jp.houjin.keycloak.testsuite.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.houjin.keycloak.testsuite.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page of the login theme. A page object is made once its page shows (the constructor waits for the element that
 * identifies it); {@link #click} waits until the browser has left the page, and the caller then makes the page object
 * of the page it expects next.
 */
public abstract class Page {

    protected final WebDriver browser;
    protected final WebDriverWait wait;

    protected Page(WebDriver browser, By shown) {
        this.browser = browser;
        this.wait = Browser.await(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(shown));
    }

    /** Opens a URL (a link from a mail, a client's authorization request) and makes the page object of where it leads. */
    public static <P extends Page> P open(WebDriver browser, Function<WebDriver, P> page, String url) {
        browser.get(url);
        return page.apply(browser);
    }

    /** Clicks and waits for the next page. */
    public void click(By button) {
        awaitNextPage(() -> browser.findElement(button).click());
    }

    /**
     * Whether an element has left the document. Selenium's {@code stalenessOf} knows only the stale-element error;
     * Chromium answers a node removed in the middle of the navigation with "does not belong to the document", which
     * means the same.
     */
    private static boolean isGone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Does what leaves this page, then waits until the old page's {@code <html>} is gone. */
    protected void awaitNextPage(Runnable leave) {
        WebElement old = browser.findElement(By.tagName("html"));
        leave.run();
        wait.until(driver -> isGone(old));
    }

    public void click(String id) {
        click(By.id(id));
    }

    /** Clicks and returns the page object of the page that follows. */
    protected <P extends Page> P clickTo(String id, Function<WebDriver, P> next) {
        click(id);
        return next.apply(browser);
    }

    /** The 戻る button of the pages reached from the sign-in page. */
    public CorporateLoginPage back() {
        return clickTo("houjin-back", CorporateLoginPage::new);
    }

    /**
     * Puts each value into the field with that id, replacing what it held (an empty value leaves it empty); a select
     * takes the option with that value. Text fields are filled in one script call for all of them — the value set as
     * a person's typing leaves it, then the {@code input} and {@code change} events the page's scripts listen to —
     * because typing key by key cost about 10 ms per character, thousands of times a run. What typing would do
     * differently still goes key by key through WebDriver: a value longer than the field's {@code maxlength} (typing
     * stops there), a field that is hidden, disabled or read-only (typing is refused), a line break in a one-line
     * field (it submits) or a WebDriver key code. Typing itself is tested with {@link #typePassword}.
     */
    public void fill(Map<String, String> values) {
        List<List<String>> pairs = values.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
        List<?> byKeys = (List<?>) ((JavascriptExecutor) browser).executeScript(FILL, pairs);
        for (Object index : byKeys) {
            List<String> pair = pairs.get(((Number) index).intValue());
            WebElement field = browser.findElement(By.id(pair.get(0)));
            if ("select".equalsIgnoreCase(field.getTagName())) {
                new org.openqa.selenium.support.ui.Select(field).selectByValue(pair.get(1));
                continue;
            }
            field.clear();
            if (!pair.get(1).isEmpty()) {
                field.sendKeys(pair.get(1));
            }
        }
    }

    /** {@link #fill}'s script: sets what it can, returns the indexes of the pairs left to WebDriver. */
    private static final String FILL = """
            var left = [];
            arguments[0].forEach(function (pair, i) {
              var field = document.getElementById(pair[0]), value = pair[1];
              var input = field && field.tagName === 'INPUT', area = field && field.tagName === 'TEXTAREA';
              var settable = (input && ['text', 'password', 'email', 'search', 'url'].indexOf(field.type) >= 0) || area;
              if (!settable || field.disabled || field.readOnly || field.getClientRects().length === 0
                  || getComputedStyle(field).visibility !== 'visible'
                  || (field.maxLength >= 0 && value.length > field.maxLength)
                  || /[\\uE000-\\uF8FF]/.test(value) || (input && /[\\r\\n]/.test(value))) {
                left.push(i);
                return;
              }
              field.focus();
              var proto = input ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
              Object.getOwnPropertyDescriptor(proto, 'value').set.call(field, value);
              field.dispatchEvent(new Event('input', {bubbles: true}));
              field.dispatchEvent(new Event('change', {bubbles: true}));
            });
            return left;
            """;

    /** Fills the fields and submits with this button. */
    public void submit(Map<String, String> values, String button) {
        fill(values);
        click(button);
    }

    /** Fills the fields, ticks the terms box or not, and submits with this button. */
    protected void submit(Map<String, String> values, boolean acceptTerms, String termsBox, By button) {
        fill(values);
        check(termsBox, acceptTerms);
        click(button);
    }

    /** Ticks or unticks a checkbox. */
    public void check(String id, boolean checked) {
        WebElement box = browser.findElement(By.id(id));
        if (box.isSelected() != checked) {
            box.click();
        }
    }

    /** The page's message: the alert above the form, or the message of Keycloak's error page; "" when none. */
    public String error() {
        List<WebElement> alerts = browser.findElements(By.cssSelector(".pf-v5-c-alert .kc-feedback-text, .pf-v5-c-alert__title"));
        if (alerts.isEmpty()) {
            alerts = browser.findElements(By.cssSelector("#kc-error-message .instruction, #kc-error-message p"));
        }
        return alerts.isEmpty() ? "" : alerts.get(0).getText().strip();
    }

    /** The message under one field; "" when none. */
    public String fieldError(String field) {
        List<WebElement> error = browser.findElements(By.id("input-error-container-" + field));
        return error.isEmpty() ? "" : error.get(0).getText().strip();
    }

    /** The page title (the heading every template of the layout shows). */
    public String title() {
        return browser.findElement(By.id("kc-page-title")).getText().strip();
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** Types into the password field ({@code password}) after what it holds, key by key as a person does. */
    public void typePassword(String keys) {
        browser.findElement(By.id("password")).sendKeys(keys);
    }

    public void clearPassword() {
        browser.findElement(By.id("password")).clear();
    }

    /** The realm's password rules listed under the password field (houjin-fields.ftl's passwordRules). */
    public String passwordRules() {
        return text("houjin-password-rules");
    }

    /** Each rule of that list and its state (pending, ok, ng), in list order. */
    public Map<String, String> ruleStates() {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        browser.findElements(By.cssSelector("#houjin-password-rules li"))
                .forEach(li -> states.put(li.getDomAttribute("data-rule"), li.getDomAttribute("data-state")));
        return states;
    }

    /** An attribute of the element with this id, as written in the page (e.g. a link's {@code href}). */
    public String attribute(String id, String name) {
        return browser.findElement(By.id(id)).getDomAttribute(name);
    }

    public String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** What a field holds. */
    public String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    public boolean has(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** How many elements match a CSS selector. */
    public int count(String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }

    public String source() {
        return browser.getPageSource();
    }
}
