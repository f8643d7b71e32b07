package org.piu.targeting.sample.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;
import org.piu.targeting.sample.people.Nationalities;

class FlightGeneratorTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);

    @Test
    void same_seed_gives_identical_flights_and_another_seed_different_ones() {
        FlightGenerator g = new FlightGenerator(FlightGeneratorSettings.sample());
        String a = json(g.generate(42, REFERENCE));
        String b = json(g.generate(42, REFERENCE));
        String c = json(g.generate(43, REFERENCE));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void a_flight_can_be_generated_alone_and_equals_its_place_in_the_sequence() {
        FlightGenerator g = new FlightGenerator(FlightGeneratorSettings.sample());
        List<GeneratedFlight> all = g.generate(7, REFERENCE);
        assertThat(g.flight(7, REFERENCE, 5)).isEqualTo(all.get(5));
    }

    @Test
    void flights_are_realistic() {
        List<GeneratedFlight> flights =
                new FlightGenerator(new FlightGeneratorSettings(60, 5, 0, 0.2, true)).generate(1, REFERENCE);
        for (GeneratedFlight gf : flights) {
            FlightManifest m = gf.manifest();
            String where = gf.key();
            assertThat(m.flight().arrival().toInstant())
                    .as(where)
                    .isAfter(m.flight().departure().toInstant());
            assertThat(Set.of(m.flight().origin(), m.flight().destination()))
                    .as(where)
                    .containsAnyOf("KIV", "GYD");
            assertThat(m.flight().departure().toLocalDate()).as(where).isBetween(REFERENCE, REFERENCE.plusDays(4));
            Set<String> ids = new HashSet<>();
            Set<String> seats = new HashSet<>();
            for (Passenger p : m.passengers()) {
                assertThat(ids.add(p.id())).as(where + " unique id " + p.id()).isTrue();
                long age = ChronoUnit.YEARS.between(
                        p.dateOfBirth(), m.flight().departure().toLocalDate());
                assertThat(age).as(where + " age of " + p.id()).isBetween(0L, 90L);
                assertThat(p.surname()).as(where).matches("[A-Z]+");
                assertThat(p.givenNames()).as(where).matches("[A-Z]+");
                assertThat(p.gender()).isIn("M", "F");
                TravelDocument d = p.documents().get(0);
                assertThat(d.number())
                        .as(where + " document of " + p.id() + " issued by " + d.issuingCountry())
                        .matches(
                                Nationalities.standard().get(d.issuingCountry()).passportPattern());
                assertThat(d.expiry()).as(where).isAfter(m.flight().departure().toLocalDate());
                if (p.type() == PassengerType.CREW) {
                    assertThat(p.bookingRef()).isNull();
                    assertThat(age).isGreaterThanOrEqualTo(21);
                } else {
                    assertThat(p.bookingRef()).isNotNull();
                    if (age >= 2) {
                        assertThat(seats.add(p.seat()))
                                .as(where + " seat " + p.seat() + " given twice")
                                .isTrue();
                    }
                }
            }
            assertThat(m.passengers())
                    .filteredOn(p -> p.type() == PassengerType.CREW)
                    .hasSizeGreaterThanOrEqualTo(4);
            Map<String, Passenger> byId = m.passengers().stream().collect(Collectors.toMap(Passenger::id, p -> p));
            for (Booking b : m.bookings()) {
                assertThat(b.recordLocator()).matches("[A-Z0-9]{6}");
                assertThat(b.passengerIds()).isNotEmpty();
                for (String pid : b.passengerIds()) {
                    assertThat(byId).as(where + " booking " + b.recordLocator()).containsKey(pid);
                    assertThat(byId.get(pid).bookingRef()).isEqualTo(b.recordLocator());
                }
                assertThat(b.createdAt().toInstant())
                        .isBefore(m.flight().departure().toInstant());
                assertThat(b.itinerary())
                        .anyMatch(s -> s.number().equals(m.flight().number())
                                && s.origin().equals(m.flight().origin())
                                && s.departure().equals(m.flight().departure()));
                for (int i = 0; i < b.itinerary().size(); i++) {
                    Segment s = b.itinerary().get(i);
                    assertThat(s.arrival().toInstant())
                            .as(where + " " + b.recordLocator())
                            .isAfter(s.departure().toInstant());
                    if (i > 0) {
                        Segment prev = b.itinerary().get(i - 1);
                        assertThat(Duration.between(prev.arrival(), s.departure()))
                                .as(where + " " + b.recordLocator() + " connection " + i)
                                .isPositive();
                    }
                }
                assertThat(b.payments()).isNotEmpty();
                assertThat(b.contacts()).isNotEmpty();
            }
            long booked = m.passengers().stream()
                    .filter(p -> p.type() == PassengerType.PASSENGER)
                    .count();
            assertThat(m.bookings().stream()
                            .mapToLong(b -> b.passengerIds().size())
                            .sum())
                    .isEqualTo(booked);
        }
    }

    @Test
    void no_flight_key_repeats() {
        List<GeneratedFlight> flights =
                new FlightGenerator(new FlightGeneratorSettings(2000, 7, 1, 0, false)).generate(3, REFERENCE);
        assertThat(flights).extracting(GeneratedFlight::key).doesNotHaveDuplicates();
    }

    @Test
    void a_sample_contains_every_planted_risk() {
        List<GeneratedFlight> flights = new FlightGenerator(FlightGeneratorSettings.sample()).generate(2026, REFERENCE);
        Set<PlantedRisk> planted = EnumSet.noneOf(PlantedRisk.class);
        flights.forEach(f -> f.planted().forEach(c -> planted.add(c.risk())));
        assertThat(planted).containsExactlyInAnyOrder(PlantedRisk.values());
    }

    @Test
    void fixed_size_flights_carry_exactly_that_many_passengers() {
        List<GeneratedFlight> flights =
                new FlightGenerator(FlightGeneratorSettings.load(3, 500)).generate(5, REFERENCE);
        for (GeneratedFlight f : flights) {
            assertThat(f.manifest().passengers())
                    .filteredOn(p -> p.type() == PassengerType.PASSENGER)
                    .hasSize(500);
        }
    }

    static String json(List<GeneratedFlight> flights) {
        return RuleDocuments.manifestMapper()
                        .writeValueAsString(
                                flights.stream().map(GeneratedFlight::manifest).toList())
                + flights.stream().map(f -> f.planted().toString()).collect(Collectors.joining());
    }
}
