package org.piu.targeting.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Manifests.*;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleScope;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.ContactType;
import org.piu.targeting.model.FlightManifest;

/**
 * Rule documents that try to smuggle code into the KieBase: every payload is either data (it compiles, and the
 * rule hits exactly the passenger whose contact holds that very text) or rejected by validation.
 */
class InjectionTest {

    static final List<String> PAYLOADS = List.of(
            "\"); System.exit(0); //",
            "\" || true || \"",
            "' or 1=1 --",
            "x\" ) then System.exit(0); end rule \"evil\" when then end //",
            "eval( true )",
            "eval(System.exit(0))",
            "\\u0022); System.exit(0); //",
            "\\\\\" + java.lang.Runtime.getRuntime().exec(\"id\") + \"",
            "${System.exit(0)}",
            "#{ System.exit(0) }",
            "@{System.exit(0)}",
            "modify($p) { }",
            "insert(new Object());",
            "import java.lang.System;",
            "global java.lang.Object x;",
            "end\nrule \"x\"\nwhen\nthen\nSystem.exit(0);\nend",
            "rule then when end not exists forall accumulate from collect eval in memberOf matches soundslike",
            "null",
            "this",
            "$p",
            "k.v(0)",
            "RuleConstants.v(0, 0)",
            "System.exit(0)");

