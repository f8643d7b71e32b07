package org.piu.targeting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AirportDirectoryTest {

    @Test
    void the_bundled_table_knows_country_and_zone_of_the_region() {
        AirportDirectory airports = AirportDirectory.standard();
        assertThat(airports.size()).isGreaterThan(100);
        assertThat(airports.country("KIV")).isEqualTo("MDA");
        assertThat(airports.country(" gyd ")).isEqualTo("AZE");
        assertThat(airports.zone("IST")).contains(ZoneId.of("Europe/Istanbul"));
    }

    @Test
    void an_unknown_airport_has_no_country_and_no_zone() {
        AirportDirectory airports = AirportDirectory.standard();
        assertThat(airports.country("QQQ")).isNull();
        assertThat(airports.country(null)).isNull();
        assertThat(airports.zone("QQQ")).isEmpty();
        assertThat(airports.zone(null)).isEmpty();
    }

    @Test
    void added_airports_extend_or_override_the_table_and_keep_its_zones() {
        AirportDirectory airports = AirportDirectory.standard().with(Map.of("zzz", "mda", "KIV", "ROU"));
        assertThat(airports.country("ZZZ")).isEqualTo("MDA");
        assertThat(airports.country("KIV")).isEqualTo("ROU");
        assertThat(airports.zone("KIV")).contains(ZoneId.of("Europe/Chisinau"));
        assertThat(airports.size()).isEqualTo(AirportDirectory.standard().size() + 1);
    }
}
