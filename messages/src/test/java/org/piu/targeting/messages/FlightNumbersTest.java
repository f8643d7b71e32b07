package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlightNumbersTest {

    @Test
    void api_and_pnr_spellings_of_one_flight_number_agree() {
        assertThat(FlightNumbers.normalize("9U0172", "9U")).isEqualTo("172");
        assertThat(FlightNumbers.normalize("0172", "9U")).isEqualTo("172");
        assertThat(FlightNumbers.normalize("172", null)).isEqualTo("172");
        assertThat(FlightNumbers.normalize("0012A", "BA")).isEqualTo("12A");
        assertThat(FlightNumbers.normalize("0", "BA")).isEqualTo("0");
    }

    @Test
    void finds_iata_and_icao_designators_in_a_flight_identification() {
        assertThat(FlightNumbers.carrierPrefix("UA123")).isEqualTo("UA");
        assertThat(FlightNumbers.carrierPrefix("9U0172")).isEqualTo("9U");
        assertThat(FlightNumbers.carrierPrefix("DLH400")).isEqualTo("DLH");
        assertThat(FlightNumbers.carrierPrefix("123")).isEmpty();
    }
}
