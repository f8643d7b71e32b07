package org.piu.targeting.engine.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.model.AirportDirectory;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.ContactType;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

/**
 * Computes the facts analysts reason about (lead time, one-way, itinerary shape, age, document validity,
 * direction relative to the home countries, cross-passenger patterns) from one manifest. Pure Java, no Drools:
 * every derived value is testable on its own and computed exactly once per flight.
 */
public final class FactDeriver {

    /** A connection through a home airport counts as transit when the passenger leaves within this time. */
    static final Duration TRANSIT_CONNECTION = Duration.ofHours(24);

    private final AirportDirectory airports;
    private final Set<String> homeCountries;

    /**
     * @param homeCountries ISO alpha-3 codes of the countries the PIU serves (e.g. {@code MDA}); directions are
     *                      relative to these
     */
    public FactDeriver(AirportDirectory airports, Set<String> homeCountries) {
        this.airports = Objects.requireNonNull(airports, "airports");
        if (homeCountries == null || homeCountries.isEmpty()) {
            throw new IllegalArgumentException("at least one home country (ISO alpha-3, e.g. MDA) is required");
        }
        this.homeCountries = homeCountries.stream().map(FactDeriver::upper).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> homeCountries() {
        return homeCountries;
    }

    public FlightFacts derive(FlightManifest manifest, List<PassengerMatch> matches) {
        List<String> warnings = new ArrayList<>();
        Flight flight = manifest.flight();
        Instant departure =
                flight.departure() == null ? null : flight.departure().toInstant();
        LocalDate departureDate =
                flight.departure() == null ? null : flight.departure().toLocalDate();
        if (departure == null) {
            warnings.add("flight " + flight.key()
                    + " has no departure time: lead time, age and document validity are empty");
        }
        String originCountry = airports.country(flight.origin());
        String destinationCountry = airports.country(flight.destination());
        unknownAirport(flight.origin(), originCountry, "flight origin", warnings);
        unknownAirport(flight.destination(), destinationCountry, "flight destination", warnings);
        Direction flightDirection = direction(originCountry, destinationCountry);

        Map<String, Booking> bookingByLocator = new HashMap<>();
        Map<String, Booking> bookingByPassenger = new HashMap<>();
        for (Booking b : manifest.bookings()) {
            bookingByLocator.putIfAbsent(upper(b.recordLocator()), b);
            for (String id : b.passengerIds()) {
                bookingByPassenger.putIfAbsent(id, b);
            }
        }
        Map<Booking, List<Passenger>> travellers = new IdentityHashMap<>();
        List<Booking> bookingOfPassenger = new ArrayList<>();
        for (Passenger p : manifest.passengers()) {
            Booking b = p.bookingRef() == null ? null : bookingByLocator.get(upper(p.bookingRef()));
            if (b == null) {
                b = bookingByPassenger.get(p.id());
            }
            bookingOfPassenger.add(b);
            if (b != null) {
                travellers.computeIfAbsent(b, k -> new ArrayList<>()).add(p);
            }
        }
        FlightPatterns patterns = new FlightPatterns(manifest, travellers);

        List<PassengerFacts> facts = new ArrayList<>();
        Map<String, Integer> ordinalById = new HashMap<>();
        int ordinal = 0;
        for (Passenger p : manifest.passengers()) {
            ordinalById.putIfAbsent(p.id(), ordinal);
            Booking b = bookingOfPassenger.get(ordinal);
            facts.add(passengerFacts(
                    ordinal,
                    p,
                    b,
                    flight,
                    departure,
                    departureDate,
                    originCountry,
                    destinationCountry,
                    flightDirection,
                    travellers,
                    patterns));
            ordinal++;
        }

        List<WatchlistFacts> watchlist = new ArrayList<>();
        int m = 0;
        for (PassengerMatch match : matches == null ? List.<PassengerMatch>of() : matches) {
            Integer po = ordinalById.get(match.passengerId());
            if (po == null) {
                warnings.add("watchlist match " + match.list() + "/" + match.entryId() + " names passenger "
                        + match.passengerId() + " who is not on this flight: ignored");
            } else {
                watchlist.add(new WatchlistFacts(
                        po,
                        m,
                        match.passengerId(),
                        match.decision().name(),
                        upper(match.list()),
                        match.score(),
                        upper(match.entryId())));
            }
            m++;
        }
        return new FlightFacts(facts, watchlist, warnings);
    }

    private PassengerFacts passengerFacts(
            int ordinal,
            Passenger p,
            Booking b,
            Flight flight,
            Instant departure,
            LocalDate departureDate,
            String originCountry,
            String destinationCountry,
            Direction flightDirection,
            Map<Booking, List<Passenger>> travellers,
            FlightPatterns patterns) {
        Double age = p.dateOfBirth() == null || departureDate == null
                ? null
                : (double) Period.between(p.dateOfBirth(), departureDate).getYears();
        TravelDocument doc = mainDocument(p.documents());
        Double daysValid = doc == null || doc.expiry() == null || departureDate == null
                ? null
                : (double) ChronoUnit.DAYS.between(departureDate, doc.expiry());
        String nationality = upper(p.nationality());
        Boolean issuerDiffers = doc == null || doc.issuingCountry() == null || nationality == null
                ? null
                : !upper(doc.issuingCountry()).equals(nationality);
        Direction direction = b == null ? flightDirection : journeyDirection(flight, flightDirection, b.itinerary());
        String route = flight.origin() == null || flight.destination() == null
                ? null
                : upper(flight.origin()) + "-" + upper(flight.destination());
        Double hour =
                flight.departure() == null ? null : (double) flight.departure().getHour();

        BookingShape shape = b == null ? BookingShape.NONE : bookingShape(b.itinerary());
        Double leadTime = b == null || b.createdAt() == null || departure == null
                ? null
                : round1(Duration.between(b.createdAt().toInstant(), departure).toMinutes() / 60.0);
        Double bookingTravellers = b == null
                ? null
                : (double)
                        (b.passengerIds().isEmpty()
                                ? travellers.getOrDefault(b, List.of()).size()
                                : b.passengerIds().size());
        Payment firstPayment =
                b == null || b.payments().isEmpty() ? null : b.payments().get(0);
        String phone = b == null ? null : firstContact(b.contacts(), ContactType.PHONE);
        String email = b == null ? null : firstContact(b.contacts(), ContactType.EMAIL);
        String emailDomain = email == null || email.indexOf('@') < 0 ? null : email.substring(email.indexOf('@') + 1);
        Double amount = b == null || b.payments().isEmpty()
                ? null
                : b.payments().stream()
                        .map(Payment::amount)
                        .filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue)
                        .sum();

        return new PassengerFacts(
                ordinal,
                p.id(),
                p.type().name(),
                upper(p.surname()),
                upper(p.givenNames()),
                upper(p.gender()),
                nationality,
                upper(p.residence()),
                p.dateOfBirth(),
                age,
                upper(p.seat()),
                upper(p.embarkation()),
                upper(p.debarkation()),
                direction == null ? null : direction.name(),
                nationality == null ? null : homeCountries.contains(nationality),
                p.bags() == null || p.bags().count() == null
                        ? null
                        : (double) p.bags().count(),
                p.bags() == null ? null : p.bags().weightKg(),
                doc == null ? null : upper(doc.type()),
                doc == null ? null : upper(doc.number()),
                doc == null ? null : upper(doc.issuingCountry()),
                doc == null ? null : doc.expiry(),
                daysValid,
                (double) p.documents().size(),
                issuerDiffers,
                upper(flight.carrier()),
                upper(flight.number()),
                upper(flight.origin()),
                upper(flight.destination()),
                originCountry,
                destinationCountry,
                route,
                flightDirection == null ? null : flightDirection.name(),
                departure,
                departureDate,
                hour,
                b != null,
                b == null ? null : upper(b.recordLocator()),
                b == null || b.createdAt() == null ? null : b.createdAt().toInstant(),
                leadTime,
                bookingTravellers,
                shape.oneWay,
                shape.segments,
                shape.countries,
                shape.surfaceGaps,
                shape.maxGroundTimeHours,
                shape.origin,
                shape.destination,
                shape.originCountry,
                b == null || b.agency() == null ? null : upper(b.agency().iata()),
                b == null || b.agency() == null ? null : upper(b.agency().name()),
                b == null || b.agency() == null ? null : upper(b.agency().country()),
                firstPayment == null || firstPayment.type() == null
                        ? null
                        : firstPayment.type().name(),
                b == null ? null : b.payments().stream().anyMatch(x -> x.type() == PaymentType.CASH),
                amount,
                firstPayment == null ? null : upper(firstPayment.currency()),
                b == null ? null : payerTravelling(b, travellers.getOrDefault(b, List.of())),
                phone,
                email,
                emailDomain,
                b == null ? null : patterns.sharedContact(b),
                b == null ? null : patterns.sharedCard(b),
                b == null ? null : patterns.sharedAgency(b),
                b == null ? null : patterns.payerNotTravelling(b));
    }

