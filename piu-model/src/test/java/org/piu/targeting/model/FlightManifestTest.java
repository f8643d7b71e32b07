package org.piu.targeting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlightManifestTest {

    private static final Flight FLIGHT = new Flight(
            "9U",
            "172",
            "IST",
            "KIV",
            OffsetDateTime.parse("2026-11-22T07:40:00+03:00"),
            OffsetDateTime.parse("2026-11-22T09:05:00+02:00"));

    @Test
    void a_flight_is_keyed_by_carrier_number_local_departure_date_and_route() {
        assertThat(FLIGHT.key()).isEqualTo("9U172-2026-11-22-ISTKIV");
        assertThat(new Flight("9U", "172", "IST", "KIV", null, null).key()).isEqualTo("9U172-unknown-date-ISTKIV");
    }

    @Test
    void missing_lists_become_empty_and_given_lists_are_copied() {
        List<Passenger> passengers = new ArrayList<>();
        FlightManifest manifest = new FlightManifest(FLIGHT, passengers, null);
        passengers.add(passenger("P1"));
        assertThat(manifest.passengers()).isEmpty();
        assertThat(manifest.bookings()).isEmpty();
        assertThat(passenger("P1").documents()).isEmpty();
        assertThat(passenger("P1").type()).isEqualTo(PassengerType.PASSENGER);
    }

    @Test
    void rejects_a_manifest_without_flight_a_passenger_without_id_and_a_booking_without_locator() {
        assertThatThrownBy(() -> new FlightManifest(null, List.of(), List.of()))
                .hasMessageContaining("flight is required");
        assertThatThrownBy(() -> passenger(" ")).hasMessageContaining("passenger id is required");
        assertThatThrownBy(() -> new Booking("", null, null, null, null, null, null))
                .hasMessageContaining("recordLocator is required");
    }

    private static Passenger passenger(String id) {
        return new Passenger(id, "CIOBANU", "ION", null, "M", "MDA", "MDA", null, null, null, null, null, null, null);
    }
}
