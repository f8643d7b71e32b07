package org.piu.targeting.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.piu.targeting.workbench.WorkbenchIntegrationTest;
import org.piu.targeting.workbench.base.security.Role;
import org.piu.targeting.workbench.security.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench in the PIU's languages, in a real Chromium: a user picks Romanian in the shell and the navigation,
 * the forms and their messages speak Romanian, also after signing out and in again (the choice is kept with the
 * account); a browser set to Russian is greeted in Russian before anyone signs in; dates and times are ISO and
 * 24-hour whatever the language.
 */
class LanguageBrowserTest extends BrowserTestBase {

    private static final String USER = "translator";

    @Autowired
    AccountStore accounts;

    @BeforeEach
    void aUserWhoNeverChoseALanguage() {
        if (accounts.user(USER).isEmpty()) {
            accounts.addUser(
                    USER, "Translator", WorkbenchIntegrationTest.PASSWORD, Set.of(Role.AUTHOR, Role.COMPLIANCE));
        }
        accounts.setLanguage(USER, null);
    }

    @Test
    void a_user_switches_to_romanian_and_sees_the_navigation_and_a_form_in_romanian_also_after_signing_in_again() {
        signIn(USER);
        browser.awaitText(WAIT, "Dashboard", "Rules", "Sign out");

        choose("Română");
        String dashboard =
                browser.awaitText(WAIT, "Panou de bord", "Reguli", "Liste de supraveghere", "Istoric", "Deconectare");
        assertThat(dashboard).contains("Starea sistemului", "Ediția activă", "Depozitul de reguli: funcționează");
        assertThat(dashboard).doesNotContain("rulesRepository").doesNotContain("livenessState");
        assertThat(documentLanguage()).isEqualTo("ro");
        assertThat(accounts.user(USER).orElseThrow().language()).isEqualTo("ro");
        browser.screenshot(SHOTS.resolve("dashboard-ro.png"));

        open("/edit/rules");
        String editor = browser.awaitText(
                WAIT,
                "Regulă nouă",
                "Identificator",
                "Document (YAML)",
                "Validează",
                "Salvează ciorna…",
                "Trimite spre aprobare…",
                "Catalogul câmpurilor");
        assertThat(editor).contains("Nesalvat încă.");
        assertThat(browser.await(By.id("asset-text"), WAIT).getDomProperty("value"))
                .contains("Descrierea scurtă a indicatorului de risc");
        // a validation message of the form, in Romanian
        browser.click(By.id("validate"));
        browser.awaitText(WAIT, "Identificatorul este obligatoriu");
        browser.screenshot(SHOTS.resolve("rule-editor-ro.png"));

        // the choice is the user's, not the browser session's: it survives signing out
        browser.click(By.id("sign-out"));
        browser.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
        browser.signIn(USER, WorkbenchIntegrationTest.PASSWORD);
        browser.await(By.cssSelector("vaadin-app-layout"), Duration.ofSeconds(60));
        browser.awaitText(WAIT, "Panou de bord", "Deconectare");

        choose("English");
        browser.awaitText(WAIT, "Dashboard", "Sign out");
        assertThat(accounts.user(USER).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void dates_are_iso_and_times_are_24_hour_in_the_pickers() {
        signIn(USER);
        open("/audit");
        WebElement from = browser.await(By.cssSelector("vaadin-date-picker input"), WAIT);
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> !from.getDomProperty("value").isEmpty());
        assertThat(from.getDomProperty("value")).matches("\\d{4}-\\d{2}-\\d{2}");

        WebElement time = browser.await(By.cssSelector("vaadin-date-time-picker vaadin-time-picker input"), WAIT);
        browser.setValue(time, "15:27");
        time.sendKeys(org.openqa.selenium.Keys.TAB);
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> time.getDomProperty("value").contains("27"));
        assertThat(time.getDomProperty("value")).isEqualTo("15:27").doesNotContain("PM");
        WebElement day = browser.await(By.cssSelector("vaadin-date-time-picker vaadin-date-picker input"), WAIT);
        assertThat(day.getDomProperty("value")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void a_browser_set_to_russian_gets_the_sign_in_page_in_russian_and_one_set_to_german_gets_english() {
        try (Browser russian = new Browser("ru-RU,ru")) {
            russian.driver().get(url("/login").toString());
            russian.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
            russian.awaitText(WAIT, "Подразделение информации о пассажирах", "Имя пользователя", "Пароль", "Войти");
            assertThat(russian.driver().getTitle()).startsWith("Вход");
        }
        try (Browser german = new Browser("de-DE,de")) {
            german.driver().get(url("/login").toString());
            german.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
            german.awaitText(WAIT, "Passenger Information Unit", "User name", "Password");
        }
    }

    /** Picks a language in the shell's selector, as a user does. */
    private void choose(String language) {
        browser.click(By.id("language"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']"));
    }

    private String documentLanguage() {
        return String.valueOf(
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang"));
    }
}
