package org.piu.targeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.Hit;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.bench.FlightGenerator;
import org.piu.targeting.engine.bench.RuleGenerator;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.facts.FactDeriver;
import org.piu.targeting.engine.facts.FlightFacts;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;
import org.piu.targeting.model.AirportDirectory;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MatchDecision;

class WarmUpFlightTest {

    private final FlightFacts facts = new FactDeriver(AirportDirectory.standard(), Set.of("MDA", "AZE"))
            .derive(WarmUpFlight.manifest(), WarmUpFlight.matches());

    @Test
    void is_the_same_flight_every_time_it_is_built() {
        assertThat(WarmUpFlight.build()).isEqualTo(WarmUpFlight.manifest());
        assertThat(WarmUpFlight.manifest().passengers()).hasSize(WarmUpFlight.PASSENGERS);
        assertThat(facts.warnings()).as("every airport of the flight is known").isEmpty();
    }

    @Test
    void gives_every_field_of_the_catalog_a_value_for_some_passenger() {
        for (FieldDefinition field : FieldCatalog.standard().fields()) {
            List<?> values = switch (field.source()) {
                case PASSENGER -> values(PassengerFacts.class, facts.passengers(), field.property());
                case WATCHLIST -> values(WatchlistFacts.class, facts.watchlist(), field.property());
            };
            assertThat(values.stream().filter(Objects::nonNull))
                    .as(field.id() + " has a value for some passenger")
                    .isNotEmpty();
        }
    }

    @Test
    void leaves_every_fact_of_a_passenger_or_booking_missing_for_some_passenger() {
        // known whenever the passenger is: identity, the booking's presence, the journey's direction, a count
        Set<String> alwaysKnown = Set.of(
                "ordinal", "passengerId", "passengerType", "surname", "bookingPresent", "direction", "documentCount");
        List<String> neverMissing = new ArrayList<>();
        for (RecordComponent component : PassengerFacts.class.getRecordComponents()) {
            String name = component.getName();
            boolean flightFact = name.startsWith("flight"); // one flight: the same for everyone
            if (!flightFact
                    && !alwaysKnown.contains(name)
                    && !values(PassengerFacts.class, facts.passengers(), name).contains(null)) {
                neverMissing.add(name);
            }
        }
        assertThat(neverMissing).as("facts never missing").isEmpty();
    }

    @Test
    void answers_every_yes_no_fact_both_ways() {
        for (RecordComponent component : PassengerFacts.class.getRecordComponents()) {
            if (component.getType() == Boolean.class) {
                assertThat(values(PassengerFacts.class, facts.passengers(), component.getName()))
                        .as(component.getName())
                        .contains(true, false);
            }
        }
    }

    @Test
    void holds_the_cross_passenger_patterns_transit_expired_documents_and_both_watchlist_decisions() {
        List<PassengerFacts> passengers = facts.passengers();
        assertThat(passengers).anyMatch(p -> p.sharedContactBookings() != null && p.sharedContactBookings() > 1);
        assertThat(passengers).anyMatch(p -> p.sharedCardBookings() != null && p.sharedCardBookings() > 1);
        assertThat(passengers).anyMatch(p -> p.sharedAgencyBookings() != null && p.sharedAgencyBookings() > 1);
        assertThat(passengers)
                .anyMatch(p -> p.payerNotTravellingBookings() != null && p.payerNotTravellingBookings() > 1);
        assertThat(passengers).extracting(PassengerFacts::direction).contains("INBOUND", "TRANSIT");
        assertThat(passengers).extracting(PassengerFacts::passengerType).contains("PASSENGER", "CREW");
        assertThat(passengers).anyMatch(p -> p.documentDaysValid() != null && p.documentDaysValid() < 0);
        assertThat(passengers).anyMatch(p -> p.bookingSurfaceGaps() != null && p.bookingSurfaceGaps() > 0);
        assertThat(facts.watchlist())
                .extracting(WatchlistFacts::decision)
                .contains(MatchDecision.ALERT.name(), MatchDecision.REVIEW.name());
    }

    /**
     * What the warm-up is for: the rules of a release evaluate their constraints on it. Generated benchmark rules
     * (every field and operator) fire at least as widely as on a generated flight of the same size.
     */
    @Test
    void makes_at_least_as_many_rules_fire_as_a_generated_flight_of_the_same_size() {
        CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard())
                .compile("warm-up", new RuleGenerator(7).rules(400), RuleGenerator.lists());
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        engine.activate(release);

        Set<String> onWarmUp = firedRules(engine.assess(WarmUpFlight.manifest(), WarmUpFlight.matches()));
        FlightManifest generated = new FlightGenerator(4).flight(WarmUpFlight.PASSENGERS);
        Set<String> onGenerated = firedRules(engine.assess(generated));

        assertThat(onWarmUp.size()).isGreaterThanOrEqualTo(onGenerated.size());
        assertThat(onWarmUp.size()).as("rules fired of 400").isGreaterThan(100);
    }

    private static Set<String> firedRules(Assessment assessment) {
        Set<String> fired = new HashSet<>();
        assessment
                .passengers()
                .forEach(p -> p.hits().stream()
                        .filter(h -> h.type() == HitType.RULE)
                        .map(Hit::ruleId)
                        .forEach(fired::add));
        return fired;
    }

    private static <T> List<Object> values(Class<T> type, List<T> facts, String component) {
        try {
            var accessor = type.getMethod(component);
            return facts.stream()
                    .map(f -> {
                        try {
                            return accessor.invoke(f);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.toList());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getSimpleName() + " has no component " + component, e);
        }
    }
}
