package org.piu.targeting.sample.flight;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.piu.targeting.sample.geo.Aircraft;
import org.piu.targeting.sample.geo.Airport;
import org.piu.targeting.sample.geo.Carrier;
import org.piu.targeting.sample.geo.Route;
import org.piu.targeting.sample.geo.RouteNetwork;
import org.piu.targeting.sample.people.Nationalities;
import org.piu.targeting.sample.people.Nationality;
import org.piu.targeting.sample.people.PersonName;

/** Puts one flight together: route, people, bookings, planted risks, seats. One instance per flight. */
final class FlightAssembly {

    private static final String LOCATOR_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Set<String> HOME = Set.of("KIV", "GYD");
    private static final Set<String> LOW_COST = Set.of("FR", "W6", "PC", "5F");
    private static final Set<String> EU = Set.of("ROU", "DEU", "AUT", "POL", "HUN", "FRA", "ITA", "ESP", "GRC");
    private static final Map<String, Double> PER_EURO =
            Map.of("EUR", 1.0, "MDL", 19.4, "AZN", 1.83, "TRY", 37.0, "GBP", 0.85, "USD", 1.08, "AED", 3.97);
    private static final Map<String, String> CREW_NAMES =
            Map.of("IRL", "GBR", "HUN", "ROU", "AUT", "DEU", "POL", "DEU", "QAT", "JOR", "ARE", "JOR", "GRC", "ITA");

    private final SplittableRandom rng;
    private final FlightGeneratorSettings settings;
    private final RouteNetwork network;
    private final Nationalities nationalities;
    private final AgencyDirectory agencies;
    private final LocalDate referenceDate;
    private final int index;
    private final long seed;

    private Route route;
    private Carrier carrier;
    private Flight flight;
    private Aircraft aircraft;
    private final List<PlannedBooking> bookings = new ArrayList<>();
    private final List<TravellerDraft> crew = new ArrayList<>();
    private final Set<String> locators = new HashSet<>();
    private final List<PlantedCase> planted = new ArrayList<>();
    private final List<WatchlistTarget> watchlistTargets = new ArrayList<>();
    private final List<ReportedDocument> reportedDocuments = new ArrayList<>();
    private int passengerSeq;

    FlightAssembly(
            SplittableRandom rng,
            FlightGeneratorSettings settings,
            RouteNetwork network,
            Nationalities nationalities,
            AgencyDirectory agencies,
            LocalDate referenceDate,
            int index,
            long seed) {
        this.seed = seed;
        this.rng = rng;
        this.settings = settings;
        this.network = network;
        this.nationalities = nationalities;
        this.agencies = agencies;
        this.referenceDate = referenceDate;
        this.index = index;
    }

    GeneratedFlight build() {
        chooseFlight();
        int passengers = settings.passengersPerFlight() > 0
                ? settings.passengersPerFlight()
                : (int) Math.round(route.aircraft().seats() * (0.65 + rng.nextDouble() * 0.30));
        aircraft = Aircraft.seating(passengers, route.aircraft());
        Map<String, Integer> mix = nationalityMix();
        while (passengerSeq < passengers) {
            bookParty(mix, passengers - passengerSeq);
        }
        boardCrew();
        plantRisks();
        assignSeats();
        List<Passenger> manifestPassengers = new ArrayList<>();
        for (PlannedBooking b : bookings) {
            for (TravellerDraft t : b.travellers) {
                manifestPassengers.add(t.toPassenger(flight.origin(), flight.destination()));
            }
        }
        for (TravellerDraft c : crew) {
            manifestPassengers.add(c.toPassenger(flight.origin(), flight.destination()));
        }
        List<Booking> manifestBookings =
                bookings.stream().map(PlannedBooking::toBooking).toList();
        return new GeneratedFlight(
                new FlightManifest(flight, manifestPassengers, manifestBookings),
                aircraft.type(),
                planted,
                watchlistTargets,
                reportedDocuments);
    }

    // ---- flight ----

