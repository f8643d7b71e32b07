package org.piu.targeting.messages.paxlst;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.piu.targeting.messages.FlightNumbers;
import org.piu.targeting.messages.MessageFormatException;
import org.piu.targeting.messages.edifact.EdifactMessage;
import org.piu.targeting.messages.edifact.EdifactSegment;
import org.piu.targeting.messages.edifact.PrintableValue;
import org.piu.targeting.messages.edifact.ReadingContext;
import org.piu.targeting.messages.edifact.ReadingContext.Century;
import org.piu.targeting.messages.manifest.ManifestDraft;
import org.piu.targeting.messages.manifest.PassengerDraft;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.Countries;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.TravelDocument;

/**
 * Reads one PAXLST message (D02B, D05B, D12B and later directories; the layout of the WCO/IATA/ICAO API
 * guidelines) into one draft per flight leg.
 *
 * <ul>
 * <li>Each TDT group is one flight: LOC+125 (last departure before the destination country) with DTM+189 and
 * LOC+87 (first arrival) with DTM+232; without them the first and last LOC+92 (routing) stand in.</li>
 * <li>A person (NAD+FL/COT/DDU passenger, NAD+FM/DDT crew; other qualifiers follow BGM: 250 and 336 are crew
 * lists) is put on every leg between their LOC+178 embarkation and LOC+179 (or LOC+22) debarkation; without
 * those, on every leg.</li>
 * <li>FTX free text other than bag tags is dropped and counted (remarks are not stored).</li>
 * </ul>
 */
public final class PaxlstReader {
    private static final Set<String> PASSENGER_PARTIES = Set.of("FL", "COT", "DDU", "ZZZ");
    private static final Set<String> CREW_PARTIES = Set.of("FM", "DDT");
    private static final Set<String> CREW_LISTS = Set.of("250", "336");
    private static final Set<String> KNOWN_DOCUMENTS = Set.of("745", "250", "266", "336", "655");
    private static final Set<String> IGNORED = Set.of(
            "RFF", "COM", "GEI", "EMP", "CPI", "QTY", "ERP", "ERC", "FTX", "NAD", "CTA", "DTM", "LOC", "MEA", "NAT",
            "DOC", "ATT", "CNT", "TDT", "BGM");

