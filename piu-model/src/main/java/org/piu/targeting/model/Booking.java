package org.piu.targeting.model;

import java.time.OffsetDateTime;
import java.util.List;

/** A PNR: how, when, by whom and with what the trip of one or more passengers was booked and paid. */
public record Booking(
        String recordLocator,
        OffsetDateTime createdAt,
        Agency agency,
        List<Payment> payments,
        List<Contact> contacts,
        List<Segment> itinerary,
        List<String> passengerIds) {
    public Booking {
        if (recordLocator == null || recordLocator.isBlank()) {
            throw new IllegalArgumentException("booking recordLocator is required");
        }
        payments = payments == null ? List.of() : List.copyOf(payments);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        itinerary = itinerary == null ? List.of() : List.copyOf(itinerary);
        passengerIds = passengerIds == null ? List.of() : List.copyOf(passengerIds);
    }
}
