package org.piu.targeting.sample.flight;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.piu.targeting.sample.RandomStreams;
import org.piu.targeting.sample.geo.RouteNetwork;
import org.piu.targeting.sample.people.Nationalities;

/**
 * Generates realistic flights to and from Chisinau and Baku: carriers and aircraft of the route, passengers and
 * crew with names, documents, seats and bags, bookings with agencies, payments, contacts and itineraries, and
 * planted risk patterns at a low rate. Deterministic: the same seed, reference date and settings give the same
 * flights, and flight {@code i} does not depend on the others (each has its own random stream), so a load test can
 * generate flights on the fly.
 */
public final class FlightGenerator {

    /** The sample high-risk airports: planted routings pass through them, ordinary ones never do. */
    public static final List<String> HIGH_RISK_AIRPORTS = List.of("KBL", "MGQ", "DAM");

    private final FlightGeneratorSettings settings;
    private final RouteNetwork network;
    private final Nationalities nationalities;
    private final AgencyDirectory agencies;

    public FlightGenerator(FlightGeneratorSettings settings) {
        this(settings, RouteNetwork.standard(), Nationalities.standard(), AgencyDirectory.standard());
    }

    public FlightGenerator(
            FlightGeneratorSettings settings,
            RouteNetwork network,
            Nationalities nationalities,
            AgencyDirectory agencies) {
        this.settings = settings;
        this.network = network;
        this.nationalities = nationalities;
        this.agencies = agencies;
    }

    public FlightGeneratorSettings settings() {
        return settings;
    }

    /** All flights of the settings, departing from {@code referenceDate} on. */
    public List<GeneratedFlight> generate(long seed, LocalDate referenceDate) {
        return stream(seed, referenceDate).toList();
    }

    /** The same flights as {@link #generate}, built one at a time as the stream is consumed. */
    public Stream<GeneratedFlight> stream(long seed, LocalDate referenceDate) {
        return IntStream.range(0, settings.flights()).mapToObj(i -> flight(seed, referenceDate, i));
    }

    /** Flight number {@code index} of the sequence (any index from 0, also beyond {@code settings.flights()}). */
    public GeneratedFlight flight(long seed, LocalDate referenceDate, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("flight index must be 0 or more, got " + index);
        }
        SplittableRandom rng = RandomStreams.of(seed, 1, index);
        return new FlightAssembly(rng, settings, network, nationalities, agencies, referenceDate, index, seed).build();
    }
}
