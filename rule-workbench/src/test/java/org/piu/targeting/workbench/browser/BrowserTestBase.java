package org.piu.targeting.workbench.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.piu.targeting.workbench.IntegrationTestBase;
import org.piu.targeting.workbench.WorkbenchIntegrationTest;

/** The running application and one real Chromium per test class. */
abstract class BrowserTestBase extends IntegrationTestBase {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final Path SHOTS = Path.of("target/screenshots");

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** Signs in afresh (no session left from an earlier test) and waits for the shell to name the user. */
    protected void signIn(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/login").toString());
        browser.signIn(user, WorkbenchIntegrationTest.PASSWORD);
        browser.await(By.cssSelector("vaadin-app-layout"), Duration.ofSeconds(60));
        browser.awaitText(WAIT, user + " (");
    }

    /** Opens a page of the workbench and waits for the shell and its navigation. */
    protected void open(String path) {
        browser.driver().get(url(path).toString());
        try {
            browser.await(By.cssSelector("vaadin-app-layout"), Duration.ofSeconds(60));
            browser.await(By.cssSelector("vaadin-side-nav-item"), WAIT);
        } catch (TimeoutException e) {
            browser.screenshot(SHOTS.resolve("failed-open.png"));
            throw new AssertionError("no workbench shell at " + path + ": " + browser.pageText(), e);
        }
    }
}
