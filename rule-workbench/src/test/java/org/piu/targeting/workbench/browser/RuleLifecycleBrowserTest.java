package org.piu.targeting.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.WorkbenchIntegrationTest;
import org.piu.targeting.workbench.base.security.Role;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.piu.targeting.workbench.security.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The life of a rule through the workbench, in a real Chromium, as the people of a PIU do it: an author writes a
 * rule (and meets the sensitive-data policy and a concurrent edit without losing work), submits it; an approver
 * reviews the diff, approves and publishes; someone who edited a revision cannot approve it; a compliance officer
 * reads history and audit and sees flights in figures only; an admin manages watchlists and API keys; a targeting
 * officer screens a name and reads the hits of an assessed flight, which the consultation log records. The tests run
 * in order because each step works on what the previous one left — as the users would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleLifecycleBrowserTest extends BrowserTestBase {

    private static final String RULE = "R-UI-CASH-LATE";

    @Autowired
    RuleAssetService assets;

    @Autowired
    AccountStore accounts;

    @Test
    @Order(1)
    void an_author_writes_a_rule_meets_the_policy_and_a_conflict_without_losing_work_and_submits_it() {
        signIn("author", true);
        browser.awaitText(WAIT, "Active release", "Awaiting approval", "System health");
        browser.screenshot(SHOTS.resolve("dashboard.png"));

        open("/rules");
        browser.click(By.id("new-asset"));
        WebElement id = browser.await(By.id("asset-id"), WAIT);
        browser.setValue(id, RULE);

        // a rule on a sensitive attribute is refused with the legal reason
        browser.setValue(
                browser.await(By.id("asset-text"), WAIT), rule("HIGH").replace("payment.cash", "passenger.religion"));
        browser.click(By.id("validate"));
        browser.awaitText(WAIT, "ERROR", "Legal reason");

        browser.setValue(browser.await(By.id("asset-text"), WAIT), rule("HIGH"));
        browser.click(By.id("validate"));
        browser.awaitText(WAIT, "No problems");
        browser.setValue(browser.await(By.id("catalog-filter"), WAIT), "leadTime");
        browser.click(By.xpath("//vaadin-button[contains(., 'booking.leadTimeHours')]"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), WAIT)
                .until(d -> browser.await(By.id("asset-text"), WAIT)
                        .getDomProperty("value")
                        .endsWith("booking.leadTimeHours"));
        browser.setValue(browser.await(By.id("asset-text"), WAIT), rule("HIGH"));
        browser.click(By.id("validate"));
        browser.awaitText(WAIT, "No problems");
        browser.screenshot(SHOTS.resolve("rule-editor.png"));
        saveWithJustification("Courier indicator agreed with customs (ticket 4711)");
        browser.awaitText(WAIT, "Saved rule " + RULE);

        // someone else saves meanwhile: the author's next save is a conflict that names them, and the text survives
        String opened = assets.get(AssetKind.RULE, RULE).orElseThrow().revision();
        assets.save(AssetKind.RULE, RULE, rule("MEDIUM"), "author2", "Severity per team review", opened);
        String mine = rule("HIGH").replace("score: 60", "score: 70");
        browser.setValue(browser.await(By.id("asset-text"), WAIT), mine);
        saveWithJustification("Raise the score after the pilot");
        String conflict = browser.awaitText(WAIT, "Not saved: author2 changed rule " + RULE);
        assertThat(conflict).contains("Your text is still in the editor");
        assertThat(browser.await(By.id("asset-text"), WAIT).getDomProperty("value"))
                .isEqualTo(mine);
        browser.click(By.id("conflict-rebase"));
        confirmReason("Raise the score after the pilot; keeps HIGH after talking to author2");
        browser.awaitText(WAIT, "Saved rule " + RULE, "version 3");
        assertThat(assets.get(AssetKind.RULE, RULE).orElseThrow().text()).isEqualTo(mine);

        browser.click(By.id("submit"));
        confirmReason("Ready for review");
        browser.awaitText(WAIT, "Submitted rule " + RULE);

        // an author has no approval screen
        assertThat(browser.driver().findElements(By.xpath("//vaadin-side-nav-item[contains(., 'Approvals')]")))
                .isEmpty();
        browser.driver().get(url("/approvals").toString());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), WAIT)
                .until(d -> !browser.pageText().isBlank());
        assertThat(browser.pageText()).doesNotContain("Submitted revisions of rules");
        assertThat(browser.driver().findElements(By.id("approve"))).isEmpty();
    }

    @Test
    @Order(2)
    void an_approver_reviews_the_diff_approves_and_publishes_a_release_that_then_assesses_flights() {
        signIn("approver", false);
        open("/approvals");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + RULE + "')]"));
        browser.awaitText(WAIT, "Edited by author, author2", "score");
        browser.screenshot(SHOTS.resolve("approvals.png"));
        browser.setValue(
                browser.await(By.id("approval-comment"), WAIT), "Proportionate; booking and payment data only");
        browser.click(By.id("approve"));
        browser.awaitText(WAIT, "Approved rule " + RULE);

        open("/releases");
        browser.click(By.id("publish"));
        confirmReason("Monthly release with the late cash courier indicator");
        String page = browser.awaitText(Duration.ofSeconds(90), "Published and activated release");
        assertThat(page).contains("ACTIVE");
        browser.screenshot(SHOTS.resolve("releases.png"));

        var response = send(asPipeline("/api/v1/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MANIFEST)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(RULE);
    }

    @Test
    @Order(3)
    void someone_who_edited_a_revision_cannot_approve_it_and_sees_the_refusal() {
        if (accounts.user("lead").isEmpty()) {
            accounts.addUser(
                    "lead", "Lead analyst", WorkbenchIntegrationTest.PASSWORD, Set.of(Role.AUTHOR, Role.APPROVER));
        }
        signIn("lead", false);
        open("/edit/rules/" + RULE);
        browser.setValue(browser.await(By.id("asset-text"), WAIT), rule("CRITICAL"));
        saveWithJustification("Escalate: two seizures on this route last month");
        browser.awaitText(WAIT, "Saved rule " + RULE);
        browser.click(By.id("submit"));
        confirmReason("Please review quickly");
        browser.awaitText(WAIT, "Submitted rule " + RULE);

        open("/approvals");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + RULE + "')]"));
        browser.awaitText(WAIT, "You edited this revision");
        browser.click(By.id("approve"));
        String refusal = browser.awaitText(WAIT, "Approval refused — four-eyes principle");
        assertThat(refusal).contains("recorded in the audit trail");
        assertThat(assets.get(AssetKind.RULE, RULE).orElseThrow().status().name())
                .isEqualTo("SUBMITTED");
    }

    @Test
    @Order(4)
    void compliance_reads_history_audit_integrity_active_rules_and_sees_flights_without_personal_data() {
        signIn("compliance", false);
        open("/history?kind=rules&id=" + RULE);
        String history =
                browser.awaitText(WAIT, "Courier indicator agreed with customs", "author2", "APPROVE", "PUBLISH");
        assertThat(history).contains("lead");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Severity per team review')]"));
        browser.awaitText(WAIT, "severity: HIGH → MEDIUM");
        browser.screenshot(SHOTS.resolve("history.png"));

        open("/audit");
        browser.awaitText(WAIT, "REFUSED", "lead");
        browser.click(By.id("verify"));
        browser.awaitText(WAIT, "Intact:");
        browser.click(By.id("show-active-at"));
        browser.awaitText(WAIT, "was active", "rule " + RULE);
        browser.screenshot(SHOTS.resolve("audit.png"));
        String exportUrl = browser.await(By.id("export-csv"), WAIT).getDomAttribute("href");
        assertThat(exportUrl).isNotBlank();

        // the flight in figures; its passengers are for targeting officers only (clicking opens nothing)
        open("/assessments");
        browser.awaitText(WAIT, "UI1", "art. 7(6)");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'UI1')]"));
        assertThat(browser.pageText()).doesNotContain("CIOBANU");
    }

    @Test
    @Order(5)
    void an_admin_loads_a_watchlist_and_issues_an_api_key() throws Exception {
        signIn("admin", false);
        open("/watchlists");
        browser.setValue(browser.await(By.id("watchlist-name"), WAIT), "ui-sanctions");
        browser.click(By.id("save-watchlist"));
        browser.awaitText(WAIT, "Saved watchlist ui-sanctions");

        Path csv = Files.createTempFile("watchlist-", ".csv");
        Files.writeString(csv, """
                entry_id,names,date_of_birth,gender,nationality,document_number
                E1,CIOBANU Ion|Чобану Ион,1985-03-02,M,MDA,AB1234567
                E2,PETROV Sergei,1970,M,RUS,
                E3,,1970-13-45,M,RUS,
                """);
        WebElement upload = browser.await(By.id("watchlist-upload"), WAIT);
        var inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        input.sendKeys(csv.toAbsolutePath().toString());
        browser.awaitText(Duration.ofSeconds(60), "Loaded 2 entries into ui-sanctions", "1 rows rejected");
        // screening any person is a search for personal data: not offered to an admin
        assertThat(browser.driver().findElements(By.id("screen-name"))).isEmpty();

        open("/admin");
        browser.setValue(browser.await(By.id("api-key-name"), WAIT), "ingest pipeline staging");
        browser.click(By.id("create-api-key"));
        String secret = browser.await(By.id("api-key-secret"), WAIT).getDomProperty("value");
        assertThat(secret).startsWith("piu_");
        browser.click(By.id("api-key-done"));
        browser.awaitText(WAIT, "ingest pipeline staging");
        assertThat(accounts.authenticateApiKey(secret)).isPresent();
        browser.screenshot(SHOTS.resolve("admin.png"));

        open("/");
        browser.awaitText(WAIT, "Release ", "Recent flights with hits", "9UUI1");
        browser.screenshot(SHOTS.resolve("dashboard-overview.png"));
    }

    @Test
    @Order(6)
    void an_officer_screens_a_name_and_reads_the_hits_of_a_flight_which_the_consultation_log_records() {
        signIn("officer", false);
        open("/watchlists");
        browser.setValue(browser.await(By.id("screen-name"), WAIT), "Ion Ciobanu");
        browser.setValue(browser.await(By.id("screen-dob"), WAIT), "1985-03-02");
        browser.click(By.id("screen"));
        browser.awaitText(WAIT, "Screening complete", "E1", "ALERT");
        browser.screenshot(SHOTS.resolve("watchlists.png"), By.id("screen"));

        open("/assessments");
        browser.awaitText(WAIT, "UI1", "art. 7(6)");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'UI1')]"));
        String detail = browser.awaitText(WAIT, "CIOBANU, ION", RULE, "booking.leadTimeHours", "art. 7(6)");
        assertThat(detail).doesNotContain("POPESCU, ANA — risk score");
        browser.screenshot(SHOTS.resolve("assessment.png"));

        var consultations = send(as("compliance", "/api/v1/audit/consultations?user=officer"));
        assertThat(consultations.statusCode()).as(consultations.body()).isEqualTo(200);
        assertThat(consultations.body()).contains("9UUI1").contains("\"passengerId\":\"P1\"");
        assertThat(consultations.body()).doesNotContain("\"passengerId\":\"P2\"");
    }

    private void signIn(String user, boolean screenshotLogin) {
        if (screenshotLogin) {
            browser.driver().manage().deleteAllCookies();
            browser.driver().get(url("/login").toString());
            browser.await(By.tagName("vaadin-login-form"), Duration.ofSeconds(60));
            browser.screenshot(SHOTS.resolve("login.png"));
        }
        signIn(user);
    }

    private void saveWithJustification(String justification) {
        browser.click(By.id("save-draft"));
        confirmReason(justification);
    }

    private void confirmReason(String reason) {
        browser.setValue(browser.await(By.id("reason"), WAIT), reason);
        browser.click(By.id("reason-confirm"));
    }

    private static String rule(String severity) {
        return """
                id: %s
                title: One-way ticket paid in cash less than 48 hours before departure
                category: booking-behaviour
                severity: %s
                score: 60
                justification: Courier indicator agreed with customs; booking and payment data only.
                owner: analyst.targeting@piu.example
                reviewBy: 2027-06-30
                when:
                  all:
                    - field: payment.cash
                      op: eq
                      value: true
                    - field: booking.oneWay
                      op: eq
                      value: true
                    - field: booking.leadTimeHours
                      op: lt
                      value: 48
                unless:
                  field: passenger.type
                  op: eq
                  value: CREW
                """.formatted(RULE, severity);
    }

    private static final String MANIFEST = """
            {"flight": {"carrier": "9U", "number": "UI1", "origin": "IST", "destination": "KIV",
                        "departure": "2026-11-22T07:40:00+03:00", "arrival": "2026-11-22T09:05:00+02:00"},
             "passengers": [
               {"id": "P1", "surname": "CIOBANU", "givenNames": "ION", "dateOfBirth": "1985-03-02", "gender": "M",
                "nationality": "MDA", "residence": "MDA", "type": "PASSENGER",
                "documents": [{"type": "P", "number": "AB1234567", "issuingCountry": "MDA", "expiry": "2030-01-01"}],
                "bookingRef": "X7K2QP", "seat": "12A"},
               {"id": "P2", "surname": "POPESCU", "givenNames": "ANA", "dateOfBirth": "1990-07-14", "gender": "F",
                "nationality": "ROU", "residence": "ROU", "type": "PASSENGER",
                "documents": [{"type": "P", "number": "RO998877", "issuingCountry": "ROU", "expiry": "2031-05-01"}],
                "bookingRef": "Y8L3RS", "seat": "14C"}],
             "bookings": [
               {"recordLocator": "X7K2QP", "createdAt": "2026-11-21T23:02:00Z",
                "payments": [{"type": "CASH", "amount": 212.0, "currency": "EUR"}],
                "itinerary": [{"carrier": "9U", "number": "UI1", "origin": "IST", "destination": "KIV",
                               "departure": "2026-11-22T07:40:00+03:00"}],
                "passengerIds": ["P1"]},
               {"recordLocator": "Y8L3RS", "createdAt": "2026-10-01T10:00:00Z",
                "payments": [{"type": "CARD", "cardNumberMasked": "XXXXXXXXXXXX1234", "amount": 310.0, "currency": "EUR"}],
                "itinerary": [{"carrier": "9U", "number": "UI1", "origin": "IST", "destination": "KIV",
                               "departure": "2026-11-22T07:40:00+03:00"},
                              {"carrier": "9U", "number": "UI2", "origin": "KIV", "destination": "IST",
                               "departure": "2026-11-29T10:00:00+02:00"}],
                "passengerIds": ["P2"]}]}
            """;
}
