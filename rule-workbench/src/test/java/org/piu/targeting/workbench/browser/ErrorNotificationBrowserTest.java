package org.piu.targeting.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.WorkbenchIntegrationTest;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refusal no view handles itself reaches the user through the workbench's one error handler, in the words of the
 * library that refused, and nothing is stored.
 */
class ErrorNotificationBrowserTest extends BrowserTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    RuleAssetService assets;

    @Test
    void an_author_saving_a_rule_under_an_invalid_id_reads_why_in_a_notification() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/login").toString());
        browser.signIn("author", WorkbenchIntegrationTest.PASSWORD);
        browser.await(By.cssSelector("vaadin-app-layout"), Duration.ofSeconds(60));

        browser.driver().get(url("/edit/rules").toString());
        String id = "bad id!";
        browser.setValue(browser.await(By.id("asset-id"), WAIT), id);
        String text = browser.await(By.id("asset-text"), WAIT).getDomProperty("value");
        browser.setValue(browser.await(By.id("asset-text"), WAIT), text.replace("id: NEW-ID", "id: '" + id + "'"));
        browser.click(By.id("save-draft"));
        browser.setValue(browser.await(By.id("reason"), WAIT), "trying an id with a space");
        browser.click(By.id("reason-confirm"));

        String page = browser.awaitText(WAIT, "starting with a letter or digit");
        assertThat(page).doesNotContain("Exception").doesNotContain("org.piu");
        assertThat(assets.list(AssetKind.RULE)).noneMatch(v -> v.asset().id().equals(id));
    }
}