    private static TravelDocument mainDocument(List<TravelDocument> docs) {
        return docs.stream()
                .filter(d -> d.type() != null && upper(d.type()).startsWith("P"))
                .findFirst()
                .orElse(docs.isEmpty() ? null : docs.get(0));
    }

    Direction direction(String originCountry, String destinationCountry) {
        if (originCountry == null && destinationCountry == null) {
            return null;
        }
        boolean fromHome = originCountry != null && homeCountries.contains(originCountry);
        boolean toHome = destinationCountry != null && homeCountries.contains(destinationCountry);
        if (fromHome && toHome) {
            return Direction.DOMESTIC;
        }
        if (toHome) {
            return Direction.INBOUND;
        }
        return fromHome ? Direction.OUTBOUND : Direction.FOREIGN;
    }

    /** TRANSIT when the itinerary connects through a home airport around the assessed flight within 24 h. */
    private Direction journeyDirection(Flight flight, Direction flightDirection, List<Segment> itinerary) {
        if (flightDirection != Direction.INBOUND && flightDirection != Direction.OUTBOUND) {
            return flightDirection;
        }
        int i = indexOfFlight(flight, itinerary);
        if (i < 0) {
            return flightDirection;
        }
        if (flightDirection == Direction.INBOUND && i + 1 < itinerary.size()) {
            Segment here = itinerary.get(i);
            Segment next = itinerary.get(i + 1);
            if (isHome(next.origin())
                    && isForeign(next.destination())
                    && withinConnection(arrivalOrDeparture(here, flight), next.departure())) {
                return Direction.TRANSIT;
            }
        }
        if (flightDirection == Direction.OUTBOUND && i > 0) {
            Segment previous = itinerary.get(i - 1);
            Segment here = itinerary.get(i);
            OffsetDateTime leaves = here.departure() != null ? here.departure() : flight.departure();
            if (isHome(previous.destination())
                    && isForeign(previous.origin())
                    && withinConnection(
                            previous.arrival() != null ? previous.arrival() : previous.departure(), leaves)) {
                return Direction.TRANSIT;
            }
        }
        return flightDirection;
    }

