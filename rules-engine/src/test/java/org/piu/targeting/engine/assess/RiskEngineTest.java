package org.piu.targeting.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Manifests.*;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.bench.FlightGenerator;
import org.piu.targeting.engine.bench.RuleGenerator;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleScope;
import org.piu.targeting.engine.rule.Severity;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.TravelDocument;

class RiskEngineTest {

    private final ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());
    private final List<NamedList> lists = List.of(
            new NamedList("high-risk-airports", "x", List.of("IST", "DXB")),
            new NamedList("watched-agencies", "x", List.of("12345678")));

    private RiskEngine engine(List<RuleRevision> rules) {
        CompiledRelease release = compiler.compile("rel-7", rules, lists);
        assertThat(release.problems()).isEmpty();
        RiskEngine engine = new RiskEngine(EngineSettings.defaults().withDocumentChecks(false));
        engine.activate(release);
        return engine;
    }

    @Test
    void every_hit_names_rule_revision_release_and_the_matched_conditions_with_actual_values() {
        RiskEngine engine = engine(List.of(rev(
                rule(
                        "LATE-CASH",
                        all(
                                test("booking.leadTimeHours", "lt", 48),
                                test("payment.cash", "eq", true),
                                any(
                                        inList("flight.origin", "in", "high-risk-airports"),
                                        test("passenger.nationality", "eq", "SYR")),
                                not(test("passenger.type", "eq", "CREW")))),
                "r42")));
        Assessment a = engine.assess(flight(6, 100));
        assertThat(a.release().id()).isEqualTo("rel-7");
        assertThat(a.release().hash()).hasSize(64);
        assertThat(a.flightKey()).isEqualTo("9U172-2026-11-22-ISTKIV");
        Hit hit = a.passenger("P1").orElseThrow().hits().get(0);
        assertThat(hit.type()).isEqualTo(HitType.RULE);
        assertThat(hit.ruleId()).isEqualTo("LATE-CASH");
        assertThat(hit.ruleRevision()).isEqualTo("r42");
        assertThat(hit.severity()).isEqualTo(Severity.HIGH);
        assertThat(hit.category()).isEqualTo("test");
        assertThat(hit.reasons())
                .containsExactly(
                        "booking.leadTimeHours = 6 (< 48)",
                        "payment.cash = true (= true)",
                        "flight.origin = IST (in list high-risk-airports)",
                        "passenger.type = PASSENGER (not = CREW)");
        assertThat(a.passenger("P1").orElseThrow().riskScore()).isEqualTo(40);
        assertThat(a.passenger("P2").orElseThrow().hits()).isEmpty();
        assertThat(a.totals().rules())
                .singleElement()
                .satisfies(c -> assertThat(c.hits()).isEqualTo(1));
        String json = RuleDocuments.manifestMapper().writeValueAsString(a);
        assertThat(json)
                .contains(
                        "\"flightKey\":\"9U172-2026-11-22-ISTKIV\"",
                        "\"release\":{\"id\":\"rel-7\"",
                        "\"ruleRevision\":\"r42\"",
                        "\"screening\":\"COMPLETE\"");
    }

    @Test
    void exonerating_conditions_spare_the_passenger() {
        RiskEngine engine = engine(List.of(rev(rule(
                "LATE",
                test("booking.leadTimeHours", "lt", 48),
                any(test("passenger.nationality", "eq", "MDA"), test("booking.travellers", "ge", 4))))));
        FlightManifest m = flight(6, 6);
        Passenger foreigner = passenger("P2", "X", "TUR", "B2");
        Assessment a = engine.assess(
                new FlightManifest(m.flight(), List.of(m.passengers().get(0), foreigner), m.bookings()));
        assertThat(a.passenger("P1").orElseThrow().hits()).isEmpty();
        assertThat(a.passenger("P2").orElseThrow().hits())
                .extracting(Hit::ruleId)
                .containsExactly("LATE");
    }

    @Test
    void named_lists_scope_dates_and_text_operators_work_on_real_values() {
        RiskEngine engine = engine(List.of(
                rev(rule("AGENCY", inList("agency.iata", "in", "watched-agencies"))),
                rev(rule("NOT-LISTED", inList("flight.origin", "not_in", "high-risk-airports"))),
                rev(rule("OUT-ONLY", test("payment.cash", "eq", true))
                        .withScope(new RuleScope(List.of("OUTBOUND"), List.of()))),
                rev(rule("ROUTE", test("payment.cash", "eq", true))
                        .withScope(new RuleScope(List.of(), List.of("*-KIV")))),
                rev(rule("CREATED", test("booking.createdAt", "within_hours", 12))),
                rev(rule("EXPIRES", values("document.expiry", "between", "2029-12-31", "2030-01-02"))),
                rev(rule("PHONE", test("contact.phone", "starts_with", "+37369"))),
                rev(rule("AGE", values("passenger.ageYears", "between", 40, 42)))));
        Assessment a = engine.assess(flight(6, 100));
        assertThat(a.passenger("P1").orElseThrow().hits())
                .extracting(Hit::ruleId)
                .containsExactlyInAnyOrder("AGENCY", "ROUTE", "CREATED", "EXPIRES", "PHONE", "AGE");
        assertThat(a.passenger("P2").orElseThrow().hits())
                .extracting(Hit::ruleId)
                .containsExactlyInAnyOrder("AGENCY", "ROUTE", "EXPIRES", "PHONE", "AGE");
        Hit route = a.passenger("P1").orElseThrow().hits().stream()
                .filter(h -> h.ruleId().equals("ROUTE"))
                .findFirst()
                .orElseThrow();
        assertThat(route.reasons())
                .containsExactly("payment.cash = true (= true)", "scope: flight.route = IST-KIV (in [*-KIV])");
        Hit created = a.passenger("P1").orElseThrow().hits().stream()
                .filter(h -> h.ruleId().equals("CREATED"))
                .findFirst()
                .orElseThrow();
        assertThat(created.reasons())
                .containsExactly(
                        "booking.createdAt = 2026-11-21T22:40:00Z (within 12 h of departure 2026-11-22T04:40:00Z)");
    }

    @Test
    void cross_passenger_patterns_find_bookings_sharing_a_phone_or_a_payer_who_stays_home() {
        RiskEngine engine = engine(List.of(
                rev(rule("SHARED-PHONE", pattern("shared_contact", 3))),
                rev(rule("REMOTE-PAYER", pattern("payer_not_travelling", 2)))));
        Payment byUncle = new Payment(PaymentType.CARD, "4111XXXXXXXX1111", 90.0, "EUR", "Rusu, Vasile");
        List<Booking> bookings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Booking b = booking("B" + i, 100, i <= 3 ? "+373 69 000 111" : "+3736900000" + i, List.of("P" + i));
            bookings.add(i >= 4 ? withPayments(b, List.of(byUncle)) : b);
        }
        List<Passenger> ps = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ps.add(passenger("P" + i, "S" + i, "MDA", "B" + i));
        }
        Assessment a = engine.assess(new FlightManifest(IST_KIV, ps, bookings));
        assertThat(a.totals().rules())
                .extracting(c -> c.ruleId() + "=" + c.hits())
                .containsExactly("REMOTE-PAYER=2", "SHARED-PHONE=3");
        assertThat(a.passenger("P1").orElseThrow().hits().get(0).reasons())
                .containsExactly("pattern.sharedContactBookings = 3 (shared_contact: >= 3 bookings)");
        assertThat(a.passenger("P4").orElseThrow().hits())
                .extracting(Hit::ruleId)
                .containsExactly("REMOTE-PAYER");
    }

    @Test
    void watchlist_matches_are_hits_and_facts_for_rules() {
        RiskEngine engine = engine(List.of(rev(rule(
                "REVIEW-ON-RISK-ROUTE",
                all(
                        test("watchlist.decision", "eq", "REVIEW"),
                        test("watchlist.list", "eq", "INTERPOL-SLTD"),
                        inList("flight.origin", "in", "high-risk-airports"))))));
        List<PassengerMatch> matches = List.of(
                new PassengerMatch(
                        "P1",
                        "INTERPOL-SLTD",
                        "E-1",
                        0.83,
                        MatchDecision.REVIEW,
                        "ION SURNAME1",
                        List.of("surname exact", "date of birth exact")),
                new PassengerMatch("P2", "INTERPOL-SLTD", "E-2", 0.97, MatchDecision.ALERT, "ION SURNAME2", List.of()),
                new PassengerMatch("P9", "X", "E-3", 0.9, MatchDecision.ALERT, "NOBODY", List.of()));
        Assessment a = engine.assess(flight(100, 100), matches);
        PassengerAssessment p1 = a.passenger("P1").orElseThrow();
        assertThat(p1.hits()).extracting(Hit::type).containsExactly(HitType.RULE, HitType.WATCHLIST);
        Hit rule = p1.hits().get(0);
        assertThat(rule.list()).isEqualTo("INTERPOL-SLTD");
        assertThat(rule.entryId()).isEqualTo("E-1");
        assertThat(rule.matchScore()).isEqualTo(0.83);
        assertThat(rule.reasons()).contains("watchlist.decision = REVIEW (= REVIEW)");
        assertThat(p1.hits().get(1).reasons()).contains("surname exact");
        assertThat(p1.riskScore()).isEqualTo(40 + 40);
        PassengerAssessment p2 = a.passenger("P2").orElseThrow();
        assertThat(p2.hits()).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo(HitType.WATCHLIST);
            assertThat(h.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(h.score()).isEqualTo(100);
        });
        assertThat(a.warnings()).anyMatch(w -> w.contains("P9"));
    }

    @Test
    void a_runaway_rule_is_capped_flagged_and_counted_never_dropped_silently() {
        CompiledRelease release =
                compiler.compile("cap", List.of(rev(rule("EVERYONE", test("payment.cash", "eq", true)))), List.of());
        RiskEngine engine =
                new RiskEngine(EngineSettings.defaults().withHitCapPerRule(3).withDocumentChecks(false));
        engine.activate(release);
        Assessment a = engine.assess(flight(100, 100, 100, 100, 100));
        assertThat(a.totals().rules()).singleElement().satisfies(c -> {
            assertThat(c.hits()).isEqualTo(5);
            assertThat(c.itemized()).isEqualTo(3);
            assertThat(c.runaway()).isTrue();
        });
        assertThat(a.totals().runawayRules()).containsExactly("EVERYONE");
        assertThat(a.warnings()).anyMatch(w -> w.contains("EVERYONE") && w.contains("runaway") && w.contains("5"));
        assertThat(a.passengers()).extracting(p -> p.hits().size()).containsExactly(1, 1, 1, 0, 0);
    }

    @Test
    void document_checks_and_the_absence_of_a_release_are_reported() {
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        FlightManifest m = flight(100, 100);
        Passenger expired =
                withDocument(m.passengers().get(0), new TravelDocument("P", "X", "MDA", LocalDate.of(2026, 11, 1)));
        Passenger none = withDocument(m.passengers().get(1), null);
        Assessment a = engine.assess(new FlightManifest(m.flight(), List.of(expired, none), m.bookings()));
        assertThat(a.release().id()).isEqualTo("none");
        assertThat(a.warnings().get(0)).contains("no rule release is active");
        assertThat(a.passenger("P1").orElseThrow().hits())
                .singleElement()
                .satisfies(h -> assertThat(h.reasons()).contains("document.daysValid = -21 (< 0)"));
        assertThat(a.passenger("P2").orElseThrow().hits())
                .extracting(Hit::ruleId)
                .containsExactly("document.missing");
    }

    @Test
    void the_same_flight_gives_the_same_assessment() {
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        engine.activate(compiler.compile("gen", new RuleGenerator(3).rules(150), RuleGenerator.lists()));
        FlightManifest m = new FlightGenerator(9).flight(200);
        Assessment first = engine.assess(m);
        for (int i = 0; i < 3; i++) {
            Assessment again = engine.assess(m);
            assertThat(again.passengers()).isEqualTo(first.passengers());
            assertThat(again.totals().rules()).isEqualTo(first.totals().rules());
        }
        assertThat(first.totals().ruleHits()).isPositive();
        for (PassengerAssessment p : first.passengers()) {
            List<Hit> sorted = new ArrayList<>(p.hits());
            sorted.sort(FlightAssessor.HIT_ORDER);
            assertThat(p.hits()).isEqualTo(sorted);
        }
    }

    @Test
    void swapping_releases_under_concurrent_assessments_fails_no_request() throws Exception {
        List<NamedList> genLists = RuleGenerator.lists();
        CompiledRelease a = compiler.compile("A", new RuleGenerator(1).rules(100), genLists);
        CompiledRelease b = compiler.compile("B", new RuleGenerator(2).rules(120), genLists);
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        FlightManifest m = new FlightGenerator(4).flight(120);
        engine.warmUp(a, 2);
        assertThat(engine.active()).as("warming up does not activate").isEmpty();
        engine.activate(a);
        int expectedA = engine.assess(m).totals().ruleHits();
        engine.activate(b);
        int expectedB = engine.assess(m).totals().ruleHits();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Set<String>>> workers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            workers.add(pool.submit(() -> {
                Set<String> seen = new HashSet<>();
                while (!stop.get()) {
                    Assessment x = engine.assess(m);
                    int expected = x.release().id().equals("A") ? expectedA : expectedB;
                    if (x.totals().ruleHits() != expected) {
                        throw new AssertionError("release " + x.release().id() + " gave "
                                + x.totals().ruleHits());
                    }
                    seen.add(x.release().id());
                }
                return seen;
            }));
        }
        for (int swap = 0; swap < 40; swap++) {
            engine.activate(swap % 2 == 0 ? a : b);
            Thread.sleep(15);
        }
        stop.set(true);
        Set<String> seen = new HashSet<>();
        for (Future<Set<String>> w : workers) {
            seen.addAll(w.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(seen).containsExactlyInAnyOrder("A", "B");
    }
}
