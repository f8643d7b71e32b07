package org.piu.targeting.sample.flight;

/**
 * How many flights and how full.
 *
 * @param flights             number of flights
 * @param days                the flights are spread over this many days from the reference date
 * @param passengersPerFlight passengers (without crew) on every flight, up to 500; 0 for a realistic load of the
 *                            route's aircraft (65-95 % of its seats)
 * @param riskRate            probability that a given risk pattern is planted on a given flight (0..1)
 * @param everyRiskPlanted    also plant risk pattern i on flight i (mod flights), so that a small sample contains
 *                            every pattern at least once
 */
public record FlightGeneratorSettings(
        int flights, int days, int passengersPerFlight, double riskRate, boolean everyRiskPlanted) {

    public static final int MAX_PASSENGERS = 500;

    public FlightGeneratorSettings {
        if (flights < 0) {
            throw new IllegalArgumentException("flights must be 0 or more, got " + flights);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be 1 or more, got " + days);
        }
        if (passengersPerFlight < 0 || passengersPerFlight > MAX_PASSENGERS) {
            throw new IllegalArgumentException("passengersPerFlight must be 0 (aircraft-sized) to " + MAX_PASSENGERS
                    + ", got " + passengersPerFlight);
        }
        if (riskRate < 0 || riskRate > 1) {
            throw new IllegalArgumentException("riskRate must be within 0..1, got " + riskRate);
        }
    }

    /** The sample a newcomer sees: 24 flights over three days, realistic loads, every risk pattern present. */
    public static FlightGeneratorSettings sample() {
        return new FlightGeneratorSettings(24, 3, 0, 0.15, true);
    }

    /** Load-test flights of a fixed size with planted risks at a low rate. */
    public static FlightGeneratorSettings load(int flights, int passengersPerFlight) {
        return new FlightGeneratorSettings(flights, 7, passengersPerFlight, 0.1, false);
    }
}
