package org.piu.targeting.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.WorkbenchIntegrationTest;
import org.piu.targeting.workbench.base.security.Role;
import org.piu.targeting.workbench.base.ui.Language;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.piu.targeting.workbench.security.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench on the laptop screen of a PIU analyst (1366 × 768), in every language: no column header or title is
 * cut off, every input has a label, a row opens with Enter, an unknown or forbidden address is answered inside the
 * shell, and the tab shows the workbench's icon.
 */
class LayoutBrowserTest extends BrowserTestBase {

    private static final String USER = "overseer";

    /** The main views (the check runs in every language). */
    private static final List<String> VIEWS = List.of(
            "/", "/rules", "/approvals", "/releases", "/assessments", "/watchlists", "/history", "/audit", "/admin");

    @Autowired
    AccountStore accounts;

    @Autowired
    RuleAssetService assets;

    @BeforeEach
    void aUserWithEveryRoleAndSomethingInEveryList() {
        if (accounts.user(USER).isEmpty()) {
            accounts.addUser(
                    USER,
                    "Overseer",
                    WorkbenchIntegrationTest.PASSWORD,
                    Set.of(Role.AUTHOR, Role.APPROVER, Role.COMPLIANCE, Role.ADMIN));
        }
        if (assets.get(AssetKind.RULE, "R-LAYOUT").isEmpty()) {
            assets.save(AssetKind.RULE, "R-LAYOUT", """
                    id: R-LAYOUT
                    title: Layout check
                    category: booking-behaviour
                    severity: LOW
                    score: 10
                    justification: A rule for the layout test.
                    owner: analyst@piu.example
                    reviewBy: 2027-06-30
                    when:
                      field: booking.leadTimeHours
                      op: lt
                      value: 48
                    """, "author", "layout test", null);
        }
        var response = send(asPipeline("/api/v1/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MANIFEST)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void no_column_header_or_title_is_cut_off_at_1366_pixels_in_any_language() {
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        try {
            List<String> cut = new ArrayList<>();
            for (Language language : Language.values()) {
                accounts.setLanguage(USER, language.tag());
                signIn(USER);
                for (String view : VIEWS) {
                    open(view);
                    settle();
                    for (String text : stillTruncated()) {
                        cut.add(language.tag() + " " + view + ": " + text);
                    }
                }
            }
            assertThat(cut).as("headers and titles cut off at 1366 × 768").isEmpty();
        } finally {
            accounts.setLanguage(USER, null);
            browser.driver().manage().window().setSize(new Dimension(1400, 900));
        }
    }

    @Test
    void every_input_of_the_main_views_has_a_label() {
        signIn(USER);
        List<String> unlabelled = new ArrayList<>();
        for (String view : VIEWS) {
            open(view);
            settle();
            for (String input : unlabelled()) {
                unlabelled.add(view + ": " + input);
            }
        }
        open("/edit/rules");
        settle();
        unlabelled().forEach(i -> unlabelled.add("/edit/rules: " + i));
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void a_row_of_the_rules_list_opens_with_enter() {
        signIn(USER);
        open("/rules");
        browser.awaitText(WAIT, "R-LAYOUT");
        // the keyboard's way into the list: focus on a row (arrow keys move it), no click
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const grid = document.querySelector('vaadin-grid.asset-grid');
                grid.shadowRoot.querySelector('#items [part~="row"] [part~="body-cell"]').focus();""");
        new WebDriverWait(browser.driver(), WAIT).until(d -> {
            new Actions(d).sendKeys(Keys.ENTER).perform();
            return d.getCurrentUrl().contains("/edit/rules/");
        });
        browser.awaitText(WAIT, "Rule ");
    }

    @Test
    void unknown_and_forbidden_addresses_are_answered_inside_the_shell() {
        signIn("author");
        open("/no-such-page");
        String missing = browser.awaitText(WAIT, "Page not found", "/no-such-page", "Back to the dashboard");
        assertThat(missing).doesNotContain("Could not navigate");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-side-nav-item")))
                .isNotEmpty();

        open("/admin");
        browser.awaitText(WAIT, "Access denied", "/admin");
        assertThat(browser.driver().findElements(By.id("create-api-key"))).isEmpty();
        assertThat(browser.driver().getTitle()).contains("Access denied");
    }

    @Test
    void the_tab_shows_the_workbench_icon_also_before_signing_in() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/login").toString());
        browser.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
        String icon = String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('link[rel=icon]')?.href"));
        assertThat(icon).endsWith("/icons/piu.svg");
        HttpResponse<String> svg =
                http.send(HttpRequest.newBuilder(url("/icons/piu.svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("svg"));
        assertThat(svg.body()).contains("<svg");
    }

    /**
     * What stays cut off once the grid has settled: column auto-widths are measured again as rows arrive, so a header
     * may be clipped for a moment.
     */
    private List<String> stillTruncated() {
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<String> cut = truncated();
        while (!cut.isEmpty() && System.nanoTime() < until) {
            settle();
            cut = truncated();
        }
        return cut;
    }

    /**
     * Column headers (grid header cells and their sorters), headings and the navigation whose text is wider than
     * their box: the browser then shows "…" or clips them.
     */
    @SuppressWarnings("unchecked")
    private List<String> truncated() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const cut = [];
                const clipped = (e) => e.scrollWidth > e.clientWidth + 1;
                const visible = (e) => e.getClientRects().length > 0;
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                  if (!visible(grid)) continue;
                  for (const cell of grid.shadowRoot.querySelectorAll('thead [part~="header-cell"]')) {
                    const slot = cell.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    if (!content || !visible(cell)) continue;
                    const sorter = content.querySelector('vaadin-grid-sorter');
                    const inner = sorter && sorter.shadowRoot.querySelector('[part="content"]');
                    if (clipped(content) || (inner && clipped(inner))) cut.push('header "' + content.textContent.trim() + '"');
                  }
                }
                for (const h of document.querySelectorAll('h1, h2, h3, h4, .card-title, vaadin-side-nav-item, vaadin-tab')) {
                  if (visible(h) && clipped(h)) cut.push(h.tagName.toLowerCase() + ' "' + h.textContent.trim() + '"');
                }
                return cut;""");
    }

    /** Inputs without a visible label or an accessible name (the parts of a date-time picker share its label). */
    @SuppressWarnings("unchecked")
    private List<String> unlabelled() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const fields = 'vaadin-text-field, vaadin-text-area, vaadin-number-field, vaadin-integer-field,'
                    + ' vaadin-password-field, vaadin-email-field, vaadin-combo-box, vaadin-multi-select-combo-box,'
                    + ' vaadin-select, vaadin-date-picker, vaadin-date-time-picker, vaadin-time-picker, vaadin-checkbox';
                return [...document.querySelectorAll(fields)]
                    .filter(f => f.getClientRects().length > 0)
                    .filter(f => !f.parentElement || f.parentElement.tagName !== 'VAADIN-DATE-TIME-PICKER')
                    .filter(f => !(f.label || f.accessibleName || f.getAttribute('aria-label')))
                    .map(f => f.tagName.toLowerCase() + (f.id ? '#' + f.id : ''));""");
    }

    /** Lets the view finish its first round trip (grids render their header after attaching). */
    private void settle() {
        new WebDriverWait(browser.driver(), WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                        return !document.querySelector('vaadin-connection-indicator[loading]')
                            && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'));"""));
        try {
            Thread.sleep(300); // a last layout pass (column auto-width is measured after the rows arrive)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final String MANIFEST = """
            {"flight": {"carrier": "9U", "number": "LT1", "origin": "IST", "destination": "KIV",
                        "departure": "2026-11-22T07:40:00+03:00", "arrival": "2026-11-22T09:05:00+02:00"},
             "passengers": [
               {"id": "P1", "surname": "CIOBANU", "givenNames": "ION", "dateOfBirth": "1985-03-02", "gender": "M",
                "nationality": "MDA", "residence": "MDA", "type": "PASSENGER", "bookingRef": "X7K2QP", "seat": "12A"}],
             "bookings": [
               {"recordLocator": "X7K2QP", "createdAt": "2026-11-21T23:02:00Z",
                "payments": [{"type": "CASH", "amount": 212.0, "currency": "EUR"}],
                "passengerIds": ["P1"]}]}
            """;
}