    /** The legs and persons of one PAXLST message. */
    public List<ManifestDraft> read(EdifactMessage message, ReadingContext ctx) {
        List<EdifactSegment> body = message.body();
        EdifactSegment bgm =
                body.stream().filter(s -> s.tag().equals("BGM")).findFirst().orElse(null);
        if (bgm == null) {
            EdifactSegment at = body.isEmpty() ? message.header() : body.get(0);
            throw new MessageFormatException(
                    "PAXLST message '" + message.reference() + "' has no BGM segment (passenger or crew list)",
                    at.index(),
                    at.tag(),
                    at.line(),
                    at.column(),
                    at.offset());
        }
        String documentCode = bgm.component(1, 1).trim();
        if (!KNOWN_DOCUMENTS.contains(documentCode)) {
            ctx.warn(bgm, "unknown BGM document code '" + printable(documentCode) + "'; read as a passenger list");
        }
        PassengerType defaultType = CREW_LISTS.contains(documentCode) ? PassengerType.CREW : PassengerType.PASSENGER;

        List<Transport> transports = new ArrayList<>();
        List<PassengerDraft> persons = new ArrayList<>();
        Transport transport = null;
        PassengerDraft person = null;
        DocumentDraft document = null;
        Place lastPlace = null;
        Integer declaredCount = null;
        EdifactSegment countSegment = null;

        for (EdifactSegment s : body) {
            switch (s.tag()) {
                case "BGM" -> {}
                case "TDT" -> {
                    finishDocument(person, document);
                    document = null;
                    person = null;
                    transport = new Transport(s);
                    transports.add(transport);
                    lastPlace = null;
                }
                case "NAD" -> {
                    String qualifier = s.value(1).trim().toUpperCase(Locale.ROOT);
                    if (transport == null
                            && person == null
                            && !PASSENGER_PARTIES.contains(qualifier)
                            && !CREW_PARTIES.contains(qualifier)) {
                        break; // NAD+MS reporting party and other header parties
                    }
                    finishDocument(person, document);
                    document = null;
                    person = new PassengerDraft();
                    if (CREW_PARTIES.contains(qualifier)) {
                        person.type = PassengerType.CREW;
                    } else if (PASSENGER_PARTIES.contains(qualifier)) {
                        person.type = qualifier.equals("ZZZ") ? defaultType : PassengerType.PASSENGER;
                    } else {
                        person.type = defaultType;
                        ctx.warn(
                                s,
                                "unknown NAD party qualifier '" + printable(qualifier) + "'; read as "
                                        + defaultType.name().toLowerCase(Locale.ROOT));
                    }
                    person.surname = blankToNull(s.component(4, 1));
                    List<String> given = new ArrayList<>();
                    for (int c = 2; c <= s.componentCount(4); c++) {
                        if (!s.component(4, c).isBlank()) {
                            given.add(s.component(4, c).trim());
                        }
                    }
                    person.givenNames = given.isEmpty() ? null : String.join(" ", given);
                    if (person.surname == null) {
                        ctx.warn(s, "person without surname");
                    }
                    persons.add(person);
                }
                case "LOC" -> {
                    String qualifier = s.value(1).trim();
                    String place = blankToNull(s.value(2).trim().toUpperCase(Locale.ROOT));
                    if (person == null) {
                        if (transport == null) {
                            ctx.warn(s, "LOC before any TDT ignored");
                        } else if (Set.of("125", "87", "92").contains(qualifier)) {
                            lastPlace = new Place(qualifier, place);
                            transport.places.add(lastPlace);
                        } else {
                            ctx.warn(s, "unknown flight LOC qualifier '" + printable(qualifier) + "' ignored");
                        }
                    } else {
                        switch (qualifier) {
                            case "178" -> person.embarkation = place;
                            case "179" -> person.debarkation = place;
                            case "22" -> {
                                if (person.debarkation == null) {
                                    person.debarkation = place;
                                }
                            }
                            case "174" -> person.residence = country(place);
                            case "91" -> {
                                if (document != null) {
                                    document.issuingCountry = country(place);
                                } else {
                                    ctx.warn(s, "LOC+91 (document issuing country) without DOC ignored");
                                }
                            }
                            case "180" -> {} // place of birth: not part of the model
                            default ->
                                ctx.warn(s, "unknown person LOC qualifier '" + printable(qualifier) + "' ignored");
                        }
                    }
                }
                case "DTM" -> {
                    String qualifier = s.component(1, 1).trim();
                    String value = s.component(1, 2);
                    String format = s.component(1, 3);
                    if (person == null) {
                        if (transport == null || lastPlace == null) {
                            ctx.warn(s, "DTM without a preceding LOC ignored");
                        } else if (qualifier.equals("189")) {
                            lastPlace.departure = ctx.dtm(s, value, format, Century.FUTURE, "departure time");
                        } else if (qualifier.equals("232")) {
                            lastPlace.arrival = ctx.dtm(s, value, format, Century.FUTURE, "arrival time");
                        } else {
                            ctx.warn(s, "unknown flight DTM qualifier '" + printable(qualifier) + "' ignored");
                        }
                    } else {
                        switch (qualifier) {
                            case "329" -> {
                                LocalDateTime dob = ctx.dtm(s, value, format, Century.PAST, "date of birth");
                                person.dateOfBirth = dob == null ? null : dob.toLocalDate();
                            }
                            case "36" -> {
                                if (document == null) {
                                    ctx.warn(s, "DTM+36 (document expiry) without DOC ignored");
                                } else {
                                    LocalDateTime expiry = ctx.dtm(s, value, format, Century.FUTURE, "document expiry");
                                    document.expiry = expiry == null ? null : expiry.toLocalDate();
                                }
                            }
                            case "182" -> {} // document issue date: not part of the model
                            default ->
                                ctx.warn(s, "unknown person DTM qualifier '" + printable(qualifier) + "' ignored");
                        }
                    }
                }
                case "ATT" -> {
                    if (person != null && s.value(1).trim().equals("2")) {
                        person.gender = gender(s.component(3, 1), s, ctx);
                    }
                }
                case "NAT" -> {
                    if (person != null) {
                        person.nationality = country(s.value(2)); // some carriers send alpha-2
                    }
                }
                case "RFF" -> {
                    if (person != null) {
                        String qualifier = s.component(1, 1).trim();
                        String value = blankToNull(s.component(1, 2).trim());
                        switch (qualifier) {
                            case "AVF" -> person.bookingRef = value;
                            case "SEA" -> person.seat = value;
                            default -> {} // ABO, AEA, CR, ...: references the model does not carry
                        }
                    }
                }
                case "DOC" -> {
                    if (person == null) {
                        ctx.warn(s, "DOC before any NAD ignored");
                    } else {
                        finishDocument(person, document);
                        document = new DocumentDraft();
                        document.type = blankToNull(s.component(1, 1).trim().toUpperCase(Locale.ROOT));
                        document.number = blankToNull(s.component(2, 1).trim().toUpperCase(Locale.ROOT));
                    }
                }
                case "MEA" -> {
                    if (person != null) {
                        measure(s, person, ctx);
                    }
                }
                case "FTX" -> {
                    if (!s.component(1, 1).trim().equals("BAG")) {
                        ctx.droppedSensitive(); // free-text remarks are not stored
                    }
                }
                case "CNT" -> {
                    String qualifier = s.component(1, 1).trim();
                    if (qualifier.equals("42") || qualifier.equals("41")) {
                        declaredCount = ctx.count(s, s.component(1, 2), "CNT total");
                        countSegment = s;
                    }
                }
                default -> {
                    if (!IGNORED.contains(s.tag())) {
                        ctx.warn(s, "unknown segment " + printable(s.tag()) + " ignored");
                    }
                }
            }
        }
        finishDocument(person, document);

        if (transports.isEmpty()) {
            EdifactSegment at = bgm;
            throw new MessageFormatException(
                    "PAXLST message '" + message.reference() + "' has no TDT segment: the flight is unknown",
                    at.index(),
                    at.tag(),
                    at.line(),
                    at.column(),
                    at.offset());
        }
        if (declaredCount != null && message.partNumber() == 0 && declaredCount != persons.size()) {
            ctx.warn(
                    countSegment, "CNT declares " + declaredCount + " persons but the message lists " + persons.size());
        }
        List<Flight> legs = new ArrayList<>();
        for (Transport t : transports) {
            legs.add(t.flight(ctx));
        }
        List<ManifestDraft> drafts = new ArrayList<>();
        for (Flight leg : legs) {
            drafts.add(new ManifestDraft(leg));
        }
        for (PassengerDraft p : persons) {
            int first = 0;
            int last = legs.size() - 1;
            if (p.embarkation != null) {
                for (int i = 0; i < legs.size(); i++) {
                    if (p.embarkation.equals(legs.get(i).origin())) {
                        first = i;
                        break;
                    }
                }
            }
            if (p.debarkation != null) {
                for (int i = legs.size() - 1; i >= first; i--) {
                    if (p.debarkation.equals(legs.get(i).destination())) {
                        last = i;
                        break;
                    }
                }
            }
            for (int i = first; i <= last; i++) {
                drafts.get(i).passengers.add(p);
            }
        }
        return drafts;
    }

