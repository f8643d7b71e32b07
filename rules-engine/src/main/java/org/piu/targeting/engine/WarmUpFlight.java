package org.piu.targeting.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

/**
 * The fixed flight a new release is run over before it is activated ({@link RiskEngine#warmUp}). Drools interprets
 * a constraint for its first evaluations and compiles it afterwards, so this flight must reach the paths real
 * traffic reaches: every fact a rule may test has a value for some passengers and is missing for others, every
 * yes/no fact is both, the cross-passenger patterns (shared contact, card, agency, a payer not travelling) occur,
 * and some passengers carry watchlist matches of both decisions.
 *
 * <p>Built in code, not read from a file: a few hundred passengers from a fixed seed, the same on every start and
 * every machine, with no dependency on any demo data generator.
 */
final class WarmUpFlight {

    static final int PASSENGERS = 300;

    private static final long SEED = 20_260_115L;
    private static final OffsetDateTime DEPARTURE = OffsetDateTime.parse("2026-01-15T07:40:00+03:00");
    private static final OffsetDateTime ARRIVAL =
            DEPARTURE.plusMinutes(85).withOffsetSameInstant(ZoneOffset.ofHours(2));
    private static final Flight FLIGHT = new Flight("9U", "172", "IST", "KIV", DEPARTURE, ARRIVAL);

    private static final String[] SURNAMES = {
        "CIOBANU",
        "ROTARU",
        "MUNTEANU",
        "COJOCARU",
        "YILMAZ",
        "DEMIR",
        "IVANOV",
        "SHEVCHENKO",
        "MAMMADOV",
        "ALIYEV",
        "HASANOVA",
        "MULLER",
        "HADDAD",
        "BERIDZE",
        "POPESCU",
        "KOVALENKO"
    };
    private static final String[] GIVEN_NAMES = {
        "ION", "MARIA", "ANDREI", "ELENA", "MEHMET", "AYSE", "OLEG", "ANNA", "ELVIN", "LEYLA", "AHMED", "GIORGI"
    };
    private static final String[] NATIONALITIES = {
        "MDA", "MDA", "MDA", "MDA", "ROU", "ROU", "UKR", "TUR", "RUS", "GEO", "AZE", "ARM", "BLR", "DEU", "ITA", "FRA",
        "ISR", "SYR", "IRQ", "AFG", "KAZ", "UZB", "TJK", "PAK", "IND", "CHN", "NGA", "EGY"
    };
    /** Airports a journey may start from before it connects onto this flight in Istanbul. */
    private static final String[] FEEDERS = {
        "DXB", "DOH", "TLV", "CAI", "TBS", "EVN", "GYD", "FRA", "CDG", "AMS", "LHR", "BCN", "ATH", "LCA", "BEY", "AMM"
    };
    /** Airports a transit passenger continues to from Chisinau within the day. */
    private static final String[] ONWARD = {"MUC", "VIE", "WAW", "FCO", "MXP", "BUD", "SOF", "LTN"};

    private static final FlightManifest MANIFEST = build();
    private static final List<PassengerMatch> MATCHES = matches(MANIFEST);

    private WarmUpFlight() {}

    static FlightManifest manifest() {
        return MANIFEST;
    }

    /** Watchlist matches of a few passengers, ALERT and REVIEW, on two lists. */
    static List<PassengerMatch> matches() {
        return MATCHES;
    }

