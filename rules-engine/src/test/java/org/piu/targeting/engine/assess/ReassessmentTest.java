package org.piu.targeting.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.bench.FlightGenerator;
import org.piu.targeting.engine.bench.RuleGenerator;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.ScreeningStatus;
import org.piu.targeting.model.TravelDocument;

/**
 * When more data of a flight arrives, only passengers whose facts changed are run through the rules again; the
 * result must be exactly what a full assessment of the flight gives.
 */
class ReassessmentTest {

    private static CompiledRelease release;
    private static CompiledRelease otherRelease;
    private static FlightManifest flight;

    @BeforeAll
    static void compile() {
        ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());
        release = compiler.compile("rel-1", new RuleGenerator(42).rules(300), RuleGenerator.lists());
        otherRelease = compiler.compile("rel-2", new RuleGenerator(43).rules(300), RuleGenerator.lists());
        flight = new FlightGenerator(7).flight(150);
    }

    private static RiskEngine engine(EngineSettings settings, CompiledRelease active) {
        RiskEngine engine = new RiskEngine(settings);
        engine.activate(active);
        return engine;
    }

    @Test
    void a_passenger_joining_a_known_flight_reruns_only_the_newcomer_and_the_companions_on_the_booking() {
        RiskEngine engine = engine(EngineSettings.defaults(), release);
        List<PassengerMatch> matches = List.of(
                match(flight.passengers().get(10).id(), "E-1", 0.91),
                match(flight.passengers().get(20).id(), "E-2", 0.75));
        Reassessment first = engine.reassess(flight, matches, ScreeningStatus.COMPLETE, null);
        assertThat(first.kept()).isZero();
        assertThat(first.evaluated()).isEqualTo(flight.passengers().size());
        assertSame(first.assessment(), engine.assess(flight, matches, ScreeningStatus.COMPLETE));

        Booking booking = flight.bookings().stream()
                .filter(b -> b.passengerIds().size() >= 2)
                .findFirst()
                .orElseThrow();
        FlightManifest joined = withCompanion(flight, booking, "LATE-1");
        Reassessment second = engine.reassess(joined, matches, ScreeningStatus.COMPLETE, first.asEarlier());

        assertSame(second.assessment(), engine.assess(joined, matches, ScreeningStatus.COMPLETE));
        // the newcomer, and everyone on the booking (its traveller count changed): nobody else
        assertThat(second.evaluated()).isEqualTo(1 + booking.passengerIds().size());
        assertThat(second.kept())
                .isEqualTo(flight.passengers().size() - booking.passengerIds().size());
        assertThat(second.assessment().passenger("LATE-1")).isPresent();
    }

    @Test
    void a_new_watchlist_match_reruns_only_the_passenger_it_names() {
        RiskEngine engine = engine(EngineSettings.defaults(), release);
        Reassessment first = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, null);
        String named = flight.passengers().get(42).id();
        List<PassengerMatch> now = List.of(match(named, "E-9", 0.95));

        Reassessment second = engine.reassess(flight, now, ScreeningStatus.COMPLETE, first.asEarlier());

        assertThat(second.evaluated()).isEqualTo(1);
        assertSame(second.assessment(), engine.assess(flight, now, ScreeningStatus.COMPLETE));
        assertThat(second.assessment().passenger(named).orElseThrow().hits())
                .anyMatch(h -> h.type() == HitType.WATCHLIST && "E-9".equals(h.entryId()));
    }

    @Test
    void the_order_screening_returns_matches_in_changes_nothing() {
        ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());
        RiskEngine engine = engine(
                EngineSettings.defaults(),
                compiler.compile(
                        "rel-w",
                        List.of(org.piu.targeting.engine.fixture.Rules.rev(org.piu.targeting.engine.fixture.Rules.rule(
                                "ANY-MATCH",
                                org.piu.targeting.engine.rule.Condition.test("watchlist.score", "ge", 0.5)))),
                        List.of()));
        String id = flight.passengers().get(3).id();
        PassengerMatch weaker = match(id, "E-1", 0.74);
        PassengerMatch stronger = match(id, "E-2", 0.93);

        Reassessment first = engine.reassess(flight, List.of(weaker, stronger), ScreeningStatus.COMPLETE, null);
        Reassessment reordered =
                engine.reassess(flight, List.of(stronger, weaker), ScreeningStatus.COMPLETE, first.asEarlier());

        assertThat(reordered.evaluated()).isZero();
        assertSame(reordered.assessment(), engine.assess(flight, List.of(stronger, weaker), ScreeningStatus.COMPLETE));
        Hit rule = reordered.assessment().passenger(id).orElseThrow().hits().stream()
                .filter(h -> h.type() == HitType.RULE)
                .findFirst()
                .orElseThrow();
        assertThat(rule.entryId()).isEqualTo("E-2"); // the strongest match names the hit
        assertThat(rule.reasons()).anyMatch(r -> r.contains("2 watchlist matches satisfy the rule"));
    }

    @Test
    void an_earlier_assessment_with_a_repeated_passenger_id_lends_nothing() {
        RiskEngine engine = engine(EngineSettings.defaults(), release);
        Reassessment first = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, null);
        Assessment a = first.assessment();
        List<PassengerAssessment> repeated = new ArrayList<>(a.passengers());
        repeated.add(a.passengers().getFirst());
        EarlierAssessment ambiguous = new EarlierAssessment(
                new Assessment(a.flightKey(), a.release(), a.screening(), repeated, a.totals(), a.warnings()),
                first.factDigests(),
                first.runawayMatches());

        Reassessment second = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, ambiguous);

        assertThat(second.kept()).isZero();
        assertSame(second.assessment(), a);
    }

    @Test
    void another_release_or_other_settings_rerun_everyone() {
        RiskEngine engine = engine(EngineSettings.defaults(), release);
        Reassessment first = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, null);
        EarlierAssessment earlier = first.asEarlier();

        RiskEngine republished = engine(EngineSettings.defaults(), otherRelease);
        Reassessment afterRelease = republished.reassess(flight, List.of(), ScreeningStatus.COMPLETE, earlier);
        assertThat(afterRelease.kept()).isZero();
        assertSame(afterRelease.assessment(), republished.assess(flight));

        RiskEngine noDocumentChecks = engine(EngineSettings.defaults().withDocumentChecks(false), release);
        Reassessment afterSettings = noDocumentChecks.reassess(flight, List.of(), ScreeningStatus.COMPLETE, earlier);
        assertThat(afterSettings.kept()).isZero();
        assertSame(afterSettings.assessment(), noDocumentChecks.assess(flight));

        Reassessment unchanged = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, earlier);
        assertThat(unchanged.evaluated()).isZero();
        assertSame(unchanged.assessment(), first.assessment());
    }

    @Test
    void runaway_rules_keep_listing_the_first_hits_in_manifest_order() {
        // cap 3: rules hitting more passengers are runaway, only their first 3 hits (manifest order) are itemized
        RiskEngine engine = engine(EngineSettings.defaults().withHitCapPerRule(3), release);
        Reassessment first = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, null);
        List<String> runaway = first.assessment().totals().runawayRules();
        assertThat(runaway).isNotEmpty();
        assertThat(first.runawayMatches().keySet()).containsExactlyInAnyOrderElementsOf(runaway);

        // a newcomer at the end of the manifest changes no rule's first 3: the others keep their hits
        FlightManifest joined = withCompanion(flight, flight.bookings().getLast(), "LATE-2");
        Reassessment second = engine.reassess(joined, List.of(), ScreeningStatus.COMPLETE, first.asEarlier());
        assertThat(second.kept()).isGreaterThan(flight.passengers().size() / 2);
        assertSame(second.assessment(), engine.assess(joined, List.of(), ScreeningStatus.COMPLETE));

        // the first itemized passenger of a runaway rule leaves: a kept passenger moves up into the first 3, so
        // the result must still list exactly what a full assessment lists
        String leaving = first.runawayMatches().get(runaway.getFirst()).getFirst();
        Booking cancelled = flight.bookings().stream()
                .filter(b -> b.passengerIds().contains(leaving))
                .findFirst()
                .orElseThrow();
        FlightManifest without = new FlightManifest(
                joined.flight(),
                joined.passengers().stream()
                        .filter(p -> !cancelled.passengerIds().contains(p.id()))
                        .toList(),
                joined.bookings().stream()
                        .filter(b -> !b.recordLocator().equals(cancelled.recordLocator()))
                        .toList());
        Reassessment third = engine.reassess(without, List.of(), ScreeningStatus.COMPLETE, second.asEarlier());
        assertSame(third.assessment(), engine.assess(without, List.of(), ScreeningStatus.COMPLETE));
    }

    @Test
    void passengers_whose_neighbours_left_keep_their_hits() {
        RiskEngine engine = engine(EngineSettings.defaults(), release);
        Reassessment first = engine.reassess(flight, List.of(), ScreeningStatus.COMPLETE, null);
        // a booking cancelled: everyone after it moves up in the manifest, but their facts are what they were
        Booking cancelled = flight.bookings().stream()
                .filter(b -> b.passengerIds().size() == 1)
                .findFirst()
                .orElseThrow();
        FlightManifest without = new FlightManifest(
                flight.flight(),
                flight.passengers().stream()
                        .filter(p -> !cancelled.passengerIds().contains(p.id()))
                        .toList(),
                flight.bookings().stream().filter(b -> b != cancelled).toList());

        Reassessment second = engine.reassess(without, List.of(), ScreeningStatus.COMPLETE, first.asEarlier());

        assertSame(second.assessment(), engine.assess(without));
        assertThat(second.kept()).isGreaterThan(without.passengers().size() / 2);
    }

    @Test
    void any_sequence_of_changes_gives_what_a_full_assessment_gives() {
        java.util.Random random = new java.util.Random(5);
        for (int cap : new int[] {4, 50}) {
            RiskEngine engine = engine(EngineSettings.defaults().withHitCapPerRule(cap), release);
            FlightManifest current = flight;
            List<PassengerMatch> matches = new ArrayList<>();
            Reassessment last = engine.reassess(current, matches, ScreeningStatus.COMPLETE, null);
            int keptSome = 0;
            for (int step = 0; step < 25; step++) {
                List<Passenger> ps = current.passengers();
                switch (random.nextInt(4)) {
                    case 0 ->
                        current = withCompanion(
                                current,
                                current.bookings()
                                        .get(random.nextInt(current.bookings().size())),
                                "NEW-" + step);
                    case 1 -> {
                        Booking gone = current.bookings()
                                .get(random.nextInt(current.bookings().size()));
                        current = new FlightManifest(
                                current.flight(),
                                ps.stream()
                                        .filter(p -> !gone.passengerIds().contains(p.id()))
                                        .toList(),
                                current.bookings().stream()
                                        .filter(b -> b != gone)
                                        .toList());
                    }
                    case 2 ->
                        matches.add(match(
                                ps.get(random.nextInt(ps.size())).id(), "E-" + step, 0.7 + random.nextDouble() * 0.3));
                    default -> {
                        int k = random.nextInt(ps.size());
                        Passenger p = ps.get(k);
                        List<Passenger> changed = new ArrayList<>(ps);
                        changed.set(
                                k,
                                new Passenger(
                                        p.id(),
                                        p.surname(),
                                        p.givenNames(),
                                        p.dateOfBirth(),
                                        p.gender(),
                                        random.nextBoolean() ? "SYR" : "DEU",
                                        p.residence(),
                                        p.type(),
                                        p.documents(),
                                        p.bookingRef(),
                                        p.seat(),
                                        p.bags(),
                                        p.embarkation(),
                                        p.debarkation()));
                        current = new FlightManifest(current.flight(), changed, current.bookings());
                    }
                }
                final FlightManifest now = current;
                List<PassengerMatch> onBoard = matches.stream()
                        .filter(m -> now.passengers().stream().anyMatch(p -> p.id().equals(m.passengerId())))
                        .toList();
                Reassessment next = engine.reassess(now, onBoard, ScreeningStatus.COMPLETE, last.asEarlier());
                assertSame(next.assessment(), engine.assess(now, onBoard, ScreeningStatus.COMPLETE));
                keptSome += next.kept() > 0 ? 1 : 0;
                last = next;
            }
            assertThat(keptSome).as("steps that kept earlier hits, cap " + cap).isGreaterThan(10);
        }
    }

    /** Equal in everything but the time it took. */
    private static void assertSame(Assessment actual, Assessment expected) {
        assertThat(withoutTiming(actual)).isEqualTo(withoutTiming(expected));
    }

    private static Assessment withoutTiming(Assessment a) {
        AssessmentTotals t = a.totals();
        return new Assessment(
                a.flightKey(),
                a.release(),
                a.screening(),
                a.passengers(),
                new AssessmentTotals(
                        t.passengers(),
                        t.passengersWithHits(),
                        t.ruleHits(),
                        t.watchlistHits(),
                        t.documentHits(),
                        t.rules(),
                        t.runawayRules(),
                        0),
                a.warnings());
    }

    private static FlightManifest withCompanion(FlightManifest m, Booking booking, String id) {
        Passenger companion = new Passenger(
                id,
                "NOUVEAU",
                "ION",
                LocalDate.of(1990, 4, 4),
                "M",
                "MDA",
                "MDA",
                PassengerType.PASSENGER,
                List.of(new TravelDocument("P", "NEW" + id, "MDA", LocalDate.of(2030, 1, 1))),
                booking.recordLocator(),
                "30C",
                null,
                m.flight().origin(),
                m.flight().destination());
        List<Passenger> passengers = new ArrayList<>(m.passengers());
        passengers.add(companion);
        List<Booking> bookings = m.bookings().stream()
                .map(b -> b != booking
                        ? b
                        : new Booking(
                                b.recordLocator(),
                                b.createdAt(),
                                b.agency(),
                                b.payments(),
                                b.contacts(),
                                b.itinerary(),
                                concat(b.passengerIds(), id)))
                .toList();
        return new FlightManifest(m.flight(), passengers, bookings);
    }

    private static List<String> concat(List<String> ids, String id) {
        List<String> all = new ArrayList<>(ids);
        all.add(id);
        return all;
    }

    private static PassengerMatch match(String passengerId, String entryId, double score) {
        return new PassengerMatch(
                passengerId,
                "national",
                entryId,
                score,
                score >= 0.86 ? MatchDecision.ALERT : MatchDecision.REVIEW,
                "SOME NAME",
                List.of("surname: exact", "date of birth: year"));
    }
}