    private static void measure(EdifactSegment s, PassengerDraft person, ReadingContext ctx) {
        String qualifier = s.value(1).trim();
        String unit = s.component(3, 1).trim().toUpperCase(Locale.ROOT);
        String value = s.component(3, 2).isBlank() ? s.component(3, 1) : s.component(3, 2);
        if (s.component(3, 2).isBlank() && !unit.isEmpty() && !Character.isDigit(unit.charAt(0))) {
            value = "";
        }
        Bags bags = person.bags == null ? new Bags(0, null) : person.bags;
        switch (qualifier) {
            case "CT" -> {
                Integer count = ctx.count(s, value, "bag count");
                if (count != null) {
                    person.bags = new Bags(count, bags.weightKg());
                }
            }
            case "WT" -> {
                Double weight = ctx.decimal(s, value, "bag weight");
                if (weight != null) {
                    double kg = unit.equals("LBR") || unit.equals("LB")
                            ? Math.round(weight * 0.45359237 * 10) / 10.0
                            : weight;
                    person.bags = new Bags(bags.count(), kg);
                }
            }
            default -> ctx.warn(s, "unknown MEA qualifier '" + printable(qualifier) + "' ignored");
        }
    }

    private static String gender(String code, EdifactSegment s, ReadingContext ctx) {
        String g = code.trim().toUpperCase(Locale.ROOT);
        return switch (g) {
            case "M", "F", "X", "U" -> g;
            case "" -> null;
            default -> {
                ctx.warn(s, "unknown gender code '" + printable(g) + "'; read as U");
                yield "U";
            }
        };
    }

