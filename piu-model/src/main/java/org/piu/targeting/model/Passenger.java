package org.piu.targeting.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A person on board (passenger or crew) as reported in API data, linked to a booking by its record locator.
 * Gender is M, F, X or U (unknown); nationality and residence are ISO 3166 alpha-3 codes.
 */
public record Passenger(
        String id,
        String surname,
        String givenNames,
        LocalDate dateOfBirth,
        String gender,
        String nationality,
        String residence,
        PassengerType type,
        List<TravelDocument> documents,
        String bookingRef,
        String seat,
        Bags bags,
        String embarkation,
        String debarkation) {
    public Passenger {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("passenger id is required");
        }
        documents = documents == null ? List.of() : List.copyOf(documents);
        type = type == null ? PassengerType.PASSENGER : type;
    }
}
