package org.piu.targeting.workbench.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.piu.targeting.workbench.IntegrationTestBase;

/** The running application and one real Chromium per test class. */
abstract class BrowserTestBase extends IntegrationTestBase {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