    private static void finishDocument(PassengerDraft person, DocumentDraft document) {
        if (person != null && document != null && (document.type != null || document.number != null)) {
            person.documents.add(
                    new TravelDocument(document.type, document.number, document.issuingCountry, document.expiry));
        }
    }

    /** Alpha-3 of a country code; a code that is not ISO is kept as sent (upper-cased), nothing is lost. */
    private static String country(String code) {
        return Countries.alpha3(code)
                .orElseGet(() ->
                        code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String printable(String s) {
        return PrintableValue.of(s);
    }

    private static final class DocumentDraft {
        String type;
        String number;
        String issuingCountry;
        java.time.LocalDate expiry;
    }

    private static final class Place {
        final String qualifier;
        final String airport;
        LocalDateTime departure;
        LocalDateTime arrival;

        Place(String qualifier, String airport) {
            this.qualifier = qualifier;
            this.airport = airport;
        }
    }

    private static final class Transport {
        final EdifactSegment tdt;
        final List<Place> places = new ArrayList<>();

        Transport(EdifactSegment tdt) {
            this.tdt = tdt;
        }

        Flight flight(ReadingContext ctx) {
            String flightId = tdt.value(2).trim().toUpperCase(Locale.ROOT);
            String carrier = tdt.component(5, 1).trim().toUpperCase(Locale.ROOT);
            if (carrier.isEmpty()) {
                carrier = FlightNumbers.carrierPrefix(flightId);
            }
            if (flightId.isEmpty()) {
                ctx.warn(tdt, "TDT without flight identification");
            }
            String number = FlightNumbers.normalize(flightId, carrier);
            Place origin = places.stream()
                    .filter(p -> p.qualifier.equals("125"))
                    .findFirst()
                    .orElse(places.stream()
                            .filter(p -> p.qualifier.equals("92"))
                            .findFirst()
                            .orElse(null));
            Place destination = places.stream()
                    .filter(p -> p.qualifier.equals("87"))
                    .findFirst()
                    .orElse(null);
            if (destination == null) {
                for (Place p : places) {
                    if (p.qualifier.equals("92") && p != origin) {
                        destination = p;
                    }
                }
            }
            if (origin == null || destination == null) {
                ctx.warn(
                        tdt,
                        "flight " + carrier + number + " lacks a "
                                + (origin == null ? "departure (LOC+125)" : "arrival (LOC+87)") + " airport");
            }
            return new Flight(
                    blank(carrier),
                    blank(number),
                    origin == null ? null : origin.airport,
                    destination == null ? null : destination.airport,
                    origin == null ? null : ctx.atAirport(tdt, origin.departure, origin.airport, "departure time"),
                    destination == null
                            ? null
                            : ctx.atAirport(tdt, destination.arrival, destination.airport, "arrival time"));
        }

        private static String blank(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }
}
