package org.piu.targeting.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.workbench.IntegrationTestBase;
import org.piu.targeting.workbench.base.security.Role;
import org.piu.targeting.workbench.security.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The audit trail over HTTP: sign-ins, coalesced refusals, the consultation log, exports and one verification. */
class AuditApiTest extends IntegrationTestBase {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditService audit;

    @Autowired
    RulesRepository repository;

    @Autowired
    AccountStore accounts;

    @Test
    void successful_and_failed_sign_ins_are_in_the_audit_trail() {
        String user = "signin-" + System.nanoTime();
        accounts.addUser(user, "Sign-in test", "correct-horse-battery", Set.of(Role.AUTHOR));
        assertThat(send(basic(user, "correct-horse-battery", "/api/v1/catalog/fields"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(basic(user, "wrong-password-123", "/api/v1/catalog/fields"))
                        .statusCode())
                .isEqualTo(401);

        JsonNode trail = json(send(as("compliance", "/api/v1/audit?action=sign-in&user=" + user)));
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(trail.get(0).get("details").get("channel").asString()).isEqualTo("api");
        assertThat(trail.get(0).get("source").asString()).isEqualTo("audit-log");
        assertThat(trail.get(1).get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(trail.get(1).get("details").get("reason").asString()).isEqualTo("wrong user name or password");
    }

    @Test
    void refused_calls_are_coalesced_in_the_audit_log_and_leave_the_rules_repository_alone() throws Exception {
        String list = "forbidden-" + System.nanoTime();
        Instant from = Instant.now().minusSeconds(60);
        int commitsBefore =
                repository.audit(from, Instant.now().plusSeconds(60)).size();
        for (int i = 0; i < 150; i++) {
            var refused = send(as("author", "/api/v1/watchlists/" + list).DELETE());
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        assertThat(repository.audit(from, Instant.now().plusSeconds(60))).hasSize(commitsBefore);

        // each call is counted; repeats within a window (2 s in the tests) are written as one entry when it closes
        String query = "/api/v1/audit?user=author&subject=DELETE%20/api/v1/watchlists/" + list;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode trail = json(send(as("compliance", query)));
        while (counted(trail) < 150 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            trail = json(send(as("compliance", query)));
        }
        assertThat(counted(trail)).isEqualTo(150);
        assertThat(trail.size()).as("entries for 150 refused calls").isLessThanOrEqualTo(30);
        assertThat(trail)
                .allSatisfy(e -> assertThat(e.get("outcome").asString()).isEqualTo("REFUSED"));
        JsonNode repeats = trail.get(1);
        assertThat(repeats.get("count").asInt()).isGreaterThan(1);
        assertThat(repeats.get("detail").asString())
                .contains(repeats.get("count").asInt() + " times until");
    }

    private static int counted(JsonNode trail) {
        int sum = 0;
        for (JsonNode e : trail) {
            sum += e.get("count").asInt();
        }
        return sum;
    }

    @Test
    void the_consultation_log_lists_who_saw_which_passenger_and_filters_by_user() {
        String officer = "officer-" + System.nanoTime();
        auditLog.recordConsultation(officer, "9U172-2026-11-22", "P1", "review item 17");
        auditLog.recordConsultation("officer2", "9U172-2026-11-22", "P2", "review item 18");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var mine = send(
                as("compliance", "/api/v1/audit/consultations?from=" + today + "&to=" + today + "&user=" + officer));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        JsonNode list = json(mine);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("user").asString()).isEqualTo(officer);
        assertThat(list.get(0).get("flightKey").asString()).isEqualTo("9U172-2026-11-22");
        assertThat(list.get(0).get("passengerId").asString()).isEqualTo("P1");
        assertThat(list.get(0).get("purpose").asString()).isEqualTo("review item 17");
        assertThat(list.get(0).get("sequence").asLong()).isPositive();

        assertThat(send(as("compliance", "/api/v1/audit/consultations")).body())
                .contains(officer)
                .contains("review item 18");
        assertThat(json(send(as("compliance", "/api/v1/audit/consultations?to=2020-01-01"))))
                .isEmpty();
        assertThat(send(as("author", "/api/v1/audit/consultations")).statusCode())
                .isEqualTo(403);
        assertThat(send(as("officer", "/api/v1/audit/consultations")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void exports_neutralise_formulas_and_are_themselves_audited() {
        String attacker = "=HYPERLINK(\"http://evil.example\")" + System.nanoTime();
        assertThat(send(basic(attacker, "whatever-password", "/api/v1/catalog/fields"))
                        .statusCode())
                .isEqualTo(401);

        var csv = send(as("compliance", "/api/v1/audit/export?format=csv&action=sign-in&outcome=REFUSED"));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith(TrailExport.CSV_HEADER);
        assertThat(csv.body())
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK");

        var jsonExport = send(as("compliance", "/api/v1/audit/export?format=json&action=sign-in&outcome=REFUSED"));
        assertThat(jsonExport.statusCode()).isEqualTo(200);
        assertThat(json(jsonExport).findValuesAsString("user"))
                .anySatisfy(u -> assertThat(u).startsWith("'=HYPERLINK"))
                .noneSatisfy(u -> assertThat(u).startsWith("="));

        JsonNode exports = json(send(as("compliance", "/api/v1/audit?action=export&user=compliance")));
        assertThat(exports).isNotEmpty();
        assertThat(exports.get(exports.size() - 1).get("details").get("action").asString())
                .isEqualTo("sign-in");
    }

    @Test
    void a_bad_filter_is_a_400_that_names_it() {
        var response = send(as("compliance", "/api/v1/audit?outcome=MAYBE"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("outcome").contains("MAYBE");
        var limit = send(as("compliance", "/api/v1/audit?limit=0"));
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("limit");
    }

    @Test
    void one_verification_covers_the_rules_repository_and_the_anchored_audit_log() {
        auditLog.record("system", "anchor-test", null, null, AuditOutcome.SUCCESS, null);
        audit.anchorAuditLog();
        long anchored = repository.chainAnchors(AuditLog.CHAIN).getLast().sequence();
        assertThat(anchored).isEqualTo(auditLog.head().sequence());

        var verify = send(as("compliance", "/api/v1/audit/verify").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        JsonNode report = json(verify);
        assertThat(report.get("intact").asBoolean()).as(verify.body()).isTrue();
        assertThat(report.get("repository").get("intact").asBoolean()).isTrue();
        assertThat(report.get("auditLog").get("entriesChecked").asLong()).isGreaterThanOrEqualTo(anchored);
        assertThat(report.get("auditLog").get("anchorsChecked").asInt()).isPositive();
    }

    private HttpRequest.Builder basic(String user, String password, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + credentials);
    }
}
