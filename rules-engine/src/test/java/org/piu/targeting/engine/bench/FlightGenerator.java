package org.piu.targeting.engine.bench;

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

/**
 * A realistic flight into Chisinau: bookings of 1-4 travellers, lead times from hours to months, a few shared
 * phones and cards, connections, crew without bookings. Deterministic for a seed.
 */
public final class FlightGenerator {

    private static final String[] SURNAMES = {
        "CIOBANU",
        "ROTARU",
        "POPA",
        "MUNTEANU",
        "RUSU",
        "SIRBU",
        "LUPU",
        "COJOCARU",
        "YILMAZ",
        "KAYA",
        "DEMIR",
        "IVANOV",
        "PETROV",
        "SHEVCHENKO",
        "MELNYK",
        "MULLER",
        "ROSSI",
        "AL-SAYED",
        "HADDAD",
        "BERIDZE"
    };
    private static final String[] GIVEN = {
        "ION", "MARIA", "ANDREI", "ELENA", "MEHMET", "AYSE", "OLEG", "ANNA", "IGOR", "NATALIA", "AHMED", "GIORGI",
        "LUCA", "SOFIA"
    };

    private final Random random;

    public FlightGenerator(long seed) {
        this.random = new Random(seed);
    }

    public FlightManifest flight(int passengers) {
        OffsetDateTime departure = OffsetDateTime.parse("2026-11-22T07:40:00+03:00");
        Flight flight = new Flight(
                "9U",
                "172",
                "IST",
                "KIV",
                departure,
                departure.plusMinutes(85).withOffsetSameInstant(java.time.ZoneOffset.ofHours(2)));
        List<Passenger> ps = new ArrayList<>();
        List<Booking> bs = new ArrayList<>();
        int crew = Math.min(6, passengers / 50);
        for (int c = 0; c < crew; c++) {
            ps.add(new Passenger(
                    "C" + (c + 1),
                    pick(SURNAMES),
                    pick(GIVEN),
                    LocalDate.of(1975 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    pick("M", "F"),
                    "MDA",
                    "MDA",
                    PassengerType.CREW,
                    List.of(new TravelDocument("P", "CR" + c, "MDA", LocalDate.of(2029, 5, 1))),
                    null,
                    null,
                    null,
                    "IST",
                    "KIV"));
        }
        String sharedPhone = "+90555" + (1000000 + random.nextInt(8999999));
        String sharedCard = "4111XXXXXXXX" + (1000 + random.nextInt(8999));
        int b = 0;
        while (ps.size() < passengers) {
            b++;
            String loc = String.format("Q%05d", b);
            int size = Math.min(passengers - ps.size(), 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(4)));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = "P" + (ps.size() + 1);
                ids.add(id);
                String nat = RuleGenerator.NATIONALITIES[
                        random.nextInt(10) < 6 ? 0 : random.nextInt(RuleGenerator.NATIONALITIES.length)];
                LocalDate expiry = LocalDate.of(2026, 12, 1).plusDays(random.nextInt(3000));
                ps.add(new Passenger(
                        id,
                        pick(SURNAMES),
                        pick(GIVEN),
                        LocalDate.of(1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        pick("M", "F"),
                        nat,
                        random.nextInt(10) < 8 ? nat : "MDA",
                        PassengerType.PASSENGER,
                        List.of(new TravelDocument(
                                random.nextInt(10) < 8 ? "P" : "I",
                                "X" + random.nextInt(9_999_999),
                                random.nextInt(20) == 0 ? "ROU" : nat,
                                expiry)),
                        loc,
                        (1 + random.nextInt(30)) + pick("A", "B", "C", "D", "E", "F"),
                        new Bags(random.nextInt(3), random.nextInt(3) * 11.5),
                        "IST",
                        "KIV"));
            }
            double hoursBefore = random.nextInt(10) == 0 ? 1 + random.nextInt(48) : 48 + random.nextInt(2000);
            boolean cash = random.nextInt(8) == 0;
            String card = cash
                    ? null
                    : (random.nextInt(40) == 0 ? sharedCard : "5555XXXXXXXX" + (1000 + random.nextInt(8999)));
            String payer = random.nextInt(25) == 0 ? "EXTERNAL PAYER" + random.nextInt(3) : null;
            List<Contact> contacts = new ArrayList<>();
            contacts.add(new Contact(
                    ContactType.PHONE,
                    random.nextInt(30) == 0 ? sharedPhone : "+3736" + (1000000 + random.nextInt(8999999))));
            if (random.nextBoolean()) {
                contacts.add(new Contact(ContactType.EMAIL, "user" + b + "@example.md"));
            }
            List<Segment> itinerary = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                String from = RuleGenerator.AIRPORTS[random.nextInt(12)];
                itinerary.add(new Segment(
                        "TK",
                        "1" + random.nextInt(999),
                        from,
                        "IST",
                        departure.minusHours(3 + random.nextInt(20)),
                        null));
            }
            itinerary.add(new Segment("9U", "172", "IST", "KIV", departure, null));
            if (random.nextInt(3) == 0) {
                itinerary.add(new Segment("9U", "171", "KIV", "IST", departure.plusDays(3 + random.nextInt(20)), null));
            }
            String agencyIata = random.nextInt(15) == 0 ? "12345678" : String.valueOf(30_000_000 + random.nextInt(20));
            bs.add(new Booking(
                    loc,
                    departure.minusMinutes((long) (hoursBefore * 60)),
                    new Agency(agencyIata, "AGENCY " + agencyIata, pick("TUR", "MDA", "ROU", "DEU")),
                    List.of(new Payment(
                            cash ? PaymentType.CASH : PaymentType.CARD,
                            card,
                            80.0 + random.nextInt(600),
                            "EUR",
                            payer)),
                    contacts,
                    itinerary,
                    ids));
        }
        return new FlightManifest(flight, ps, bs);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
