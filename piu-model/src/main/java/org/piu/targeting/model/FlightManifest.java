package org.piu.targeting.model;

import java.util.List;

/**
 * Everything known about one flight at assessment time: the flight itself, the API data of everyone on board
 * and the PNR data of their bookings. This is the unit the ingest pipeline sends and the engine assesses.
 */
public record FlightManifest(Flight flight, List<Passenger> passengers, List<Booking> bookings) {
    public FlightManifest {
        if (flight == null) {
            throw new IllegalArgumentException("flight is required");
        }
        passengers = passengers == null ? List.of() : List.copyOf(passengers);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }
}
