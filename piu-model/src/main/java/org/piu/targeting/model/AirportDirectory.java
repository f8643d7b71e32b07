package org.piu.targeting.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IATA airport code to ISO 3166 alpha-3 country and IANA time zone. The bundled table covers a few hundred airports
 * (enough for the region and the sample data); an unknown airport has no country and no zone, so country-based facts
 * stay empty rather than guessed. The zone turns the local times EDIFACT messages carry into instants.
 */
public final class AirportDirectory {

    private static final AirportDirectory STANDARD = load();

    private final Map<String, String> countryByAirport;
    private final Map<String, ZoneId> zoneByAirport;

    public AirportDirectory(Map<String, String> countryByAirport) {
        this(countryByAirport, Map.of());
    }

    public AirportDirectory(Map<String, String> countryByAirport, Map<String, ZoneId> zoneByAirport) {
        Map<String, String> m = new HashMap<>();
        countryByAirport.forEach((k, v) -> m.put(k.toUpperCase(Locale.ROOT), v.toUpperCase(Locale.ROOT)));
        this.countryByAirport = Map.copyOf(m);
        Map<String, ZoneId> z = new HashMap<>();
        zoneByAirport.forEach((k, v) -> z.put(k.toUpperCase(Locale.ROOT), v));
        this.zoneByAirport = Map.copyOf(z);
    }

    /** The bundled table (resource {@code airports.csv}). */
    public static AirportDirectory standard() {
        return STANDARD;
    }

    /** This table plus (or overriding) the given airports, e.g. from configuration. */
    public AirportDirectory with(Map<String, String> more) {
        Map<String, String> m = new HashMap<>(countryByAirport);
        m.putAll(more);
        return new AirportDirectory(m, zoneByAirport);
    }

    /** ISO alpha-3 country of the airport, or null when the airport is unknown or the code is null. */
    public String country(String iata) {
        return iata == null ? null : countryByAirport.get(iata.strip().toUpperCase(Locale.ROOT));
    }

    /** The airport's time zone, or empty when the airport is unknown or the code is null. */
    public Optional<ZoneId> zone(String iata) {
        return iata == null
                ? Optional.empty()
                : Optional.ofNullable(zoneByAirport.get(iata.strip().toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return countryByAirport.size();
    }

    private static AirportDirectory load() {
        try (InputStream in = AirportDirectory.class.getResourceAsStream("airports.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/piu/targeting/model/airports.csv is missing");
            }
            Map<String, String> m = new HashMap<>();
            Map<String, ZoneId> zones = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split(",", 4);
                if (cols.length < 2 || cols[0].length() != 3 || cols[1].length() != 3) {
                    throw new IllegalStateException(
                            "airports.csv line " + n + " is not 'IATA,ISO3,city,zone': " + line);
                }
                m.put(cols[0], cols[1]);
                if (cols.length == 4 && !cols[3].isBlank()) {
                    try {
                        zones.put(cols[0], ZoneId.of(cols[3].strip()));
                    } catch (java.time.DateTimeException e) {
                        throw new IllegalStateException(
                                "airports.csv line " + n + ": unknown time zone '" + cols[3] + "'", e);
                    }
                }
            }
            return new AirportDirectory(m, zones);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read airports.csv", e);
        }
    }
}
