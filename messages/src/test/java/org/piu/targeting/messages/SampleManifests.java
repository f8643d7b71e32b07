package org.piu.targeting.messages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/** Manifests in the shape the writers can express exactly (airport-local times, minute precision). */
public final class SampleManifests {
    static final Flight FLIGHT = new Flight(
            "9U",
            "172",
            "IST",
            "KIV",
            OffsetDateTime.parse("2026-11-22T07:40+03:00"),
            OffsetDateTime.parse("2026-11-22T09:05+02:00"));

    private SampleManifests() {}

    /** API data: passengers and crew, documents, bags, with characters that need the release character. */
    public static FlightManifest api() {
        return new FlightManifest(
                FLIGHT,
                List.of(
                        new Passenger(
                                "P1",
                                "CIOBANU",
                                "ION VASILE",
                                LocalDate.of(1985, 3, 2),
                                "M",
                                "MDA",
                                "MDA",
                                PassengerType.PASSENGER,
                                List.of(
                                        new TravelDocument("P", "AB1234567", "MDA", LocalDate.of(2030, 1, 1)),
                                        new TravelDocument("V", "TR998877", "TUR", LocalDate.of(2027, 5, 15))),
                                "X7K2QP",
                                "12A",
                                new Bags(2, 31.5),
                                "IST",
                                "KIV"),
                        new Passenger(
                                "P2",
                                "O'NEILL+SMITH",
                                "MARY:ANN",
                                LocalDate.of(1991, 7, 15),
                                "F",
                                "IRL",
                                null,
                                PassengerType.PASSENGER,
                                List.of(new TravelDocument("P", "PX?778", "IRL", null)),
                                "LM3N8R",
                                null,
                                null,
                                null,
                                null),
                        new Passenger(
                                "P3",
                                "SCHMIDT",
                                "KLAUS",
                                LocalDate.of(1970, 1, 1),
                                "M",
                                "DEU",
                                null,
                                PassengerType.CREW,
                                List.of(new TravelDocument("AC", "AC0045821", "DEU", LocalDate.of(2029, 6, 30))),
                                null,
                                null,
                                null,
                                "IST",
                                "KIV")),
                List.of());
    }

    /** PNR data: two bookings with agency, contacts, itinerary, payments, check-in seat and bags. */
    public static FlightManifest pnr() {
        Segment feeder = new Segment(
                "TK",
                "1881",
                "TBS",
                "IST",
                OffsetDateTime.parse("2026-11-21T23:10+04:00"),
                OffsetDateTime.parse("2026-11-21T23:55+03:00"));
        Segment flight = new Segment("9U", "172", "IST", "KIV", FLIGHT.departure(), FLIGHT.arrival());
        return new FlightManifest(
                FLIGHT,
                List.of(
                        new Passenger(
                                "P1",
                                "CIOBANU",
                                "ION",
                                LocalDate.of(1985, 3, 2),
                                "M",
                                "MDA",
                                "MDA",
                                PassengerType.PASSENGER,
                                List.of(new TravelDocument("P", "AB1234567", "MDA", LocalDate.of(2030, 1, 1))),
                                "X7K2QP",
                                "12C",
                                new Bags(2, 31.0),
                                null,
                                null),
                        new Passenger(
                                "P2",
                                "CIOBANU",
                                "ELENA",
                                LocalDate.of(1988, 2, 14),
                                "F",
                                "MDA",
                                null,
                                PassengerType.PASSENGER,
                                List.of(),
                                "X7K2QP",
                                null,
                                null,
                                null,
                                null),
                        new Passenger(
                                "P3",
                                "OZTURK",
                                "AYSE",
                                null,
                                null,
                                null,
                                null,
                                PassengerType.PASSENGER,
                                List.of(),
                                "LM3N8R",
                                "3C",
                                null,
                                null,
                                null)),
                List.of(
                        new Booking(
                                "X7K2QP",
                                OffsetDateTime.parse("2026-11-21T18:02Z"),
                                new Agency("12345678", "IST TRAVEL", "TUR"),
                                List.of(
                                        new Payment(
                                                PaymentType.CARD, "XXXXXXXXXXXX4242", 212.0, "EUR", "MARIA CIOBANU"),
                                        new Payment(PaymentType.CASH, null, 95.5, "EUR", null)),
                                List.of(
                                        new Contact(ContactType.EMAIL, "ion.ciobanu@example.md"),
                                        new Contact(ContactType.PHONE, "+373 69 123 456"),
                                        new Contact(ContactType.ADDRESS, "BD DACIA 5, CHISINAU")),
                                List.of(feeder, flight),
                                List.of("P1", "P2")),
                        new Booking(
                                "LM3N8R",
                                null,
                                null,
                                List.of(new Payment(PaymentType.INVOICE, null, 310.0, "EUR", "ACME+CO'S SRL")),
                                List.of(),
                                List.of(flight),
                                List.of("P3"))));
    }
}
