package org.piu.targeting.sample.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.ContactType;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

/**
 * A small hand-written flight for a test scenario: TK 261 Istanbul → Chisinau on 22 November 2026, passengers
 * added one booking at a time with only what the scenario is about; everything else ordinary.
 */
final class ManifestSketch {

    static final OffsetDateTime DEPARTURE = OffsetDateTime.parse("2026-11-22T07:40:00+03:00");
    static final OffsetDateTime ARRIVAL = OffsetDateTime.parse("2026-11-22T09:20:00+02:00");
    static final Flight FLIGHT = new Flight("TK", "261", "IST", "KIV", DEPARTURE, ARRIVAL);
    static final Agency ORDINARY_AGENCY = new Agency("33204511", "BOSPHORUS TRAVEL", "TUR");

    private final List<Passenger> passengers = new ArrayList<>();
    private final List<Booking> bookings = new ArrayList<>();
    private int seat = 10;

    static Segment assessed() {
        return new Segment("TK", "261", "IST", "KIV", DEPARTURE, ARRIVAL);
    }

    static Segment returnFlight() {
        return new Segment(
                "TK",
                "262",
                "KIV",
                "IST",
                OffsetDateTime.parse("2026-12-02T10:30:00+02:00"),
                OffsetDateTime.parse("2026-12-02T12:10:00+03:00"));
    }

    static Segment segment(String carrier, String number, String from, String to, String departure, String arrival) {
        return new Segment(carrier, number, from, to, OffsetDateTime.parse(departure), OffsetDateTime.parse(arrival));
    }

    static Payment card(String masked, String payer) {
        return new Payment(PaymentType.CARD, masked, 240.0, "EUR", payer);
    }

    static Payment cash() {
        return new Payment(PaymentType.CASH, null, 4650.0, "TRY", null);
    }

    static Passenger passenger(
            String id,
            String surname,
            String given,
            String dob,
            String gender,
            String nationality,
            String passport,
            String expiry) {
        return new Passenger(
                id,
                surname,
                given,
                LocalDate.parse(dob),
                gender,
                nationality,
                nationality,
                PassengerType.PASSENGER,
                List.of(new TravelDocument("P", passport, nationality, LocalDate.parse(expiry))),
                null,
                null,
                new Bags(1, 20.0),
                "IST",
                "KIV");
    }

    /** A crew member (no booking) with a document expiring on {@code expiry}. */
    ManifestSketch crew(String id, String surname, String given, String expiry) {
        passengers.add(new Passenger(
                id,
                surname,
                given,
                LocalDate.parse("1984-05-04"),
                "F",
                "TUR",
                "TUR",
                PassengerType.CREW,
                List.of(new TravelDocument("P", "U12345678", "TUR", LocalDate.parse(expiry))),
                null,
                null,
                null,
                "IST",
                "KIV"));
        return this;
    }

    /** A passenger without booking (API data only). */
    ManifestSketch unbooked(Passenger p) {
        passengers.add(withBooking(p, null));
        return this;
    }

    /**
     * A booking of the given passengers.
     *
     * @param hoursBefore how long before departure it was created
     */
    ManifestSketch booking(
            String locator,
            double hoursBefore,
            Agency agency,
            List<Payment> payments,
            List<Contact> contacts,
            List<Segment> itinerary,
            Passenger... travellers) {
        List<String> ids = new ArrayList<>();
        for (Passenger p : travellers) {
            passengers.add(withBooking(p, locator));
            ids.add(p.id());
        }
        OffsetDateTime created =
                DEPARTURE.minusMinutes((long) (hoursBefore * 60)).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        bookings.add(new Booking(locator, created, agency, payments, contacts, itinerary, ids));
        return this;
    }

    /** An ordinary booking: card of the traveller, own phone, return trip, three weeks ahead. */
    ManifestSketch ordinary(String locator, String phone, Passenger p) {
        return booking(
                locator,
                24 * 21,
                ORDINARY_AGENCY,
                List.of(card("411111XXXXXX" + phone.substring(phone.length() - 4), p.givenNames() + " " + p.surname())),
                List.of(phone(phone)),
                List.of(assessed(), returnFlight()),
                p);
    }

    static Contact phone(String number) {
        return new Contact(ContactType.PHONE, number);
    }

    static Contact email(String address) {
        return new Contact(ContactType.EMAIL, address);
    }

    private Passenger withBooking(Passenger p, String locator) {
        String s = p.type() == PassengerType.CREW ? null : (seat++) + "C";
        return new Passenger(
                p.id(),
                p.surname(),
                p.givenNames(),
                p.dateOfBirth(),
                p.gender(),
                p.nationality(),
                p.residence(),
                p.type(),
                p.documents(),
                locator,
                s,
                p.bags(),
                p.embarkation(),
                p.debarkation());
    }

    FlightManifest manifest() {
        return new FlightManifest(FLIGHT, passengers, bookings);
    }
}