    private static OffsetDateTime arrivalOrDeparture(Segment s, Flight flight) {
        if (s.arrival() != null) {
            return s.arrival();
        }
        return flight.arrival() != null ? flight.arrival() : s.departure();
    }

    private static boolean withinConnection(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null) {
            return false;
        }
        Duration d = Duration.between(from, to);
        return !d.isNegative() && d.compareTo(TRANSIT_CONNECTION) <= 0;
    }

    private static int indexOfFlight(Flight flight, List<Segment> itinerary) {
        int byAirports = -1;
        for (int i = 0; i < itinerary.size(); i++) {
            Segment s = itinerary.get(i);
            if (eqIgnoreCase(s.origin(), flight.origin()) && eqIgnoreCase(s.destination(), flight.destination())) {
                if (eqIgnoreCase(s.carrier(), flight.carrier()) && eqIgnoreCase(s.number(), flight.number())) {
                    return i;
                }
                if (byAirports < 0) {
                    byAirports = i;
                }
            }
        }
        return byAirports;
    }

    private boolean isHome(String airport) {
        String c = airports.country(airport);
        return c != null && homeCountries.contains(c);
    }

    private boolean isForeign(String airport) {
        String c = airports.country(airport);
        return c != null && !homeCountries.contains(c);
    }

    private record BookingShape(
            Boolean oneWay,
            Double segments,
            Double countries,
            Double surfaceGaps,
            Double maxGroundTimeHours,
            String origin,
            String destination,
            String originCountry) {
        static final BookingShape NONE = new BookingShape(null, null, null, null, null, null, null, null);
    }

    private BookingShape bookingShape(List<Segment> itinerary) {
        if (itinerary.isEmpty()) {
            return new BookingShape(null, 0.0, 0.0, 0.0, null, null, null, null);
        }
        Set<String> countries = new HashSet<>();
        int gaps = 0;
        Double maxGround = null;
        for (int i = 0; i < itinerary.size(); i++) {
            Segment s = itinerary.get(i);
            addCountry(countries, s.origin());
            addCountry(countries, s.destination());
            if (i > 0) {
                Segment prev = itinerary.get(i - 1);
                if (!eqIgnoreCase(prev.destination(), s.origin())) {
                    gaps++;
                }
                OffsetDateTime landed = prev.arrival() != null ? prev.arrival() : prev.departure();
                if (landed != null && s.departure() != null) {
                    double h = round1(Duration.between(landed, s.departure()).toMinutes() / 60.0);
                    maxGround = maxGround == null ? h : Math.max(maxGround, h);
                }
            }
        }
        String first = upper(itinerary.get(0).origin());
        String last = upper(itinerary.get(itinerary.size() - 1).destination());
        String firstCountry = airports.country(first);
        String lastCountry = airports.country(last);
        boolean returns = Objects.equals(first, last) || (firstCountry != null && firstCountry.equals(lastCountry));
        return new BookingShape(
                itinerary.size() > 1 ? !returns : Boolean.TRUE,
                (double) itinerary.size(),
                (double) countries.size(),
                (double) gaps,
                maxGround,
                first,
                last,
                firstCountry);
    }

    private void addCountry(Set<String> countries, String airport) {
        String c = airports.country(airport);
        if (c != null) {
            countries.add(c);
        }
    }

    private static Boolean payerTravelling(Booking b, List<Passenger> travellers) {
        Set<String> payers = b.payments().stream()
                .map(Payment::payerName)
                .map(FactDeriver::nameKey)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (payers.isEmpty()) {
            return null;
        }
        Set<String> names = travellers.stream()
                .map(FactDeriver::nameKey)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return payers.stream().anyMatch(names::contains);
    }

    /** Names compared as sorted upper-case letter tokens, so "ION CIOBANU" and "Ciobanu, Ion" are the same payer. */
    static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        String[] tokens = upper(name).split("[^\\p{L}]+");
        String key = Arrays.stream(tokens).filter(t -> !t.isEmpty()).sorted().collect(Collectors.joining(" "));
        return key.isEmpty() ? null : key;
    }

    static String nameKey(Passenger p) {
        return nameKey((p.givenNames() == null ? "" : p.givenNames()) + " " + (p.surname() == null ? "" : p.surname()));
    }

    private static String firstContact(List<Contact> contacts, ContactType type) {
        return contacts.stream()
                .filter(c -> c.type() == type && c.value() != null && !c.value().isBlank())
                .map(c -> upper(c.value()))
                .findFirst()
                .orElse(null);
    }

    private void unknownAirport(String code, String country, String what, List<String> warnings) {
        if (code != null && country == null) {
            warnings.add(what + " " + code + " is not in the airport table: its country and the direction are unknown");
        }
    }

    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean eqIgnoreCase(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    private static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    /** Cross-passenger patterns, computed once per flight over all bookings of the manifest. */
    private static final class FlightPatterns {
        private final Map<Booking, Double> sharedContact = new IdentityHashMap<>();
        private final Map<Booking, Double> sharedCard = new IdentityHashMap<>();
        private final Map<Booking, Double> sharedAgency = new IdentityHashMap<>();
        private final Map<Booking, Double> payerNotTravelling = new IdentityHashMap<>();

        FlightPatterns(FlightManifest manifest, Map<Booking, List<Passenger>> travellers) {
            List<Booking> bookings = manifest.bookings();
            share(bookings, FlightPatterns::contactKeys, sharedContact);
            share(bookings, FlightPatterns::cardKeys, sharedCard);
            share(bookings, FlightPatterns::agencyKeys, sharedAgency);
            Set<String> onBoard = manifest.passengers().stream()
                    .map(FactDeriver::nameKey)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<String, Integer> bookingsByPayer = new HashMap<>();
            Map<Booking, Set<String>> payersOf = new IdentityHashMap<>();
            for (Booking b : bookings) {
                Set<String> payers = b.payments().stream()
                        .map(Payment::payerName)
                        .map(FactDeriver::nameKey)
                        .filter(Objects::nonNull)
                        .filter(k -> !onBoard.contains(k))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                payersOf.put(b, payers);
                payers.forEach(k -> bookingsByPayer.merge(k, 1, Integer::sum));
            }
            for (Booking b : bookings) {
                int max = payersOf.get(b).stream()
                        .mapToInt(bookingsByPayer::get)
                        .max()
                        .orElse(0);
                payerNotTravelling.put(b, (double) max);
            }
        }

        private static void share(
                List<Booking> bookings,
                java.util.function.Function<Booking, Set<String>> keys,
                Map<Booking, Double> out) {
            Map<Booking, Set<String>> keysOf = new IdentityHashMap<>();
            Map<String, Set<Booking>> bookingsByKey = new HashMap<>();
            for (Booking b : bookings) {
                Set<String> k = keys.apply(b);
                keysOf.put(b, k);
                k.forEach(key -> bookingsByKey
                        .computeIfAbsent(key, x -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(b));
            }
            for (Booking b : bookings) {
                Set<Booking> sharing = Collections.newSetFromMap(new IdentityHashMap<>());
                keysOf.get(b).forEach(key -> sharing.addAll(bookingsByKey.get(key)));
                out.put(b, (double) sharing.size());
            }
        }

        private static Set<String> contactKeys(Booking b) {
            Set<String> keys = new HashSet<>();
            for (Contact c : b.contacts()) {
                if (c.value() == null || c.type() == null) {
                    continue;
                }
                String v = switch (c.type()) {
                    case PHONE -> c.value().replaceAll("[^0-9]", "");
                    case EMAIL -> c.value().strip().toLowerCase(Locale.ROOT);
                    case ADDRESS -> null;
                };
                if (v != null && v.length() >= 5) {
                    keys.add(c.type() + ":" + v);
                }
            }
            return keys;
        }

        private static Set<String> cardKeys(Booking b) {
            Set<String> keys = new HashSet<>();
            for (Payment p : b.payments()) {
                if (p.cardNumberMasked() != null && !p.cardNumberMasked().isBlank()) {
                    keys.add(p.cardNumberMasked().replaceAll("\\s", "").toUpperCase(Locale.ROOT));
                }
            }
            return keys;
        }

        private static Set<String> agencyKeys(Booking b) {
            if (b.agency() == null) {
                return Set.of();
            }
            String k = b.agency().iata() != null && !b.agency().iata().isBlank()
                    ? b.agency().iata()
                    : b.agency().name();
            return k == null || k.isBlank() ? Set.of() : Set.of(upper(k));
        }

        Double sharedContact(Booking b) {
            return sharedContact.get(b);
        }

        Double sharedCard(Booking b) {
            return sharedCard.get(b);
        }

        Double sharedAgency(Booking b) {
            return sharedAgency.get(b);
        }

        Double payerNotTravelling(Booking b) {
            return payerNotTravelling.get(b);
        }
    }
}