    static FlightManifest build() {
        Random random = new Random(SEED);
        List<Passenger> passengers = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            passengers.add(crewMember(random, c));
        }
        // travellers whose booking the carrier did not send (API data only)
        for (int n = 1; n <= 4; n++) {
            passengers.add(traveller(random, "N" + n, null, passengers.size()));
        }
        int b = 0;
        while (passengers.size() < PASSENGERS) {
            b++;
            String locator = String.format("W%05d", b);
            int size = Math.min(PASSENGERS - passengers.size(), random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(3));
            List<Passenger> party = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                party.add(traveller(random, "P" + (passengers.size() + 1), locator, passengers.size()));
                passengers.add(party.get(i));
            }
            bookings.add(booking(random, b, locator, party));
        }
        return new FlightManifest(FLIGHT, passengers, bookings);
    }

    private static Passenger crewMember(Random random, int c) {
        return new Passenger(
                "C" + c,
                pick(random, SURNAMES),
                pick(random, GIVEN_NAMES),
                LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                c % 2 == 0 ? "F" : "M",
                "MDA",
                "MDA",
                PassengerType.CREW,
                List.of(new TravelDocument("P", "CR" + (100_000 + c), "MDA", LocalDate.of(2030, 3, 1))),
                null,
                null,
                null,
                "IST",
                "KIV");
    }

    private static Passenger traveller(Random random, String id, String locator, int index) {
        String nationality = index % 43 == 0 ? null : pick(random, NATIONALITIES);
        return new Passenger(
                id,
                pick(random, SURNAMES),
                index % 59 == 0 ? null : pick(random, GIVEN_NAMES),
                index % 31 == 0
                        ? null
                        : LocalDate.of(1945 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                switch (index % 37) {
                    case 0 -> null;
                    case 1 -> "X";
                    default -> random.nextBoolean() ? "M" : "F";
                },
                nationality,
                index % 11 == 0 ? null : (random.nextInt(10) < 8 ? nationality : "MDA"),
                PassengerType.PASSENGER,
                documents(random, index, nationality),
                locator,
                index % 17 == 0 ? null : (1 + random.nextInt(30)) + pick(random, "A", "B", "C", "D", "E", "F"),
                index % 13 == 0 ? null : new Bags(random.nextInt(4), index % 7 == 0 ? null : random.nextInt(4) * 11.5),
                index % 47 == 0 ? null : "IST",
                index % 47 == 0 ? null : "KIV");
    }

    /** None, one or two documents; some expired before departure, some issued by another country. */
    private static List<TravelDocument> documents(Random random, int index, String nationality) {
        if (index % 41 == 0) {
            return List.of();
        }
        String issuer = index % 19 == 0 ? "ROU" : (nationality == null ? "TUR" : nationality);
        LocalDate expiry = index % 53 == 0
                ? null
                : index % 29 == 0
                        ? DEPARTURE.toLocalDate().minusDays(1 + random.nextInt(400))
                        : DEPARTURE.toLocalDate().plusDays(random.nextInt(3000));
        TravelDocument main = new TravelDocument(
                index % 5 == 0 ? "I" : "P", "X" + (1_000_000 + random.nextInt(8_999_999)), issuer, expiry);
        if (index % 23 == 0) {
            return List.of(main, new TravelDocument("V", "V" + (10_000 + index), "MDA", expiry));
        }
        return List.of(main);
    }

    private static Booking booking(Random random, int b, String locator, List<Passenger> party) {
        // a few bookings list no passenger ids: their travellers are found by the passengers' booking reference
        List<String> ids =
                b % 27 == 0 ? List.of() : party.stream().map(Passenger::id).toList();
        OffsetDateTime createdAt = b % 33 == 0
                ? null
                : DEPARTURE.minusMinutes(
                        60L * (random.nextInt(10) == 0 ? 1 + random.nextInt(47) : 48 + random.nextInt(2000)));
        return new Booking(
                locator,
                createdAt,
                agency(random, b),
                payments(random, b, party),
                contacts(random, b),
                itinerary(random, b),
                ids);
    }

    /** Most bookings through a handful of agencies (shared), a few direct with the carrier (none). */
    private static Agency agency(Random random, int b) {
        if (b % 9 == 0) {
            return null;
        }
        int agency = random.nextInt(12);
        String iata = String.valueOf(31_000_000 + agency);
        return new Agency(iata, "TRAVEL AGENCY " + agency, pick(random, "TUR", "MDA", "ROU", "DEU"));
    }

    private static List<Payment> payments(Random random, int b, List<Passenger> party) {
        if (b % 21 == 0) {
            return List.of();
        }
        String card = b % 14 == 0 ? "4111XXXXXXXX0042" : "5555XXXXXXXX" + (1000 + random.nextInt(8999));
        PaymentType type = switch (b % 10) {
            case 0, 5 -> PaymentType.CASH;
            case 7 -> PaymentType.INVOICE;
            case 8 -> PaymentType.OTHER;
            default -> PaymentType.CARD;
        };
        Passenger first = party.get(0);
        String payer = switch (b % 8) {
            case 0 -> "PAYER OUTSIDE" + (b % 3 == 0 ? " ONE" : " TWO"); // pays for bookings and does not fly
            case 3 -> first.givenNames() + " " + first.surname();
            default -> null;
        };
        Payment payment = new Payment(
                type,
                type == PaymentType.CARD ? card : null,
                b % 25 == 0 ? null : 80.0 + random.nextInt(900),
                b % 25 == 0 ? null : pick(random, "EUR", "EUR", "USD", "MDL", "TRY"),
                payer);
        if (b % 12 == 0) {
            return List.of(payment, new Payment(PaymentType.CASH, null, 40.0, "EUR", null));
        }
        return List.of(payment);
    }

    private static List<Contact> contacts(Random random, int b) {
        if (b % 16 == 0) {
            return List.of();
        }
        List<Contact> contacts = new ArrayList<>();
        String phone = b % 15 == 0 ? "+90 555 123 45 67" : "+3736" + (1_000_000 + random.nextInt(8_999_999));
        contacts.add(new Contact(ContactType.PHONE, phone));
        if (b % 3 != 0) {
            contacts.add(new Contact(
                    ContactType.EMAIL, "traveller" + b + "@" + pick(random, "mail.md", "example.com", "posta.ro")));
        }
        if (b % 10 == 4) {
            contacts.add(new Contact(ContactType.ADDRESS, "STR. EXAMPLE " + b + ", CHISINAU"));
        }
        return contacts;
    }

    /**
     * Itineraries of every shape: this flight only (one-way), a return, a connection from elsewhere in Istanbul, an
     * onward flight from Chisinau within the day (transit), a surface gap, and none at all.
     */
    private static List<Segment> itinerary(Random random, int b) {
        Segment here = new Segment("9U", "172", "IST", "KIV", DEPARTURE, ARRIVAL);
        List<Segment> itinerary = new ArrayList<>();
        switch (b % 6) {
            case 0 -> {} // the carrier sent no itinerary
            case 1 -> itinerary.add(here);
            case 2 -> {
                itinerary.add(here);
                itinerary.add(new Segment("9U", "171", "KIV", "IST", DEPARTURE.plusDays(3 + random.nextInt(20)), null));
            }
            case 3 -> {
                OffsetDateTime left = DEPARTURE.minusHours(3 + random.nextInt(30));
                itinerary.add(new Segment(
                        "TK", String.valueOf(700 + b), pick(random, FEEDERS), "IST", left, left.plusHours(2)));
                itinerary.add(here);
            }
            case 4 -> {
                itinerary.add(here);
                OffsetDateTime onward = ARRIVAL.plusHours(2 + random.nextInt(20));
                itinerary.add(new Segment(
                        "9U", String.valueOf(500 + b), "KIV", pick(random, ONWARD), onward, onward.plusHours(2)));
            }
            default -> {
                // flies from Bucharest to Istanbul's other airport and crosses the city to this flight (a surface gap)
                OffsetDateTime left = DEPARTURE.minusDays(5);
                itinerary.add(new Segment("RO", "302", "OTP", "SAW", left, left.plusHours(2)));
                itinerary.add(here);
            }
        }
        return itinerary;
    }

    private static List<PassengerMatch> matches(FlightManifest manifest) {
        List<PassengerMatch> matches = new ArrayList<>();
        List<Passenger> travellers = manifest.passengers();
        for (int i = 10; i < travellers.size(); i += 45) {
            Passenger p = travellers.get(i);
            boolean alert = matches.size() % 2 == 0;
            matches.add(new PassengerMatch(
                    p.id(),
                    alert ? "WANTED-PERSONS" : "LOST-STOLEN-DOCUMENTS",
                    "W-" + (1000 + i),
                    alert ? 0.93 : 0.74,
                    alert ? MatchDecision.ALERT : MatchDecision.REVIEW,
                    p.surname() + " " + p.givenNames(),
                    List.of("name aligned", "date of birth " + (alert ? "equal" : "year only"))));
        }
        return matches;
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
