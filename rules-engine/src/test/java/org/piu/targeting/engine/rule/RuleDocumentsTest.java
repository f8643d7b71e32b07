package org.piu.targeting.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.PaymentType;

class RuleDocumentsTest {

    static final String RULE_YAML = """
            id: R-LATE-CASH
            title: Late cash booking on a high-risk route
            description: Booked shortly before departure and paid cash
            category: smuggling
            severity: HIGH
            score: 40
            justification: Case files 2025/17 and 2026/03
            owner: analyst.one
            reviewBy: 2099-06-30
            scope:
              directions: [INBOUND, TRANSIT]
              routes: ["*-KIV"]
            when:
              all:
                - {field: booking.leadTimeHours, op: lt, value: 48}
                - {field: payment.cash, op: eq, value: true}
                - any:
                    - {field: booking.itineraryOrigin, op: in, list: high-risk-airports}
                    - {pattern: {type: shared_contact, minBookings: 3}}
            unless:
              field: passenger.type
              op: eq
              value: CREW
            """;

    static final String MANIFEST_JSON = """
            {"flight": {"carrier": "9U", "number": "172", "origin": "IST", "destination": "KIV",
                        "departure": "2026-11-22T07:40:00+03:00", "arrival": "2026-11-22T09:05:00+02:00"},
             "passengers": [{"id": "P1", "surname": "CIOBANU", "givenNames": "ION", "dateOfBirth": "1985-03-02",
                             "gender": "M", "nationality": "MDA", "residence": "MDA", "type": "PASSENGER",
                             "documents": [{"type": "P", "number": "AB1234567", "issuingCountry": "MDA", "expiry": "2030-01-01"}],
                             "bookingRef": "X7K2QP", "seat": "12A", "bags": {"count": 1, "weightKg": 23}}],
             "bookings": [{"recordLocator": "X7K2QP", "createdAt": "2026-11-21T18:02:00Z",
                           "agency": {"iata": "12345678", "name": "...", "country": "TUR"},
                           "payments": [{"type": "CASH", "cardNumberMasked": null, "amount": 212.0, "currency": "EUR"}],
                           "contacts": [{"type": "PHONE", "value": "..."}],
                           "itinerary": [{"carrier": "TK", "number": "1881", "origin": "TBS", "destination": "IST",
                                          "departure": "2026-11-21T23:10:00+04:00"}],
                           "passengerIds": ["P1"], "someFutureField": 1}]}
            """;

    @Test
    void reads_a_rule_from_yaml_and_writes_it_back_unchanged_in_yaml_and_json() {
        RuleDocument rule = RuleDocuments.parseRule(RULE_YAML);
        assertThat(rule.id()).isEqualTo("R-LATE-CASH");
        assertThat(rule.severity()).isEqualTo(Severity.HIGH);
        assertThat(rule.reviewBy()).isEqualTo(LocalDate.of(2099, 6, 30));
        assertThat(rule.scope().routes()).containsExactly("*-KIV");
        assertThat(rule.when().all()).hasSize(3);
        assertThat(rule.when().all().get(0).value()).isEqualTo(48);
        assertThat(rule.when().all().get(2).any().get(1).pattern())
                .isEqualTo(new Condition.Pattern("shared_contact", 3));
        String yaml = RuleDocuments.write(rule, RuleDocuments.Format.YAML);
        String json = RuleDocuments.write(rule, RuleDocuments.Format.JSON);
        assertThat(RuleDocuments.parseRule(yaml)).isEqualTo(rule);
        assertThat(RuleDocuments.parseRule(json)).isEqualTo(rule);
        assertThat(RuleDocuments.write(RuleDocuments.parseRule(yaml), RuleDocuments.Format.YAML))
                .isEqualTo(yaml);
        assertThat(yaml.indexOf("id:")).isLessThan(yaml.indexOf("title:"));
        assertThat(yaml.indexOf("title:")).isLessThan(yaml.indexOf("severity:"));
        assertThat(yaml.indexOf("when:")).isLessThan(yaml.indexOf("unless:"));
        assertThat(json).contains("\"reviewBy\" : \"2099-06-30\"");
    }

    @Test
    void rejects_an_unknown_key_with_line_and_path() {
        String misspelt = RULE_YAML.replace("unless:", "unles:");
        assertThatThrownBy(() -> RuleDocuments.parseRule(misspelt))
                .isInstanceOf(RuleDocumentException.class)
                .hasMessageContaining("unles")
                .hasMessageContaining("line")
                .satisfies(e -> assertThat(((RuleDocumentException) e).line()).isGreaterThan(20));
        assertThatThrownBy(() -> RuleDocuments.parseRule(RULE_YAML.replace("severity: HIGH", "severity: HUGE")))
                .isInstanceOf(RuleDocumentException.class)
                .hasMessageContaining("severity");
    }

    @Test
    void reads_and_writes_named_lists_and_scenarios() {
        NamedList list = new NamedList("high-risk-airports", "Documented routes", List.of("IST", "DXB"));
        assertThat(RuleDocuments.parseList(RuleDocuments.write(list, RuleDocuments.Format.YAML)))
                .isEqualTo(list);
        assertThat(RuleDocuments.parseList(RuleDocuments.write(list, RuleDocuments.Format.JSON)))
                .isEqualTo(list);
        FlightManifest m = RuleDocuments.manifestMapper().readValue(MANIFEST_JSON, FlightManifest.class);
        Scenario s = new Scenario(
                "S1",
                "late cash",
                null,
                new Scenario.Given(m, List.of()),
                new Scenario.Expect(
                        List.of(new Scenario.HitExpectation("P1", "R-LATE-CASH", true)),
                        List.of(new Scenario.CountExpectation("R-LATE-CASH", 1))));
        String yaml = RuleDocuments.write(s, RuleDocuments.Format.YAML);
        assertThat(RuleDocuments.parseScenario(yaml)).isEqualTo(s);
        assertThat(RuleDocuments.parseScenario(RuleDocuments.write(s, RuleDocuments.Format.JSON)))
                .isEqualTo(s);
    }

    @Test
    void reads_the_manifest_of_the_api_contract_keeping_local_offsets() {
        FlightManifest m = RuleDocuments.manifestMapper().readValue(MANIFEST_JSON, FlightManifest.class);
        assertThat(m.flight().departure()).isEqualTo(OffsetDateTime.parse("2026-11-22T07:40:00+03:00"));
        assertThat(m.flight().departure().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
        assertThat(m.flight().key()).isEqualTo("9U172-2026-11-22-ISTKIV");
        assertThat(m.passengers().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 2));
        assertThat(m.passengers().get(0).bags().weightKg()).isEqualTo(23.0);
        assertThat(m.bookings().get(0).payments().get(0).type()).isEqualTo(PaymentType.CASH);
        assertThat(m.bookings()
                        .get(0)
                        .itinerary()
                        .get(0)
                        .departure()
                        .getOffset()
                        .getTotalSeconds())
                .isEqualTo(4 * 3600);
        String back = RuleDocuments.manifestMapper().writeValueAsString(m);
        assertThat(back).contains("\"departure\":\"2026-11-22T07:40:00+03:00\"");
        assertThat(RuleDocuments.manifestMapper().readValue(back, FlightManifest.class))
                .isEqualTo(m);
    }
}
