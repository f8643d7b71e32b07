package org.piu.targeting.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.piu.targeting.workbench.WorkbenchIntegrationTest;

class LoginBrowserTest extends BrowserTestBase {

    @Test
    void an_author_signs_in_and_sees_the_workbench_shell() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/").toString());

        browser.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
        assertThat(browser.driver().getTitle()).contains("Sign in");
        browser.signIn("author", WorkbenchIntegrationTest.PASSWORD);

        browser.await(By.cssSelector("vaadin-app-layout"), Duration.ofSeconds(60));
        browser.await(By.cssSelector("vaadin-side-nav-item"), Duration.ofSeconds(30));
        String text = browser.pageText();
        assertThat(text).contains("PIU Targeting").contains("author (author)").contains("Dashboard");
        browser.screenshot(Path.of("target/screenshots/dashboard.png"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/login").toString());
        browser.signIn("author", "not-the-password");

        browser.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(30));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("error"));
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-app-layout")))
                .isEmpty();
    }
}
