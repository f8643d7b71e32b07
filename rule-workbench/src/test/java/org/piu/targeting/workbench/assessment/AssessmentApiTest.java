package org.piu.targeting.workbench.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.messages.paxlst.PaxlstWriter;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.IntegrationTestBase;
import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the ingest pipeline sees: JSON and EDIFACT in, explained assessments out, over HTTP with its API key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentApiTest extends IntegrationTestBase {

    private static final String RULE_ID = "api-test-cash-last-minute";

    @Autowired
    RuleAssetService assets;

    @Autowired
    ReleaseService releases;

    @BeforeAll
    void publishARuleAndAWatchlist() {
        String rule = org.piu.targeting.workbench.TestRules.cashRule(RULE_ID, 48);
        var saved = assets.save(AssetKind.RULE, RULE_ID, rule, "author", "test indicator", null);
        String revision = saved.revision().revision();
        assets.submit(AssetKind.RULE, RULE_ID, revision, "author", "ready");
        assets.approve(AssetKind.RULE, RULE_ID, revision, "approver", "ok");
        var release = releases.publish("approver", "release for the pipeline test");
        // activated as the release gate compiled it, before the release existed: not compiled a second time
        var active = releases.activeCompiled().orElseThrow();
        assertThat(active.id()).isEqualTo("release-" + release.number());
        assertThat(active.compiledAt()).isBefore(release.createdAt());

        var list = send(as("admin", "/api/v1/watchlists/api-test-list")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"description\":\"national wanted persons\"}")));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        String csv = """
                entry_id,names,date_of_birth,gender,nationality,document_number
                W-1,Чобану Іван|CIOBANU Ion,1985-03-02,M,MDA,
                W-2,Mario Rossi,1970-01-01,M,ITA,
                W-3,,1970,X,ITA,
                """;
        var load = send(as("admin", "/api/v1/watchlists/api-test-list/entries")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(load.statusCode()).as(load.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(load.body());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").get(0).get("row").asInt()).isEqualTo(4);
    }

    static String manifest(String flightNumber) {
        OffsetDateTime departure = OffsetDateTime.of(2026, 12, 1, 7, 40, 0, 0, ZoneOffset.ofHours(3));
        return """
                {"flight": {"carrier": "9U", "number": "%s", "origin": "IST", "destination": "KIV",
                            "departure": "%s", "arrival": "2026-12-01T09:05:00+02:00"},
                 "passengers": [
                   {"id": "P1", "surname": "CIOBANU", "givenNames": "IVAN", "dateOfBirth": "1985-03-02", "gender": "M",
                    "nationality": "MDA", "type": "PASSENGER", "bookingRef": "X7K2QP",
                    "documents": [{"type": "P", "number": "AB1234567", "issuingCountry": "MDA", "expiry": "2030-01-01"}]},
                   {"id": "P2", "surname": "POPESCU", "givenNames": "ANA", "dateOfBirth": "1990-05-17", "gender": "F",
                    "nationality": "ROU", "type": "PASSENGER", "bookingRef": "Q1W2E3",
                    "documents": [{"type": "P", "number": "051234567", "issuingCountry": "ROU", "expiry": "2031-01-01"}]}],
                 "bookings": [
                   {"recordLocator": "X7K2QP", "createdAt": "%s",
                    "payments": [{"type": "CASH", "amount": 212.0, "currency": "EUR"}], "passengerIds": ["P1"]},
                   {"recordLocator": "Q1W2E3", "createdAt": "2026-10-01T10:00:00Z",
                    "payments": [{"type": "CARD", "cardNumberMasked": "XXXXXXXXXXXX1234", "amount": 180.0, "currency": "EUR"}],
                    "passengerIds": ["P2"]}]}
                """.formatted(flightNumber, departure, departure.minusHours(6));
    }

    HttpResponse<String> assess(String body) {
        return send(asPipeline("/api/v1/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void every_hit_explains_itself_with_rule_revision_release_and_actual_values() {
        var response = assess(manifest("171"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("flightKey").asString()).startsWith("9U171-2026-12-01");
        assertThat(result.get("screening").asString()).isEqualTo("COMPLETE");
        assertThat(result.get("duplicate").asBoolean()).isFalse();

        JsonNode p1 = passenger(result, "P1");
        JsonNode ruleHit = hit(p1, "RULE");
        assertThat(ruleHit.get("ruleId").asString()).isEqualTo(RULE_ID);
        assertThat(ruleHit.get("ruleRevision").asString()).isNotBlank();
        assertThat(result.at("/release/id").asString()).startsWith("release-");
        assertThat(ruleHit.get("reasons").toString())
                .contains("booking.leadTimeHours")
                .contains("6");

        JsonNode watchlistHit = hit(p1, "WATCHLIST");
        assertThat(watchlistHit.get("list").asString()).isEqualTo("api-test-list");
        assertThat(watchlistHit.get("entryId").asString()).isEqualTo("W-1");

        assertThat(passenger(result, "P2").get("hits")).isEmpty();
    }

    @Test
    void the_same_manifest_twice_is_recognised_as_a_duplicate_with_the_same_result() {
        String body = manifest("172");
        var first = JSON.readTree(assess(body).body());
        var second = JSON.readTree(assess(body).body());
        assertThat(second.get("duplicate").asBoolean()).isTrue();
        assertThat(second.get("contentHash")).isEqualTo(first.get("contentHash"));
        assertThat(second.get("passengers")).isEqualTo(first.get("passengers"));
    }

    @Test
    void a_paxlst_message_is_parsed_and_assessed() {
        FlightManifest manifest = RuleDocuments.manifestMapper().readValue(manifest("173"), FlightManifest.class);
        String paxlst = new PaxlstWriter().write(manifest);
        var response = send(asPipeline("/api/v1/messages")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(paxlst)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("kind").asString()).isEqualTo("PAXLST");
        JsonNode assessment = result.get("assessments").get(0);
        assertThat(assessment.get("passengers")).hasSize(2);
        assertThat(hit(passenger(assessment, "P1"), "WATCHLIST").get("entryId").asString())
                .isEqualTo("W-1");
    }

    @Test
    void pnr_data_after_api_data_of_a_flight_is_merged_and_reuses_the_screening() {
        FlightManifest manifest = RuleDocuments.manifestMapper().readValue(manifest("174"), FlightManifest.class);
        FlightManifest apiOnly = new FlightManifest(manifest.flight(), manifest.passengers(), java.util.List.of());
        String paxlst = new PaxlstWriter().write(apiOnly);
        String pnrgov = new org.piu.targeting.messages.pnrgov.PnrgovWriter().write(manifest);
        var first = send(asPipeline("/api/v1/messages")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(paxlst)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        var second = send(asPipeline("/api/v1/messages")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(pnrgov)));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode merged = JSON.readTree(second.body()).get("assessments").get(0);
        assertThat(merged.get("passengers")).hasSize(2);
        assertThat(merged.get("warnings").toString())
                .contains("merged with data of this flight")
                .contains("reused");
        JsonNode p1 = passenger(merged, "P1");
        assertThat(hit(p1, "WATCHLIST").get("entryId").asString()).isEqualTo("W-1");
        assertThat(hit(p1, "RULE").get("ruleId").asString()).isEqualTo(RULE_ID);
    }

    @Test
    void a_passenger_checking_in_on_a_known_flight_gets_their_own_answer_and_the_others_keep_their_hits() {
        var flight = assess(manifest("175"));
        assertThat(flight.statusCode()).as(flight.body()).isEqualTo(200);
        JsonNode before = JSON.readTree(flight.body());
        // iAPI: one passenger at check-in, travelling on P1's booking; the JSON sent is only this passenger
        String checkIn = """
                {"flight": %s,
                 "passengers": [{"id": "P2", "surname": "CIOBANU", "givenNames": "ION", "dateOfBirth": "1986-04-04",
                   "gender": "M", "nationality": "MDA", "type": "PASSENGER", "seat": "14C",
                   "documents": [{"type": "P", "number": "AB7654321", "issuingCountry": "MDA", "expiry": "2031-01-01"}]}],
                 "bookings": []}
                """.formatted(JSON.readTree(manifest("175")).get("flight"));
        var response = send(asPipeline("/api/v1/assessments?passengers=sent")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(checkIn)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        // "P2" is taken on this flight by someone else: the newcomer is P2-2, and the answer is about them
        assertThat(answer.get("passengers")).hasSize(1);
        assertThat(answer.at("/passengers/0/id").asString()).isEqualTo("P2-2");
        assertThat(answer.at("/totals/passengers").asInt()).isEqualTo(3);
        assertThat(answer.get("warnings").toString())
                .contains("watchlist matches of 2 passengers reused", "1 screened now")
                .contains("rules run for 1 passengers whose data changed; 2 unchanged passengers keep their hits");

        // the whole flight as merged: P1 and P2 exactly as before, and the newcomer
        var all = send(asPipeline("/api/v1/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(checkIn.replace("14C", "14D"))));
        JsonNode flightNow = JSON.readTree(all.body());
        assertThat(flightNow.get("passengers")).hasSize(3);
        assertThat(passenger(flightNow, "P1")).isEqualTo(passenger(before, "P1"));
        assertThat(passenger(flightNow, "P2")).isEqualTo(passenger(before, "P2"));

        // the same check-in resent: a duplicate, and still about the newcomer, not about the flight's P2
        var resent = JSON.readTree(send(asPipeline("/api/v1/assessments?passengers=sent")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(checkIn)))
                .body());
        assertThat(resent.get("duplicate").asBoolean()).isTrue();
        assertThat(resent.get("passengers")).hasSize(1);
        assertThat(resent.at("/passengers/0/id").asString()).isEqualTo("P2-2");

        var typo = send(asPipeline("/api/v1/assessments?passengers=mine")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(checkIn)));
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(typo.body()).get("detail").asString()).contains("passengers='mine'", "all, sent");
    }

    @Test
    void a_truncated_message_is_a_400_that_names_the_position() {
        var response = send(
                asPipeline("/api/v1/messages")
                        .header("Content-Type", "text/plain")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "UNA:+.? 'UNB+UNOA:4+AIRLINE+PIU+261122:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++CIOB")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("segment");
    }

    @Test
    void malformed_json_is_a_400_with_line_and_column() {
        var response = assess("{\"flight\": {\"carrier\": \"9U\",\n \"number\": }");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("line 2");
        var missing = assess("{\"flight\": {\"carrier\": \"9U\"}, \"passengers\": []}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("flight.departure");
    }

    @Test
    void the_pipeline_may_only_submit_flights() {
        var screening = send(asPipeline("/api/v1/screening")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(screening.statusCode()).isEqualTo(403);
        var watchlists = send(asPipeline("/api/v1/watchlists"));
        assertThat(watchlists.statusCode()).isEqualTo(403);

        // refused by the URL rules, not by a method's role check: still in the audit trail, with who tried
        String rule = "pipeline-edit-" + System.nanoTime();
        var edit = send(asPipeline("/api/v1/rules/" + rule)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"justification\":\"y\"}")));
        assertThat(edit.statusCode()).isEqualTo(403);
        var audit = send(as("compliance", "/api/v1/audit"));
        assertThat(audit.body()).contains(rule).contains("REFUSED").contains("apikey:");
    }

    @Test
    void screening_any_person_is_refused_to_rule_authors_approvers_and_admins() {
        for (String user : List.of("author", "approver", "compliance", "admin")) {
            var response = send(as(user, "/api/v1/screening")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"lists": ["api-test-list"], "persons": [{"id": "q1", "name": "Ion Ciobanu"}]}""")));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void screening_api_explains_a_transliterated_match() {
        var response = send(as("officer", "/api/v1/screening")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"lists": ["api-test-list"], "persons": [
                          {"id": "q1", "surname": "CHOBANU", "givenNames": "IVAN", "dateOfBirth": "1985-03-02"},
                          {"id": "q2", "name": "Nobody Atall", "dateOfBirth": "2001-01-01"}]}""")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(result.get("screening").asString()).isEqualTo("COMPLETE");
        assertThat(result.get("results")
                        .get(0)
                        .get("matches")
                        .get(0)
                        .get("entryId")
                        .asString())
                .isEqualTo("W-1");
        assertThat(result.get("results").get(0).get("matches").get(0).get("explanation"))
                .isNotEmpty();
        assertThat(result.get("results").get(1).get("matches")).isEmpty();
    }

    @Test
    void screening_answers_the_contract_field_and_documents_status_as_deprecated() {
        var response = send(as("officer", "/api/v1/screening")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"lists": ["api-test-list"], "persons": [{"id": "q1", "name": "Ion Ciobanu"}]}""")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("screening").asString()).isEqualTo("COMPLETE");
        assertThat(result.get("status").asString())
                .isEqualTo(result.get("screening").asString());
        assertThat(result.get("results").get(0).get("id").asString()).isEqualTo("q1");

        JsonNode schema = JSON.readTree(send(as("author", "/v3/api-docs")).body())
                .path("components")
                .path("schemas")
                .path("ScreeningResponse")
                .path("properties");
        assertThat(schema.path("screening").path("deprecated").asBoolean(false)).isFalse();
        assertThat(schema.path("status").path("deprecated").asBoolean(false)).isTrue();
    }

    private static JsonNode passenger(JsonNode assessment, String id) {
        for (JsonNode p : assessment.get("passengers")) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no passenger " + id + " in " + assessment);
    }

    private static JsonNode hit(JsonNode passenger, String type) {
        for (JsonNode h : passenger.get("hits")) {
            if (h.get("type").asString().equals(type)) {
                return h;
            }
        }
        throw new AssertionError("no " + type + " hit in " + passenger);
    }
}
