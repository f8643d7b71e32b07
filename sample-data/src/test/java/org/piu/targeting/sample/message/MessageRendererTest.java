package org.piu.targeting.sample.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.piu.targeting.messages.MessageKind;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.messages.ParsedMessages;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;

class MessageRendererTest {

    private final MessageParser parser = new MessageParser();

    private static List<GeneratedFlight> flights() {
        return new FlightGenerator(new FlightGeneratorSettings(6, 2, 0, 0.3, true))
                .generate(17, LocalDate.of(2026, 11, 22));
    }

    /** Surname, given names, date of birth and document number: what identifies a person in API data. */
    private static Set<String> persons(FlightManifest m, boolean crewToo) {
        return m.passengers().stream()
                .filter(p -> crewToo || p.type() == PassengerType.PASSENGER)
                .map(MessageRendererTest::person)
                .collect(Collectors.toSet());
    }

    private static String person(Passenger p) {
        return p.surname() + "/" + p.givenNames() + "/" + p.dateOfBirth() + "/" + p.type() + "/"
                + (p.documents().isEmpty() ? "-" : p.documents().get(0).number());
    }

    @Test
    void paxlst_parses_back_into_the_same_passengers_and_crew() {
        for (GeneratedFlight f : flights()) {
            ParsedMessages parsed = parser.parse(new MessageRenderer().render(f).paxlst());
            assertThat(parsed.kind()).isEqualTo(MessageKind.PAXLST);
            assertThat(parsed.manifests()).hasSize(1);
            FlightManifest back = parsed.manifests().get(0);
            assertThat(back.flight().carrier()).isEqualTo(f.manifest().flight().carrier());
            assertThat(back.flight().number()).isEqualTo(f.manifest().flight().number());
            assertThat(back.flight().origin()).isEqualTo(f.manifest().flight().origin());
            assertThat(persons(back, true)).as(f.key()).isEqualTo(persons(f.manifest(), true));
        }
    }

    @Test
    void a_large_flight_split_into_parts_is_reassembled() {
        GeneratedFlight f =
                new FlightGenerator(FlightGeneratorSettings.load(1, 500)).flight(4, LocalDate.of(2026, 11, 22), 0);
        FlightMessages messages = new MessageRenderer(150).render(f);
        assertThat(messages.paxlstParts()).hasSizeGreaterThan(3);
        ParsedMessages parsed = parser.parse(messages.paxlst());
        assertThat(parsed.complete()).isTrue();
        assertThat(persons(parsed.manifests().get(0), true)).isEqualTo(persons(f.manifest(), true));
    }

    @Test
    void pnrgov_parses_back_into_the_same_bookings_and_travellers() {
        for (GeneratedFlight f : flights()) {
            ParsedMessages parsed = parser.parse(new MessageRenderer().render(f).pnrgov());
            assertThat(parsed.kind()).isEqualTo(MessageKind.PNRGOV);
            FlightManifest back = parsed.manifests().get(0);
            assertThat(back.bookings())
                    .extracting(Booking::recordLocator)
                    .containsExactlyInAnyOrderElementsOf(f.manifest().bookings().stream()
                            .map(Booking::recordLocator)
                            .toList());
            assertThat(back.passengers().stream()
                            .map(p -> p.surname() + "/" + p.givenNames())
                            .collect(Collectors.toSet()))
                    .as(f.key())
                    .isEqualTo(f.manifest().passengers().stream()
                            .filter(p -> p.type() == PassengerType.PASSENGER)
                            .map(p -> p.surname() + "/" + p.givenNames())
                            .collect(Collectors.toSet()));
        }
    }
}
