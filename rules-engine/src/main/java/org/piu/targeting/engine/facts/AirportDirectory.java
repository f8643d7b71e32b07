package org.piu.targeting.engine.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * IATA airport code to ISO 3166 alpha-3 country. The bundled table covers a few hundred airports (enough for the
 * region and the sample data); an unknown airport has no country, so country-based facts stay empty rather than
 * guessed.
 */
public final class AirportDirectory {

    private static final AirportDirectory STANDARD = load();

    private final Map<String, String> countryByAirport;

    public AirportDirectory(Map<String, String> countryByAirport) {
        Map<String, String> m = new HashMap<>();
        countryByAirport.forEach((k, v) -> m.put(k.toUpperCase(Locale.ROOT), v.toUpperCase(Locale.ROOT)));
        this.countryByAirport = Map.copyOf(m);
    }

    /** The bundled table (resource {@code airports.csv}). */
    public static AirportDirectory standard() {
        return STANDARD;
    }

    /** This table plus (or overriding) the given airports, e.g. from configuration. */
    public AirportDirectory with(Map<String, String> more) {
        Map<String, String> m = new HashMap<>(countryByAirport);
        m.putAll(more);
        return new AirportDirectory(m);
    }

    /** ISO alpha-3 country of the airport, or null when the airport is unknown or the code is null. */
    public String country(String iata) {
        return iata == null ? null : countryByAirport.get(iata.strip().toUpperCase(Locale.ROOT));
    }

    public int size() {
        return countryByAirport.size();
    }

    private static AirportDirectory load() {
        try (InputStream in = AirportDirectory.class.getResourceAsStream("airports.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/piu/targeting/engine/facts/airports.csv is missing");
            }
            Map<String, String> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split(",", 3);
                if (cols.length < 2 || cols[0].length() != 3 || cols[1].length() != 3) {
                    throw new IllegalStateException("airports.csv line " + n + " is not 'IATA,ISO3,city': " + line);
                }
                m.put(cols[0], cols[1]);
            }
            return new AirportDirectory(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read airports.csv", e);
        }
    }
}
