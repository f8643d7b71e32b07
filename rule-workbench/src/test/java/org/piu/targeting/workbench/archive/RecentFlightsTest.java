package org.piu.targeting.workbench.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.MessageSource;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.ScreeningStatus;

class RecentFlightsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void keeps_the_latest_state_per_flight_within_its_weight_and_drops_the_least_recently_used() {
        RecentFlights recent = new RecentFlights(1_000);
        recent.put(flight("9U171", "h1", T0, 300, 100)); // weight 400
        recent.put(flight("9U172", "h2", T0, 300, 0)); // 700
        assertThat(recent.latestOf("9U171")).isPresent(); // 9U171 is now the most recently used
        recent.put(flight("9U173", "h3", T0, 400, 0)); // 1,100 > 1,000: 9U172 goes

        assertThat(recent.latestOf("9U172")).isEmpty();
        assertThat(recent.latestOf("9U171")).isPresent();
        assertThat(recent.weight()).isEqualTo(800);

        recent.put(flight("9U171", "h4", T0.plusSeconds(60), 301, 100)); // a later state replaces the earlier one
        assertThat(recent.latestOf("9U171").orElseThrow().id()).isEqualTo("h4");
        assertThat(recent.byContentHash("h4")).isPresent();
        assertThat(recent.byContentHash("h1")).isEmpty();
        recent.put(flight("9U171", "h0", T0, 300, 0)); // an older state never replaces a later one
        assertThat(recent.latestOf("9U171").orElseThrow().id()).isEqualTo("h4");
        assertThat(recent.weight()).isEqualTo(801);
    }

    @Test
    void a_flight_heavier_than_the_bound_is_not_kept_and_masking_forgets_old_flights() {
        RecentFlights recent = new RecentFlights(500);
        recent.put(flight("9U171", "h1", T0, 400, 200));
        assertThat(recent.latestOf("9U171")).isEmpty();
        assertThat(recent.weight()).isZero();

        recent.put(flight("9U172", "h2", T0, 10, 0));
        recent.put(flight("9U173", "h3", T0.plusSeconds(3600), 10, 0));
        recent.forgetReceivedBefore(T0.plusSeconds(60));
        assertThat(recent.latestOf("9U172")).isEmpty();
        assertThat(recent.latestOf("9U173")).isPresent();
        assertThat(recent.weight()).isEqualTo(10);
        // a state stored while masking ran, received before its cutoff, is masked in the archive: never kept here
        recent.put(flight("9U174", "h4", T0.plusSeconds(30), 10, 0));
        assertThat(recent.latestOf("9U174")).isEmpty();
    }

    private static ArchivedFlight flight(String number, String hash, Instant receivedAt, int passengers, int matches) {
        Flight flight = new Flight("9U", number.substring(2), "IST", "KIV", null, null);
        List<Passenger> people = new ArrayList<>();
        List<PassengerMatch> found = new ArrayList<>();
        for (int i = 0; i < passengers; i++) {
            people.add(new Passenger(
                    "P" + i,
                    "S" + i,
                    "G",
                    LocalDate.of(1980, 1, 1),
                    "M",
                    "MDA",
                    null,
                    PassengerType.PASSENGER,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        for (int i = 0; i < matches; i++) {
            found.add(new PassengerMatch("P0", "list", "E" + i, 0.8, MatchDecision.REVIEW, "S0", List.of()));
        }
        return new ArchivedFlight(
                hash,
                number,
                MessageSource.JSON,
                receivedAt,
                null,
                null,
                ScreeningStatus.COMPLETE,
                passengers,
                0,
                0,
                0,
                0,
                List.of(),
                false,
                new FlightManifest(flight, people, List.of()),
                null,
                found,
                null,
                Map.of(),
                Map.of(),
                List.of());
    }
}
