package org.piu.targeting.messages.manifest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.Segment;

/** A PNR while a PNRGOV message is being read. */
public final class BookingDraft {
    public String recordLocator;
    public OffsetDateTime createdAt;
    public Agency agency;
    public final List<Payment> payments = new ArrayList<>();
    public final List<Contact> contacts = new ArrayList<>();
    public final List<Segment> itinerary = new ArrayList<>();
    public final List<PassengerDraft> travellers = new ArrayList<>();
}
