package org.piu.targeting.workbench.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.TravelDocument;

class FlightMergerTest {

    static final Flight FLIGHT = new Flight(
            "9U",
            "172",
            "IST",
            "KIV",
            OffsetDateTime.parse("2026-12-01T07:40:00+03:00"),
            OffsetDateTime.parse("2026-12-01T09:05:00+02:00"));

    static Passenger person(String id, String surname, String given, String doc, String bookingRef, String seat) {
        return new Passenger(
                id,
                surname,
                given,
                LocalDate.of(1985, 3, 2),
                "M",
                "MDA",
                null,
                PassengerType.PASSENGER,
                doc == null ? List.of() : List.of(new TravelDocument("P", doc, "MDA", LocalDate.of(2030, 1, 1))),
                bookingRef,
                seat,
                null,
                null,
                null);
    }

    @Test
    void pnr_data_joins_the_api_passenger_by_document_and_keeps_the_api_identity() {
        FlightManifest api = new FlightManifest(
                FLIGHT, List.of(person("P1", "CIOBANU", "ION", "AB 123-4567", null, "12A")), List.of());
        FlightManifest pnr = new FlightManifest(
                FLIGHT,
                List.of(person("T1", "CIOBANU", "ION MR", "AB1234567", "X7K2QP", null)),
                List.of(new Booking("X7K2QP", null, null, List.of(), List.of(), List.of(), List.of("T1"))));

        FlightManifest merged = FlightMerger.merge(api, pnr, false).manifest();

        assertThat(merged.passengers()).hasSize(1);
        Passenger p = merged.passengers().getFirst();
        assertThat(p.id()).isEqualTo("P1");
        assertThat(p.givenNames()).isEqualTo("ION");
        assertThat(p.bookingRef()).isEqualTo("X7K2QP");
        assertThat(p.seat()).isEqualTo("12A");
        assertThat(merged.bookings().getFirst().passengerIds()).containsExactly("P1");
    }

    @Test
    void different_people_with_the_same_id_are_both_kept_under_distinct_ids() {
        FlightManifest first =
                new FlightManifest(FLIGHT, List.of(person("P1", "CIOBANU", "ION", "AB1234567", null, null)), List.of());
        FlightManifest second = new FlightManifest(
                FLIGHT,
                List.of(person("P1", "POPESCU", "ANA", "051234567", "Q1W2E3", null)),
                List.of(new Booking("Q1W2E3", null, null, List.of(), List.of(), List.of(), List.of("P1"))));

        FlightManifest merged = FlightMerger.merge(first, second, true).manifest();

        assertThat(merged.passengers()).extracting(Passenger::id).containsExactly("P1", "P1-2");
        assertThat(merged.bookings().getFirst().passengerIds()).containsExactly("P1-2");
    }

    @Test
    void a_later_api_message_corrects_the_identity_and_a_booking_is_replaced_by_its_latest_version() {
        FlightManifest pnr = new FlightManifest(
                FLIGHT,
                List.of(person("T1", "CIOBANU", "ION", "AB1234567", "X7K2QP", null)),
                List.of(new Booking("X7K2QP", null, null, List.of(), List.of(), List.of(), List.of("T1"))));
        FlightManifest api = new FlightManifest(
                FLIGHT,
                List.of(person("P9", "CIOBANU", "ION VASILE", "AB1234567", null, "3C")),
                List.of(new Booking(
                        "X7K2QP",
                        OffsetDateTime.parse("2026-11-30T10:00:00Z"),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of("P9"))));

        FlightManifest merged = FlightMerger.merge(pnr, api, true).manifest();

        assertThat(merged.passengers()).hasSize(1);
        assertThat(merged.passengers().getFirst().givenNames()).isEqualTo("ION VASILE");
        assertThat(merged.bookings()).hasSize(1);
        assertThat(merged.bookings().getFirst().createdAt()).isNotNull();
        assertThat(merged.bookings().getFirst().passengerIds()).containsExactly("T1");
    }

    @Test
    void a_slash_in_a_name_never_makes_two_people_one() {
        FlightManifest first =
                new FlightManifest(FLIGHT, List.of(person("P1", "A/B", "C", null, null, null)), List.of());
        FlightManifest second =
                new FlightManifest(FLIGHT, List.of(person("P9", "A", "B/C", null, null, null)), List.of());

        FlightMerger.Merged merged = FlightMerger.merge(first, second, true);

        assertThat(merged.manifest().passengers()).extracting(Passenger::id).containsExactly("P1", "P9");
        assertThat(merged.idOfSent()).containsEntry("P9", "P9");
    }

    @Test
    void a_cancelled_booking_leaves_the_flight_with_the_passengers_it_alone_carried() {
        FlightManifest flight = new FlightManifest(
                FLIGHT,
                List.of(
                        person("P1", "CIOBANU", "ION", "AB1234567", "X7K2QP", null),
                        person("P2", "POPESCU", "ANA", "051234567", "Q1W2E3", null),
                        person("P3", "RUSU", "DAN", "AB7654321", null, null)),
                List.of(
                        new Booking("X7K2QP", null, null, List.of(), List.of(), List.of(), List.of("P1")),
                        new Booking("Q1W2E3", null, null, List.of(), List.of(), List.of(), List.of("P2"))));

        FlightManifest after = FlightMerger.withoutBookings(flight, java.util.Set.of("X7K2QP"));

        assertThat(after.bookings()).extracting(Booking::recordLocator).containsExactly("Q1W2E3");
        assertThat(after.passengers()).extracting(Passenger::id).containsExactly("P2", "P3");
    }
}
