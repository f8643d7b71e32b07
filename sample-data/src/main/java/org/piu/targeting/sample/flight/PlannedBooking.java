package org.piu.targeting.sample.flight;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.Segment;

/** A PNR while the flight is being put together; risk planting may still change it. */
final class PlannedBooking {
    String recordLocator;
    OffsetDateTime createdAt;
    Agency agency;
    final List<Payment> payments = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Segment> itinerary = new ArrayList<>();
    final List<TravellerDraft> travellers = new ArrayList<>();
    /** Already carries a planted risk: not reused for another one, so each case stays readable. */
    boolean planted;

    boolean solo() {
        return travellers.size() == 1;
    }

    Booking toBooking() {
        return new Booking(
                recordLocator,
                createdAt,
                agency,
                payments,
                contacts,
                itinerary,
                travellers.stream().map(t -> t.id).toList());
    }
}
