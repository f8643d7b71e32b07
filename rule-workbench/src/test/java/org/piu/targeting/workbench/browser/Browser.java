package org.piu.targeting.workbench.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: set explicitly, so that Selenium never downloads a
 * browser or driver of its own (this machine cannot, and a test must not).
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    /** A browser that asks for English pages, as the other tests expect. */
    Browser() {
        this("en-US,en");
    }

    /** @param acceptLanguage the languages the browser asks for, as a user sets them ({@code ro-MD,ro}) */
    Browser(String acceptLanguage) {
        try {
            profile = Files.createTempDirectory("piu-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,900",
                "--lang=" + acceptLanguage.split(",")[0],
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    WebElement await(By locator, Duration timeout) {
        // Vaadin may render an element again while it is looked at (the client bootstraps while the view attaches)
        return new WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var found = d.findElements(locator);
                    return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
                });
    }

    /**
     * Fills in and submits the login form. Vaadin may render the form again right after it appears (the client
     * bootstraps while the first view attaches), which leaves elements found a moment earlier stale: the whole
     * sign-in is retried on fresh elements until it goes through.
     */
    void signIn(String user, String password) {
        await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement name = d.findElement(By.cssSelector("vaadin-login-form input[name='username']"));
                    WebElement secret = d.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
                    name.clear();
                    name.sendKeys(user);
                    secret.clear();
                    secret.sendKeys(password);
                    d.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                            .click();
                    return true;
                });
    }

    /** Text of the page including open shadow roots, where Vaadin components keep theirs. */
    String pageText() {
        Object text = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const parts = [];
                const walk = (node) => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                  if (node.shadowRoot) walk(node.shadowRoot);
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return parts.join(' ');""");
        return String.valueOf(text);
    }

    /** Waits until the page text (shadow roots included) contains every fragment. */
    String awaitText(Duration timeout, String... fragments) {
        try {
            return new WebDriverWait(driver, timeout).until(d -> {
                String text = pageText();
                for (String f : fragments) {
                    if (!text.contains(f)) {
                        return null;
                    }
                }
                return text;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "page never showed " + java.util.Arrays.toString(fragments) + "; it shows: "
                            + pageText().replaceAll("\\s+", " "),
                    e);
        }
    }

    /** Sets a Vaadin field's value as typing would, and lets the server know (the fields sync on 'change'). */
    void setValue(WebElement field, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", field, value);
    }

    /**
     * Clicks like a user, but through the DOM: a native click fails when a toast or the dev-mode overlay happens to
     * cover the element, which says nothing about the application.
     */
    void click(By locator) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            var found = d.findElements(locator);
            return found.isEmpty() ? null : found.getFirst();
        });
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** A screenshot of the top of the page, without Vaadin's development-mode overlays (they are not the product). */
    void screenshot(Path target) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                window.scrollTo(0, 0);
                const top = (root) => root.querySelectorAll('*').forEach(e => {
                  if (e.scrollTop) e.scrollTop = 0;
                  if (e.shadowRoot) top(e.shadowRoot);
                });
                top(document);""");
        screenshotAsIs(target);
    }

    /** A screenshot with {@code locator} scrolled into the middle of the window. */
    void screenshot(Path target, By locator) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", await(locator, Duration.ofSeconds(30)));
        screenshotAsIs(target);
    }

    private void screenshotAsIs(Path target) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                document.querySelectorAll('vaadin-dev-tools, copilot-main, vaadin-dev-tools-notification')
                    .forEach(e => e.style.display = 'none');""");
        try {
            Files.createDirectories(target.getParent());
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
