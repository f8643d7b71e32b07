package org.piu.targeting.messages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** A deterministic wide-body flight: n passengers in bookings of one to three, for benchmarks. */
public final class LargeFlight {
    private static final String[] SURNAMES = {
        "CIOBANU", "OZTURK", "SMITH", "MULLER", "ROSSI", "NOWAK", "GARCIA", "IVANOV", "POPESCU", "YILMAZ"
    };
    private static final String[] GIVEN = {
        "ION", "AYSE", "JOHN", "ANNA", "MARCO", "PIOTR", "LUCIA", "OLGA", "ELENA", "MEHMET"
    };

    private LargeFlight() {}

    public static FlightManifest of(int passengers) {
        Random r = new Random(passengers);
        Flight flight = new Flight(
                "9U",
                "172",
                "IST",
                "KIV",
                OffsetDateTime.parse("2026-11-22T07:40+03:00"),
                OffsetDateTime.parse("2026-11-22T09:05+02:00"));
        Segment leg = new Segment("9U", "172", "IST", "KIV", flight.departure(), flight.arrival());
        List<Passenger> people = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>();
        int i = 0;
        while (i < passengers) {
            int size = Math.min(passengers - i, 1 + r.nextInt(3));
            String locator = String.format("B%05d", bookings.size());
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < size; k++, i++) {
                String id = "P" + (i + 1);
                ids.add(id);
                people.add(new Passenger(
                        id,
                        SURNAMES[r.nextInt(SURNAMES.length)],
                        GIVEN[r.nextInt(GIVEN.length)],
                        LocalDate.of(1950 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                        r.nextBoolean() ? "M" : "F",
                        "MDA",
                        "MDA",
                        PassengerType.PASSENGER,
                        List.of(new TravelDocument("P", "AB" + (1_000_000 + i), "MDA", LocalDate.of(2031, 1, 1))),
                        locator,
                        (1 + i / 6) + "ABCDEF".substring(i % 6, i % 6 + 1),
                        new Bags(1, 20.0),
                        null,
                        null));
            }
            bookings.add(new Booking(
                    locator,
                    OffsetDateTime.parse("2026-11-01T10:00Z"),
                    new Agency("12345678", "IST TRAVEL", "TUR"),
                    List.of(new Payment(PaymentType.CARD, "XXXXXXXXXXXX4242", 199.0 * size, "EUR", "PAYER " + locator)),
                    List.of(
                            new Contact(ContactType.PHONE, "37369" + (100_000 + i)),
                            new Contact(ContactType.EMAIL, "pax" + i + "@example.md")),
                    List.of(leg),
                    ids));
        }
        return new FlightManifest(flight, people, bookings);
    }
}