    private final ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());

    @Test
    void hostile_values_are_data_hitting_only_the_passenger_who_has_them() {
        List<RuleRevision> rules = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            if (payload.chars().anyMatch(Character::isISOControl)) {
                continue; // covered by rejects_control_characters_in_values
            }
            accepted.add(payload);
            rules.add(rev(rule("INJ-" + i, test("contact.email", "eq", payload))));
            rules.add(rev(rule("INJ-CONTAINS-" + i, test("agency.name", "contains", payload))));
        }
        CompiledRelease release = compiler.compile("inj", rules, List.of());
        assertThat(release.problems()).isEmpty();
        assertThat(release.rules()).hasSize(rules.size());

        // one passenger per payload, whose booking e-mail is exactly that payload; plus one innocent passenger
        List<Double> hours = new ArrayList<>();
        for (int i = 0; i <= accepted.size(); i++) {
            hours.add(200.0);
        }
        FlightManifest base =
                flight(hours.stream().mapToDouble(Double::doubleValue).toArray());
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < base.bookings().size(); i++) {
            Booking b = base.bookings().get(i);
            String email = i < accepted.size() ? accepted.get(i) : "innocent@example.md";
            bookings.add(new Booking(
                    b.recordLocator(),
                    b.createdAt(),
                    b.agency(),
                    b.payments(),
                    List.of(new Contact(ContactType.EMAIL, email)),
                    b.itinerary(),
                    b.passengerIds()));
        }
        RiskEngine engine = new RiskEngine(EngineSettings.defaults().withDocumentChecks(false));
        engine.activate(release);
        Assessment a = engine.assess(new FlightManifest(base.flight(), base.passengers(), bookings));

        for (int p = 0; p < accepted.size(); p++) {
            String payload = accepted.get(p);
            int ruleIndex = PAYLOADS.indexOf(payload);
            assertThat(a.passengers().get(p).hits())
                    .as("payload %s", payload)
                    .extracting(h -> h.ruleId())
                    .contains("INJ-" + ruleIndex);
            assertThat(a.passengers().get(p).hits())
                    .as("payload %s", payload)
                    .filteredOn(
                            h -> h.ruleId().startsWith("INJ-") && !h.ruleId().startsWith("INJ-CONTAINS"))
                    .hasSize(equalPayloads(accepted, payload));
        }
        assertThat(a.passengers().get(accepted.size()).hits()).isEmpty();
        assertThat(a.passengers().get(0).hits().get(0).reasons().get(0))
                .startsWith("contact.email = \"); SYSTEM.EXIT(0); //");
    }

    private static int equalPayloads(List<String> accepted, String payload) {
        return (int) accepted.stream()
                .filter(x -> x.strip().equalsIgnoreCase(payload.strip()))
                .count();
    }

    @Test
    void no_value_text_reaches_the_generated_drl() {
        List<RuleRevision> rules = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            if (!PAYLOADS.get(i).chars().anyMatch(Character::isISOControl)) {
                rules.add(rev(rule(
                        "INJ-" + i,
                        any(
                                test("contact.email", "eq", PAYLOADS.get(i)),
                                values("agency.name", "in", PAYLOADS.get(i), "OTHER")))));
            }
        }
        CompiledRelease release = compiler.compile("inj", rules, List.of());
        String drl =
                String.join("", release.rules().stream().map(CompiledRule::drl).toList());
        assertThat(drl).doesNotContain("System", "exit", "eval", "${", "\\u0022", "'", "java.lang", "OTHER");
        assertThat(drl).doesNotContain("\"\"").contains("RuleConstants.v(");
    }

    @Test
    void rejects_control_characters_in_values_and_hostile_ids_and_fields() {
        RuleDocument newlineValue = rule("NL", test("contact.email", "eq", "a\nrule \"x\" when then end"));
        RuleDocument badId = rule("X\"; System.exit(0); //", test("payment.cash", "eq", true));
        RuleDocument newlineId = rule("OK\nrule", test("payment.cash", "eq", true));
        RuleDocument badField = rule("BADFIELD", test("nationality == \"MDA\" || true", "eq", "X"));
        RuleDocument newlineField =
                rule("NLFIELD", test("passenger.nationality\n) then System.exit(0); end", "eq", "X"));
        RuleDocument unicodeField = rule("UFIELD", test("passenger.nationality\\u0029", "eq", "X"));
        RuleDocument badCode = rule("BADCODE", test("passenger.nationality", "eq", "MDA\" || true || \""));
        RuleDocument badList = rule("BADLIST", inList("flight.origin", "in", "x\"); System.exit(0); //"));
        RuleDocument badRoute = scopedRoute("BADROUTE", "IST-KIV\"); System.exit(0); //");
        CompiledRelease release = compiler.compile(
                "inj",
                List.of(
                        rev(newlineValue),
                        rev(badId),
                        rev(newlineId),
                        rev(badField),
                        rev(newlineField),
                        rev(unicodeField),
                        rev(badCode),
                        rev(badList),
                        rev(badRoute),
                        rev(rule("GOOD", test("payment.cash", "eq", true)))),
                List.of(new NamedList("l", "x", List.of("IST"))));
        assertThat(release.rules()).extracting(CompiledRule::ruleId).containsExactly("GOOD");
        assertThat(release.problems())
                .filteredOn(p -> p.isError())
                .extracting(p -> p.ruleId() + "@" + p.path())
                .containsExactlyInAnyOrder(
                        "NL@when.value",
                        "X\"; System.exit(0); //@id",
                        "OK\nrule@id",
                        "BADFIELD@when.field",
                        "NLFIELD@when.field",
                        "UFIELD@when.field",
                        "BADCODE@when.value",
                        "BADLIST@when.list",
                        "BADROUTE@scope.routes[0]");
    }

    @Test
    void hostile_titles_and_descriptions_are_carried_as_data() {
        String title = "Title \"); System.exit(0); //\nrule \"x\" when then end ${x} \\u0022";
        RuleDocument r = new RuleDocument(
                "TITLED",
                title,
                "eval(1)\nend",
                "cat\"egory",
                org.piu.targeting.engine.rule.Severity.LOW,
                5,
                "why\"",
                "owner\n",
                java.time.LocalDate.of(2099, 1, 1),
                null,
                test("payment.cash", "eq", true),
                null);
        CompiledRelease release = compiler.compile("inj", List.of(rev(r)), List.of());
        assertThat(release.problems()).isEmpty();
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        engine.activate(release);
        Assessment a = engine.assess(flight(10));
        assertThat(a.passengers().get(0).hits())
                .singleElement()
                .satisfies(h -> assertThat(h.title()).isEqualTo(title))
                .satisfies(h -> assertThat(h.category()).isEqualTo("cat\"egory"));
    }

    private static RuleDocument scopedRoute(String id, String route) {
        return rule(id, test("payment.cash", "eq", true)).withScope(new RuleScope(List.of(), List.of(route)));
    }
}
