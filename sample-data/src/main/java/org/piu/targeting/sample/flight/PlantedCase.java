package org.piu.targeting.sample.flight;

import java.util.List;

/** One planted risk on one flight: which passengers and bookings carry it, in words a demo can show. */
public record PlantedCase(
        PlantedRisk risk,
        String flightKey,
        List<String> passengerIds,
        List<String> recordLocators,
        String description) {
    public PlantedCase {
        passengerIds = List.copyOf(passengerIds);
        recordLocators = List.copyOf(recordLocators);
    }
}