    /**
     * The schedule: every (route, carrier) appears as often per cycle as the route's weight says, in an order
     * shuffled by the seed. Flight i flies on day i mod days and takes slot i div days, so no flight number
     * repeats on a day: repeated slots get their own numbers (+100 per frequency, +1000 per cycle) as
     * carriers number their extra rotations.
     */
    private void chooseFlight() {
        List<Route> routes = network.routes();
        List<Integer> weights = network.weights();
        List<int[]> slots = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            int carriers = routes.get(r).carriers().size();
            for (int k = 0; k < weights.get(r); k++) {
                slots.add(new int[] {r, k % carriers, k / carriers});
            }
        }
        SplittableRandom shuffle = org.piu.targeting.sample.RandomStreams.of(seed, 5, 0);
        for (int i = slots.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int[] tmp = slots.get(i);
            slots.set(i, slots.get(j));
            slots.set(j, tmp);
        }
        int slotIndex = index / settings.days();
        int[] slot = slots.get(slotIndex % slots.size());
        int cycle = (slotIndex / slots.size()) % 6;
        route = routes.get(slot[0]);
        carrier = route.carriers().get(slot[1]);
        int number = carrier.firstFlightNumber() + route.flightNumberOffset() + 100 * slot[2] + 1000 * cycle;
        LocalDate day = referenceDate.plusDays(index % settings.days());
        LocalTime time = LocalTime.of(5, 0).plusMinutes(5L * rng.nextInt(12 * 18 + 6));
        OffsetDateTime departure =
                ZonedDateTime.of(day, time, route.origin().zone()).toOffsetDateTime();
        OffsetDateTime arrival = departure
                .toInstant()
                .plus(Duration.ofMinutes(route.blockMinutes()))
                .atZone(route.destination().zone())
                .toOffsetDateTime();
        flight = new Flight(
                carrier.iata(),
                Integer.toString(number),
                route.origin().iata(),
                route.destination().iata(),
                departure,
                arrival);
    }

    private Airport hub() {
        return HOME.contains(route.origin().iata()) ? route.origin() : route.destination();
    }

    private Airport partner() {
        return HOME.contains(route.origin().iata()) ? route.destination() : route.origin();
    }

    private boolean inbound() {
        return route.destination() == hub();
    }

    /** Who flies a route: mostly people of the hub country, then of the partner country, then the region. */
    private Map<String, Integer> nationalityMix() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        if (hub().iata().equals("KIV")) {
            mix.put("MDA", 55);
            mix.put("ROU", 10);
            mix.put("UKR", 9);
            mix.put("RUS", 3);
        } else {
            mix.put("AZE", 60);
            mix.put("RUS", 7);
            mix.put("TUR", 5);
            mix.put("GEO", 3);
        }
        switch (partner().country()) {
            case "TUR" -> mix.merge("TUR", 25, Integer::sum);
            case "DEU", "AUT" -> mix.merge("DEU", 15, Integer::sum);
            case "GBR" -> mix.merge("GBR", 15, Integer::sum);
            case "ISR" -> mix.merge("ISR", 25, Integer::sum);
            case "ARE", "QAT" -> {
                mix.merge("JOR", 8, Integer::sum);
                mix.merge("GBR", 4, Integer::sum);
            }
            case "ITA", "ESP", "FRA" -> mix.merge("ITA", 8, Integer::sum);
            case "GEO" -> mix.merge("GEO", 30, Integer::sum);
            case "KAZ" -> mix.merge("KAZ", 30, Integer::sum);
            case "UZB" -> mix.merge("UZB", 30, Integer::sum);
            case "RUS" -> mix.merge("RUS", 30, Integer::sum);
            case "ROU" -> mix.merge("ROU", 25, Integer::sum);
            default -> {
                mix.merge("DEU", 4, Integer::sum);
                mix.merge("GBR", 4, Integer::sum);
            }
        }
        mix.merge("JOR", 1, Integer::sum);
        mix.merge("UKR", 1, Integer::sum);
        return mix;
    }

    private String pick(Map<String, Integer> weights) {
        return org.piu.targeting.sample.RandomStreams.weighted(rng, weights);
    }

    private <T> T any(List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    // ---- people ----

    private TravellerDraft person(String nationalityCode, Boolean female, int minAge, int maxAge, PersonName name) {
        Nationality nat = nationalities.get(nationalityCode);
        TravellerDraft t = new TravellerDraft();
        boolean f = female != null ? female : rng.nextBoolean();
        t.name = name != null ? name : nat.name(rng, f);
        t.gender = f ? "F" : "M";
        t.age = minAge + (int) (Math.pow(rng.nextDouble(), 1.3) * (maxAge - minAge + 1));
        t.age = Math.min(t.age, maxAge);
        LocalDate departureDay = flight.departure().toLocalDate();
        t.dateOfBirth = departureDay.minusYears(t.age).minusDays(1 + rng.nextInt(364));
        t.nationality = nationalityCode;
        t.residence = nationalityCode;
        String issuer = nationalityCode;
        // Many Moldovans also hold a Romanian passport and travel to the EU on it.
        if (nationalityCode.equals("MDA") && EU.contains(partner().country()) && rng.nextInt(100) < 35) {
            issuer = "ROU";
            t.nationality = "ROU";
        }
        // The diaspora: Moldovans working in Italy, Spain, the UK, Germany.
        if (nationalityCode.equals("MDA")
                && Set.of("ITA", "ESP", "GBR", "DEU", "FRA").contains(partner().country())
                && rng.nextInt(100) < 40) {
            t.residence = partner().country();
        }
        t.documents.add(passport(issuer, t.age));
        return t;
    }

    private TravelDocument passport(String issuer, int age) {
        Nationality nat = nationalities.get(issuer);
        int years = age < 18 ? Math.min(5, nat.passportYears()) : nat.passportYears();
        LocalDate departureDay = flight.departure().toLocalDate();
        // valid for at least 60 more days: only planted documents expire soon
        LocalDate expiry = departureDay.plusDays(60 + rng.nextInt(years * 365 - 60));
        return new TravelDocument("P", nat.passportNumber(rng), issuer, expiry);
    }

    private String nextPassengerId() {
        passengerSeq++;
        return "P" + passengerSeq;
    }

    private void bookParty(Map<String, Integer> mix, int remaining) {
        String nat = pick(mix);
        int kind = rng.nextInt(100);
        List<TravellerDraft> party = new ArrayList<>();
        if (remaining >= 12 && kind < 3) {
            int size = Math.min(remaining, 10 + rng.nextInt(16));
            for (int i = 0; i < size; i++) {
                party.add(person(nat, null, 18, 72, null));
            }
        } else if (remaining >= 3 && kind < 20) {
            // a family: two parents, one to three children, the mother carrying the feminine surname
            TravellerDraft father = person(nat, false, 27, 55, null);
            Nationality n = nationalities.get(nat);
            PersonName motherName = new PersonName(
                    n.feminine(father.name.surname()), n.name(rng, true).given());
            party.add(father);
            party.add(person(nat, true, 25, 52, motherName));
            int kids = Math.min(remaining - 2, 1 + rng.nextInt(3));
            for (int i = 0; i < kids; i++) {
                boolean girl = rng.nextBoolean();
                org.piu.targeting.sample.people.NameForm given =
                        n.name(rng, girl).given();
                for (int retry = 0; retry < 5 && taken(party, given); retry++) {
                    given = n.name(rng, girl).given();
                }
                PersonName kid =
                        new PersonName(girl ? n.feminine(father.name.surname()) : father.name.surname(), given);
                TravellerDraft child = person(nat, girl, 0, Math.min(17, father.age - 20), kid);
                child.nationality = father.nationality;
                child.residence = father.residence;
                child.documents.clear();
                child.documents.add(passport(father.documents.get(0).issuingCountry(), child.age));
                party.add(child);
            }
        } else if (remaining >= 2 && kind < 40) {
            int size = Math.min(remaining, 2 + rng.nextInt(2));
            for (int i = 0; i < size; i++) {
                party.add(person(nat, null, 18, 70, null));
            }
        } else {
            party.add(person(nat, null, 18, 80, null));
        }
        PlannedBooking b = new PlannedBooking();
        b.recordLocator = newLocator();
        for (TravellerDraft t : party) {
            t.id = nextPassengerId();
            t.bookingRef = b.recordLocator;
            t.bags = bags(t);
            b.travellers.add(t);
        }
        boolean group = party.size() >= 10;
        double leadHours = group ? 24 * (30 + rng.nextInt(150)) : leadTimeHours();
        b.createdAt = flight.departure()
                .toInstant()
                .minus(Duration.ofMinutes((long) (leadHours * 60)))
                .atOffset(ZoneOffset.UTC);
        TravellerDraft booker = party.get(0);
        boolean direct = !group && rng.nextInt(100) < 50;
        b.agency = direct ? new Agency(null, carrier.name() + " WEB", carrier.country()) : ordinaryAgency(booker);
        boolean returns = rng.nextInt(100) < 55;
        boolean connects = rng.nextInt(100) < 12;
        itinerary(b, returns, connects);
        pay(b, direct, group, booker);
        Nationality bn = nationalities.get(
                booker.documents.get(0).issuingCountry().equals("ROU") && nat.equals("MDA") ? "MDA" : nat);
        b.contacts.add(new Contact(ContactType.PHONE, bn.mobilePhone(rng)));
        if (rng.nextInt(100) < 75) {
            b.contacts.add(new Contact(ContactType.EMAIL, bn.email(rng, booker.name)));
        }
        bookings.add(b);
    }

    private static boolean taken(List<TravellerDraft> party, org.piu.targeting.sample.people.NameForm given) {
        return party.stream().anyMatch(t -> t.name.given().equals(given));
    }

    /** Hours between booking and departure: median about three weeks, a long tail both ways, at least 2 hours. */
    private double leadTimeHours() {
        double h = Math.exp(Math.log(24 * 21) + rng.nextGaussian() * 1.1);
        return Math.max(30 + rng.nextInt(20), Math.min(h, 24 * 330));
    }

    private Agency ordinaryAgency(TravellerDraft booker) {
        List<Agency> local = agencies.inCountry(booker.residence);
        if (local.isEmpty()) {
            local = agencies.inCountry(hub().country());
        }
        return any(local);
    }

    private Bags bags(TravellerDraft t) {
        if (t.age < 2) {
            return new Bags(0, null);
        }
        int roll = rng.nextInt(100);
        int count = LOW_COST.contains(carrier.iata())
                ? (roll < 55 ? 0 : roll < 95 ? 1 : 2)
                : (roll < 20 ? 0 : roll < 88 ? 1 : 2);
        return new Bags(count, count == 0 ? null : Math.round(count * (12 + rng.nextDouble() * 11) * 10) / 10.0);
    }

    private String newLocator() {
        while (true) {
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                sb.append(LOCATOR_ALPHABET.charAt(rng.nextInt(LOCATOR_ALPHABET.length())));
            }
            if (locators.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    // ---- itineraries and payments ----

    private Segment assessedSegment() {
        return new Segment(
                flight.carrier(),
                flight.number(),
                flight.origin(),
                flight.destination(),
                flight.departure(),
                flight.arrival());
    }

    private void itinerary(PlannedBooking b, boolean returns, boolean connects) {
        b.itinerary.clear();
        List<RouteNetwork.Connection> connections = network
                .connectionsAt(partner().iata())
                .stream()
                .filter(c ->
                        !FlightGenerator.HIGH_RISK_AIRPORTS.contains(c.beyond().iata()))
                .toList();
        RouteNetwork.Connection via = connects && !connections.isEmpty() ? any(connections) : null;
        int minutesAtHub = 90 + 5 * rng.nextInt(60);
        if (via != null && inbound()) {
            b.itinerary.add(connectingSegment(via, true, flight.departure(), minutesAtHub));
        }
        b.itinerary.add(assessedSegment());
        if (via != null && !inbound()) {
            b.itinerary.add(connectingSegment(via, false, flight.arrival(), minutesAtHub));
        }
        if (returns) {
            int stayDays = 2 + rng.nextInt(20);
            OffsetDateTime back = ZonedDateTime.of(
                            flight.departure().toLocalDate().plusDays(stayDays),
                            LocalTime.of(6, 0).plusMinutes(5L * rng.nextInt(190)),
                            route.destination().zone())
                    .toOffsetDateTime();
            Segment ret = new Segment(
                    flight.carrier(),
                    Integer.toString(Integer.parseInt(flight.number()) + 1),
                    flight.destination(),
                    flight.origin(),
                    back,
                    back.toInstant()
                            .plus(Duration.ofMinutes(route.blockMinutes()))
                            .atZone(route.origin().zone())
                            .toOffsetDateTime());
            if (via != null && !inbound()) {
                Segment in = connectingSegment(via, true, back, minutesAtHub);
                b.itinerary.add(in);
            }
            b.itinerary.add(ret);
            if (via != null && inbound()) {
                b.itinerary.add(connectingSegment(via, false, ret.arrival(), minutesAtHub));
            }
        }
    }

    /**
     * A flight between the hub beyond the assessed route and an airport beyond it: {@code toHub} arrives
     * {@code minutes} before {@code at}; otherwise it leaves {@code minutes} after {@code at}.
     */
    private Segment connectingSegment(RouteNetwork.Connection c, boolean toHub, OffsetDateTime at, int minutes) {
        Duration block = Duration.ofMinutes(c.blockMinutes());
        if (toHub) {
            OffsetDateTime arrival = at.toInstant()
                    .minus(Duration.ofMinutes(minutes))
                    .atZone(c.hub().zone())
                    .toOffsetDateTime();
            OffsetDateTime departure =
                    arrival.toInstant().minus(block).atZone(c.beyond().zone()).toOffsetDateTime();
            return new Segment(
                    c.carrier().iata(),
                    Integer.toString(c.flightNumber() + 1),
                    c.beyond().iata(),
                    c.hub().iata(),
                    departure,
                    arrival);
        }
        OffsetDateTime departure = at.toInstant()
                .plus(Duration.ofMinutes(minutes))
                .atZone(c.hub().zone())
                .toOffsetDateTime();
        OffsetDateTime arrival =
                departure.toInstant().plus(block).atZone(c.beyond().zone()).toOffsetDateTime();
        return new Segment(
                c.carrier().iata(),
                Integer.toString(c.flightNumber()),
                c.hub().iata(),
                c.beyond().iata(),
                departure,
                arrival);
    }

    private void pay(PlannedBooking b, boolean direct, boolean group, TravellerDraft booker) {
        b.payments.clear();
        String currency = direct ? (carrier.country().equals("AZE") ? "AZN" : "EUR") : currencyOf(b.agency.country());
        double euros = b.travellers.size()
                * (35 + route.blockMinutes() * 0.55 + rng.nextDouble() * 120)
                * (b.itinerary.size() > 1 ? 1.8 : 1.0);
        double amount = Math.round(euros * PER_EURO.get(currency) * 100) / 100.0;
        int roll = rng.nextInt(100);
        PaymentType type = group
                ? PaymentType.INVOICE
                : direct
                        ? (roll < 92 ? PaymentType.CARD : PaymentType.OTHER)
                        : (roll < 30 ? PaymentType.CASH : roll < 85 ? PaymentType.CARD : PaymentType.INVOICE);
        String card = type == PaymentType.CARD ? maskedCard() : null;
        String payer = type == PaymentType.CARD ? booker.name.mrzFullName() : null;
        b.payments.add(new Payment(type, card, amount, currency, payer));
    }

    private static String currencyOf(String country) {
        return switch (country) {
            case "MDA" -> "MDL";
            case "AZE" -> "AZN";
            case "TUR" -> "TRY";
            case "GBR" -> "GBP";
            case "ARE" -> "AED";
            case "ISR", "JOR", "KAZ", "UZB", "GEO", "RUS", "UKR" -> "USD";
            default -> "EUR";
        };
    }

    private String maskedCard() {
        String bin = rng.nextBoolean() ? "4" + digits(5) : "5" + (1 + rng.nextInt(5)) + digits(4);
        return bin + "XXXXXX" + digits(4);
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rng.nextInt(10)));
        }
        return sb.toString();
    }

    // ---- crew and seats ----

    private void boardCrew() {
        String nat = CREW_NAMES.getOrDefault(carrier.country(), carrier.country());
        if (!nationalities.has(nat)) {
            nat = "GBR";
        }
        int count = 2 + aircraft.cabinCrew();
        for (int i = 0; i < count; i++) {
            TravellerDraft c = person(
                    nat,
                    i < 2 ? Boolean.valueOf(rng.nextInt(10) < 1) : Boolean.valueOf(rng.nextInt(10) < 7),
                    i < 2 ? 28 : 21,
                    i < 2 ? 62 : 50,
                    null);
            c.id = "C" + (i + 1);
            c.type = PassengerType.CREW;
            c.nationality = nat;
            c.residence = nat;
            c.documents.clear();
            c.documents.add(passport(nat, c.age));
            crew.add(c);
        }
    }

    /** Travellers of one booking sit together; bookings spread over the cabin; lap infants have no seat. */
    private void assignSeats() {
        String letters = aircraft.seatLetters();
        int seated = (int) bookings.stream()
                .flatMap(b -> b.travellers.stream())
                .filter(t -> t.age >= 2)
                .count();
        int free = Math.max(0, aircraft.seats() - seated);
        int next = 0;
        List<PlannedBooking> order = new ArrayList<>(bookings);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            PlannedBooking tmp = order.get(i);
            order.set(i, order.get(j));
            order.set(j, tmp);
        }
        for (PlannedBooking b : order) {
            int gap = free == 0 ? 0 : rng.nextInt(Math.max(1, 2 * free / Math.max(1, order.size())) + 1);
            gap = Math.min(gap, free);
            free -= gap;
            next += gap;
            for (TravellerDraft t : b.travellers) {
                if (t.age < 2) {
                    t.seat = null;
                    continue;
                }
                t.seat = (next / letters.length() + 1) + String.valueOf(letters.charAt(next % letters.length()));
                next++;
            }
        }
    }

    // ---- planted risks ----

    private void plantRisks() {
        PlantedRisk[] risks = PlantedRisk.values();
        int cycle = Math.max(1, Math.min(settings.flights(), risks.length));
        for (PlantedRisk risk : risks) {
            boolean scheduled = settings.everyRiskPlanted()
                    && risk.ordinal() % cycle == index % cycle
                    && index < Math.max(settings.flights(), 1)
                    && index < risks.length;
            boolean chance = rng.nextDouble() < settings.riskRate();
            if (scheduled || chance) {
                plant(risk);
            }
        }
    }

    private List<PlannedBooking> freeSolo(int n) {
        List<PlannedBooking> candidates =
                bookings.stream().filter(b -> b.solo() && !b.planted).toList();
        if (candidates.size() < n) {
            return List.of();
        }
        List<PlannedBooking> chosen = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        while (chosen.size() < n) {
            int i = rng.nextInt(candidates.size());
            if (used.add(i)) {
                chosen.add(candidates.get(i));
            }
        }
        chosen.forEach(b -> b.planted = true);
        return chosen;
    }

    private TravellerDraft freeAdult() {
        return freeAdult(t -> true);
    }

    /** A random adult of an unplanted booking, preferring those that match {@code preferred}. */
    private TravellerDraft freeAdult(java.util.function.Predicate<TravellerDraft> preferred) {
        List<TravellerDraft> all = bookings.stream()
                .filter(b -> !b.planted)
                .flatMap(b -> b.travellers.stream())
                .filter(t -> t.age >= 18)
                .toList();
        List<TravellerDraft> better = all.stream().filter(preferred).toList();
        List<TravellerDraft> adults = better.isEmpty() ? all : better;
        if (adults.isEmpty()) {
            return null;
        }
        TravellerDraft t = any(adults);
        bookings.stream().filter(b -> b.travellers.contains(t)).forEach(b -> b.planted = true);
        return t;
    }

    private void record(PlantedRisk risk, List<PlannedBooking> bs, List<TravellerDraft> ts, String description) {
        planted.add(new PlantedCase(
                risk,
                flight.key(),
                ts.stream().map(t -> t.id).toList(),
                bs.stream().map(b -> b.recordLocator).toList(),
                description));
    }

    private static List<TravellerDraft> travellersOf(List<PlannedBooking> bs) {
        return bs.stream().flatMap(b -> b.travellers.stream()).toList();
    }

    private void plant(PlantedRisk risk) {
        switch (risk) {
            case SHARED_PHONE -> {
                List<PlannedBooking> bs = freeSolo(3);
                if (bs.isEmpty()) {
                    return;
                }
                String phone = nationalities.get(hub().country()).mobilePhone(rng);
                for (PlannedBooking b : bs) {
                    b.contacts.removeIf(c -> c.type() == ContactType.PHONE);
                    b.contacts.add(0, new Contact(ContactType.PHONE, phone));
                }
                record(risk, bs, travellersOf(bs), "3 bookings on the flight give the same phone " + phone);
            }
            case SHARED_CARD -> {
                List<PlannedBooking> bs = freeSolo(3);
                if (bs.isEmpty()) {
                    return;
                }
                String card = maskedCard();
                for (PlannedBooking b : bs) {
                    Payment p = b.payments.isEmpty() ? null : b.payments.get(0);
                    b.payments.clear();
                    b.payments.add(new Payment(
                            PaymentType.CARD,
                            card,
                            p == null ? 150.0 : p.amount(),
                            p == null ? "EUR" : p.currency(),
                            null));
                }
                record(risk, bs, travellersOf(bs), "3 bookings on the flight paid with card " + card);
            }
            case CASH_ONE_WAY_LAST_MINUTE -> {
                List<PlannedBooking> bs = freeSolo(1);
                if (bs.isEmpty()) {
                    return;
                }
                PlannedBooking b = bs.get(0);
                TravellerDraft t = b.travellers.get(0);
                int hours = 3 + rng.nextInt(19);
                b.createdAt = flight.departure()
                        .toInstant()
                        .minus(Duration.ofHours(hours))
                        .minusSeconds(60L * rng.nextInt(60))
                        .atOffset(ZoneOffset.UTC);
                b.agency = ordinaryAgency(t);
                itinerary(b, false, false);
                b.payments.clear();
                b.payments.add(new Payment(
                        PaymentType.CASH,
                        null,
                        Math.round((180 + rng.nextDouble() * 250) * PER_EURO.get(currencyOf(b.agency.country())) * 100)
                                / 100.0,
                        currencyOf(b.agency.country()),
                        null));
                record(
                        risk,
                        bs,
                        b.travellers,
                        "one-way ticket paid in cash at " + b.agency.name() + ", booked " + hours
                                + " h before departure");
            }
            case PAYER_NOT_TRAVELLING -> {
                List<PlannedBooking> bs = freeSolo(2);
                if (bs.isEmpty()) {
                    return;
                }
                Set<String> onBoard = new HashSet<>();
                bookings.forEach(b -> b.travellers.forEach(t -> onBoard.add(t.name.mrzFullName())));
                PersonName payer = nationalities.get(hub().country()).name(rng, rng.nextBoolean());
                while (onBoard.contains(payer.mrzFullName())) {
                    payer = nationalities.get(hub().country()).name(rng, rng.nextBoolean());
                }
                String card = maskedCard();
                for (PlannedBooking b : bs) {
                    Payment p = b.payments.isEmpty() ? null : b.payments.get(0);
                    b.payments.clear();
                    b.payments.add(new Payment(
                            PaymentType.CARD,
                            card,
                            p == null ? 150.0 : p.amount(),
                            p == null ? "EUR" : p.currency(),
                            payer.mrzFullName()));
                    // bought one to three weeks ahead, by someone else
                    b.createdAt = flight.departure()
                            .toInstant()
                            .minus(Duration.ofHours(24 * 7 + rng.nextInt(24 * 14)))
                            .atOffset(ZoneOffset.UTC);
                }
                record(
                        risk,
                        bs,
                        travellersOf(bs),
                        "2 bookings paid by " + payer.mrzFullName() + ", who is not on board");
            }
            case DOCUMENT_EXPIRING -> {
                TravellerDraft t = freeAdult();
                if (t == null) {
                    return;
                }
                TravelDocument d = t.documents.get(0);
                LocalDate expiry = flight.departure().toLocalDate().plusDays(3 + rng.nextInt(23));
                t.documents.set(0, new TravelDocument(d.type(), d.number(), d.issuingCountry(), expiry));
                record(risk, bookingsOf(t), List.of(t), "passport " + d.number() + " expires on " + expiry);
            }
            case HIGH_RISK_ROUTING -> {
                List<PlannedBooking> bs = freeSolo(1);
                if (bs.isEmpty()) {
                    return;
                }
                PlannedBooking b = bs.get(0);
                String via = highRiskRouting(b);
                record(risk, bs, b.travellers, "itinerary passes through " + via);
            }
            case WATCHED_AGENCY -> {
                List<PlannedBooking> candidates = bookings.stream()
                        .filter(b -> !b.planted && b.travellers.size() <= 4)
                        .toList();
                if (candidates.isEmpty()) {
                    return;
                }
                PlannedBooking b = any(candidates);
                b.planted = true;
                b.agency = any(agencies.watched());
                record(
                        risk,
                        List.of(b),
                        b.travellers,
                        "booked through watched agency " + b.agency.name() + " (" + b.agency.iata() + ")");
            }
            case WATCHLIST_VARIANT -> {
                // someone whose name has another spelling: Cyrillic, Arabic, diacritics
                TravellerDraft t = freeAdult(x -> !x.name.surname()
                                .nativeForm()
                                .equalsIgnoreCase(x.name.surname().mrz())
                        || !x.name.given()
                                .nativeForm()
                                .equalsIgnoreCase(x.name.given().mrz()));
                if (t == null) {
                    return;
                }
                watchlistTargets.add(
                        new WatchlistTarget(flight.key(), t.id, t.name, t.nationality, t.dateOfBirth, t.gender));
                record(
                        risk,
                        bookingsOf(t),
                        List.of(t),
                        t.name.mrzFullName() + " is on the sample watchlist as " + t.name.nativeFullName());
            }
            case LOST_STOLEN_DOCUMENT -> {
                TravellerDraft t = freeAdult();
                if (t == null) {
                    return;
                }
                TravelDocument d = t.documents.get(0);
                reportedDocuments.add(
                        new ReportedDocument(flight.key(), t.id, d.type(), d.number(), d.issuingCountry()));
                record(
                        risk,
                        bookingsOf(t),
                        List.of(t),
                        "passport " + d.number() + " (" + d.issuingCountry() + ") is reported lost or stolen");
            }
            case LONG_ITINERARY_SHORT_STAY -> {
                List<PlannedBooking> bs = freeSolo(1);
                if (bs.isEmpty()) {
                    return;
                }
                PlannedBooking b = bs.get(0);
                String route = longItinerary(b);
                record(risk, bs, b.travellers, "6 segments in 3 days: " + route);
            }
        }
    }

    private List<PlannedBooking> bookingsOf(TravellerDraft t) {
        return bookings.stream().filter(b -> b.travellers.contains(t)).toList();
    }

    /** Routes a booking through a high-risk airport via Istanbul or Dubai; returns the airport. */
    private String highRiskRouting(PlannedBooking b) {
        String far = any(FlightGenerator.HIGH_RISK_AIRPORTS);
        String hubCode = far.equals("DAM") ? "IST" : "DXB";
        Airport gateway = network.requireAirport(hubCode);
        Airport beyond = network.requireAirport(far);
        String gatewayCarrier = hubCode.equals("IST") ? "TK" : "FZ";
        b.itinerary.clear();
        if (inbound()) {
            OffsetDateTime at = flight.departure();
            if (!route.origin().iata().equals(hubCode)) {
                Segment s = hop(gatewayCarrier, gateway, route.origin(), at, 120 + 5 * rng.nextInt(30), 150);
                b.itinerary.add(s);
                at = s.departure();
            }
            b.itinerary.add(0, hop(gatewayCarrier, beyond, gateway, at, 100 + 5 * rng.nextInt(30), 200));
            b.itinerary.add(assessedSegment());
        } else {
            b.itinerary.add(assessedSegment());
            OffsetDateTime at = flight.arrival();
            Airport from = route.destination();
            if (!from.iata().equals(hubCode)) {
                Segment s = hopAfter(gatewayCarrier, from, gateway, at, 120 + 5 * rng.nextInt(30), 150);
                b.itinerary.add(s);
                at = s.arrival();
                from = gateway;
            }
            b.itinerary.add(hopAfter(gatewayCarrier, from, beyond, at, 100 + 5 * rng.nextInt(30), 200));
        }
        return far;
    }

    /** A flight from {@code from} to {@code to} that lands {@code groundMinutes} before {@code next}. */
    private Segment hop(
            String carrierCode, Airport from, Airport to, OffsetDateTime next, int groundMinutes, int block) {
        OffsetDateTime arrival = next.toInstant()
                .minus(Duration.ofMinutes(groundMinutes))
                .atZone(to.zone())
                .toOffsetDateTime();
        OffsetDateTime departure = arrival.toInstant()
                .minus(Duration.ofMinutes(block))
                .atZone(from.zone())
                .toOffsetDateTime();
        return new Segment(
                carrierCode, Integer.toString(100 + rng.nextInt(1800)), from.iata(), to.iata(), departure, arrival);
    }

    /** A flight from {@code from} to {@code to} that leaves {@code groundMinutes} after {@code previous}. */
    private Segment hopAfter(
            String carrierCode, Airport from, Airport to, OffsetDateTime previous, int groundMinutes, int block) {
        OffsetDateTime departure = previous.toInstant()
                .plus(Duration.ofMinutes(groundMinutes))
                .atZone(from.zone())
                .toOffsetDateTime();
        OffsetDateTime arrival = departure
                .toInstant()
                .plus(Duration.ofMinutes(block))
                .atZone(to.zone())
                .toOffsetDateTime();
        return new Segment(
                carrierCode, Integer.toString(100 + rng.nextInt(1800)), from.iata(), to.iata(), departure, arrival);
    }

    /** Six segments through at least four countries with stops of a few hours around the assessed flight. */
    private String longItinerary(PlannedBooking b) {
        List<Airport> pool = new ArrayList<>(network.airports().stream()
                .filter(a -> !FlightGenerator.HIGH_RISK_AIRPORTS.contains(a.iata()))
                .filter(a -> !a.country().equals(route.origin().country())
                        && !a.country().equals(route.destination().country()))
                .toList());
        List<Airport> stops = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        while (stops.size() < 4) {
            Airport a = pool.get(rng.nextInt(pool.size()));
            if (countries.add(a.country())) {
                stops.add(a);
            }
        }
        b.itinerary.clear();
        // two segments before the assessed flight: A -> B -> origin
        Segment second = hop("TK", stops.get(1), route.origin(), flight.departure(), 180 + 5 * rng.nextInt(24), 150);
        Segment first = hop("TK", stops.get(0), stops.get(1), second.departure(), 150 + 5 * rng.nextInt(24), 140);
        b.itinerary.add(first);
        b.itinerary.add(second);
        b.itinerary.add(assessedSegment());
        // and onwards: destination -> C -> D
        Segment fourth =
                hopAfter("PC", route.destination(), stops.get(2), flight.arrival(), 200 + 5 * rng.nextInt(36), 160);
        Segment fifth = hopAfter("PC", stops.get(2), stops.get(3), fourth.arrival(), 180 + 5 * rng.nextInt(24), 130);
        Segment sixth = hopAfter("TK", stops.get(3), route.origin(), fifth.arrival(), 240 + 5 * rng.nextInt(24), 170);
        b.itinerary.add(fourth);
        b.itinerary.add(fifth);
        b.itinerary.add(sixth);
        return String.join(
                "-",
                b.itinerary.get(0).origin(),
                first.destination(),
                second.destination(),
                flight.destination(),
                fourth.destination(),
                fifth.destination(),
                sixth.destination());
    }
}
