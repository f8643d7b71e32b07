package org.piu.targeting.messages.pnrgov;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.piu.targeting.messages.FlightNumbers;
import org.piu.targeting.messages.MessageFormatException;
import org.piu.targeting.messages.PushType;
import org.piu.targeting.messages.SensitiveRemarks;
import org.piu.targeting.messages.edifact.EdifactMessage;
import org.piu.targeting.messages.edifact.EdifactSegment;
import org.piu.targeting.messages.edifact.PrintableValue;
import org.piu.targeting.messages.edifact.ReadingContext;
import org.piu.targeting.messages.edifact.ReadingContext.Century;
import org.piu.targeting.messages.manifest.BookingDraft;
import org.piu.targeting.messages.manifest.ManifestDraft;
import org.piu.targeting.messages.manifest.PassengerDraft;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.ContactType;
import org.piu.targeting.model.Countries;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

/**
 * Reads one PNRGOV message (PADIS versions 10.1 to 13.1 and later: the layout is stable, later versions add
 * segments which are ignored with a warning when unknown) for the flight in its header TVL.
 *
 * <p>Per booking (SRC): RCI record locator and creation date, ORG agency, ADD address and phone, IFT OSI CTC
 * contacts, EBD excess bags; per traveller (TIF): SSR DOCS/DOCO/DOCA documents, birth date, gender, nationality,
 * residence; TKT/MON/FOP payments with the payer (IFT 43 after FOP); itinerary TVL (RPI, TRA ignored); check-in
 * SSD seat and TBD bags of the pushed flight (SSR SEAT as fallback); EQN+RCI split-off bookings and ABI/LTS
 * history are read past without storing anything; a TVL announced by MSG (hotel, car) is not a flight and is
 * skipped. Sensitive SSRs and free-text remarks are dropped and counted.
 * An update push (MSG 141) lists a booking with an empty ORG and no traveller as cancelled.
 */
public final class PnrgovReader {
    private static final Set<String> KNOWN = Set.of(
            "MSG", "ORG", "TVL", "EQN", "SRC", "RCI", "SSR", "DAT", "IFT", "ADD", "EBD", "TIF", "FTI", "REF", "FAR",
            "TKT", "MON", "PTK", "TXD", "FOP", "RPI", "APD", "TRA", "SSD", "TBD", "TRI", "ABI", "SAC", "LTS", "PRE",
            "DOC", "CPI", "ERC", "CTA", "TRF", "ATI");

    private enum Scope {
        BOOKING,
        TRAVELLER,
        ITINERARY,
        HISTORY
    }

    public PnrgovContent read(EdifactMessage message, ReadingContext ctx, Flight inheritedFlight) {
        List<EdifactSegment> body = message.body();
        PushType push = PushType.FULL;
        Flight flight = null;
        int i = 0;
        for (; i < body.size() && !body.get(i).tag().equals("SRC"); i++) {
            EdifactSegment s = body.get(i);
            switch (s.tag()) {
                case "MSG" -> {
                    String function = s.component(1, 2).trim();
                    if (function.equals("141")) {
                        push = PushType.UPDATE;
                    } else if (!function.equals("22") && !function.isEmpty()) {
                        ctx.warn(s, "unknown MSG function '" + printable(function) + "'; read as a full push");
                    }
                }
                case "TVL" -> {
                    if (flight == null) {
                        Segment leg = leg(s, ctx);
                        flight = new Flight(
                                leg.carrier(),
                                leg.number(),
                                leg.origin(),
                                leg.destination(),
                                leg.departure(),
                                leg.arrival());
                    }
                }
                case "ORG", "EQN", "DAT" -> {}
                default -> unknown(s, ctx);
            }
        }
        if (flight == null) {
            flight = inheritedFlight;
        }
        if (flight == null) {
            EdifactSegment at = body.isEmpty() ? message.header() : body.get(Math.min(i, body.size() - 1));
            throw new MessageFormatException(
                    "PNRGOV message '" + message.reference()
                            + "' names no flight: header TVL missing before the first SRC",
                    at.index(),
                    at.tag(),
                    at.line(),
                    at.column(),
                    at.offset());
        }
        ManifestDraft draft = new ManifestDraft(flight);
        List<String> cancelled = new ArrayList<>();
        BookingReader booking = null;
        for (; i < body.size(); i++) {
            EdifactSegment s = body.get(i);
            if (s.tag().equals("SRC")) {
                if (booking != null) {
                    booking.finish(draft, push, cancelled);
                }
                booking = new BookingReader(flight, ctx);
            } else {
                booking.accept(s);
            }
        }
        if (booking != null) {
            booking.finish(draft, push, cancelled);
        }
        return new PnrgovContent(draft, push, cancelled);
    }

    private static void unknown(EdifactSegment s, ReadingContext ctx) {
        if (!KNOWN.contains(s.tag())) {
            ctx.warn(s, "unknown segment " + printable(s.tag()) + " ignored");
        }
    }

    /** A TVL: DDMMYY:HHMM:DDMMYY:HHMM + from + to + carrier + number:class. */
    static Segment leg(EdifactSegment s, ReadingContext ctx) {
        String depDate = s.component(1, 1);
        String depTime = s.component(1, 2);
        String arrDate = s.component(1, 3);
        String arrTime = s.component(1, 4);
        if (arrTime.isBlank() && arrDate.trim().length() == 4) {
            arrTime = arrDate; // DDMMYY:HHMM:HHMM, arrival on the departure day
            arrDate = "";
        }
        LocalDateTime departure = ctx.ddmmyy(s, depDate, depTime, "departure");
        LocalDateTime arrival = null;
        if (!arrTime.isBlank() || !arrDate.isBlank()) {
            arrival = ctx.ddmmyy(s, arrDate.isBlank() ? depDate : arrDate, arrTime, "arrival");
        }
        String carrier = upper(s.component(4, 1));
        String number = FlightNumbers.normalize(s.component(5, 1), carrier);
        String from = upper(s.component(2, 1));
        String to = upper(s.component(3, 1));
        return new Segment(
                carrier,
                number.isEmpty() ? null : number,
                from,
                to,
                ctx.atAirport(s, departure, from, "departure"),
                ctx.atAirport(s, arrival, to, "arrival"));
    }

    /** Alpha-3 of a country code; a code that is not ISO is kept as sent (upper-cased), nothing is lost. */
    private static String country(String code) {
        return Countries.alpha3(code).orElseGet(() -> upper(code));
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String printable(String s) {
        return PrintableValue.of(s);
    }

    /** One SRC group, segment by segment. */
    private static final class BookingReader {
        private final Flight flight;
        private final ReadingContext ctx;
        private final BookingDraft booking = new BookingDraft();
        private Scope scope = Scope.BOOKING;
        private PassengerDraft traveller;
        private PassengerDraft checkIn;
        private boolean onPushedFlight;
        private boolean orgEmpty;
        private boolean orgSeen;
        private String previousTag = "";
        private Double ticketAmount;
        private String ticketCurrency;
        private EdifactSegment first;
        private boolean nonAir;
        private boolean splitPending;
        private EdifactSegment bookingLevelBags;

        BookingReader(Flight flight, ReadingContext ctx) {
            this.flight = flight;
            this.ctx = ctx;
        }

        void accept(EdifactSegment s) {
            if (first == null) {
                first = s;
            }
            try {
                dispatch(s);
            } finally {
                previousTag = s.tag();
            }
        }

        private void dispatch(EdifactSegment s) {
            if (scope == Scope.HISTORY) {
                history(s);
                return;
            }
            switch (s.tag()) {
                case "RCI" -> rci(s);
                case "EQN" -> {
                    if (booking.recordLocator != null) {
                        splitPending = true; // the next RCI names the booking split off from this one
                    }
                }
                case "ORG" -> {
                    orgSeen = true;
                    orgEmpty = s.isEmpty();
                    if (!orgEmpty && scope == Scope.BOOKING) {
                        booking.agency = agency(s);
                    }
                }
                case "ADD" -> address(s);
                case "SSR" -> ssr(s);
                case "IFT" -> ift(s);
                case "EBD" -> ebd(s);
                case "TIF" -> tif(s);
                case "TKT" -> {
                    ticketAmount = null;
                    ticketCurrency = null;
                }
                case "MON" -> mon(s);
                case "FOP" -> fop(s);
                case "MSG" -> nonAir = true; // the next TVL is a hotel, car or other non-air segment
                case "TVL" -> {
                    if (nonAir) {
                        nonAir = false;
                        scope = Scope.ITINERARY;
                        onPushedFlight = false;
                        checkIn = null;
                        return;
                    }
                    Segment leg = leg(s, ctx);
                    booking.itinerary.add(leg);
                    scope = Scope.ITINERARY;
                    checkIn = null;
                    onPushedFlight = java.util.Objects.equals(leg.carrier(), flight.carrier())
                            && java.util.Objects.equals(leg.number(), flight.number())
                            && (flight.origin() == null || java.util.Objects.equals(leg.origin(), flight.origin()));
                }
                case "SSD" -> {
                    if (checkIn != null && onPushedFlight) {
                        String seat = s.component(1, 1).trim().toUpperCase(Locale.ROOT);
                        if (!seat.isEmpty() && !seat.equals("XXX")) {
                            checkIn.seat = seat;
                        }
                    }
                }
                case "TBD" -> tbd(s);
                case "ABI", "LTS" -> {
                    scope = Scope.HISTORY;
                    history(s);
                }
                case "SRC" -> {}
                default -> unknown(s, ctx);
            }
        }

        private void history(EdifactSegment s) {
            // History lines are not stored; those that mention a sensitive SSR are counted as dropped.
            if (s.tag().equals("SSR") && SensitiveRemarks.isSensitiveSsr(s.component(1, 1))) {
                ctx.droppedSensitive();
            } else if (s.tag().equals("LTS") || s.tag().equals("IFT")) {
                StringBuilder text = new StringBuilder();
                for (int e = 1; e <= s.elementCount(); e++) {
                    for (int c = 1; c <= s.componentCount(e); c++) {
                        text.append(s.component(e, c)).append(' ');
                    }
                }
                if (SensitiveRemarks.mentionsSensitiveSsr(text.toString())
                        || s.tag().equals("IFT")) {
                    ctx.droppedSensitive();
                }
            } else if (!KNOWN.contains(s.tag())) {
                unknown(s, ctx);
            }
        }

        private void rci(EdifactSegment s) {
            if (splitPending || scope == Scope.ITINERARY || booking.recordLocator != null) {
                splitPending = false;
                return; // split-off booking, or the operating carrier's locator in a TVL group
            }
            booking.recordLocator = upper(s.component(1, 2));
            String c3 = s.component(1, 3).trim();
            String date = c3.length() == 6 && c3.chars().allMatch(Character::isDigit) ? c3 : s.component(1, 4);
            String time = date == c3 ? s.component(1, 4) : s.component(1, 5);
            if (time.trim().length() > 4) {
                time = time.trim().substring(0, 4);
            }
            booking.createdAt = ReadingContext.utc(ctx.ddmmyy(s, date, time, "booking creation date"));
            if (booking.recordLocator == null) {
                ctx.warn(s, "RCI without record locator");
            }
        }

        private Agency agency(EdifactSegment s) {
            String iata = blankToNull(s.component(2, 1));
            String name = blankToNull(s.component(2, 2));
            if (name == null) {
                name = blankToNull(s.component(1, 2));
            }
            String country = country(s.component(6, 1));
            return iata == null && name == null && country == null ? null : new Agency(iata, name, country);
        }

        private void address(EdifactSegment s) {
            List<String> parts = new ArrayList<>();
            for (int c = 2; c <= 7; c++) {
                String v = s.component(2, c).trim();
                if (!v.isEmpty()) {
                    parts.add(v);
                }
            }
            if (!parts.isEmpty()) {
                booking.contacts.add(new Contact(ContactType.ADDRESS, String.join(", ", parts)));
            }
            String phone = s.component(2, 8).trim();
            if (!phone.isEmpty()) {
                booking.contacts.add(new Contact(ContactType.PHONE, phone));
            }
        }

        private void ssr(EdifactSegment s) {
            String code = s.component(1, 1).trim().toUpperCase(Locale.ROOT);
            if (SensitiveRemarks.isSensitiveSsr(code)) {
                ctx.droppedSensitive();
                return;
            }
            String text = freeText(s);
            switch (code) {
                case "DOCS" -> {
                    if (traveller == null) {
                        ctx.warn(s, "SSR DOCS outside a traveller (TIF) ignored");
                    } else {
                        docs(s, text);
                    }
                }
                case "DOCO" -> {
                    if (traveller != null) {
                        String[] f = fields(text, 7);
                        if (!f[1].isBlank() || !f[2].isBlank()) {
                            traveller.documents.add(new TravelDocument(upper(f[1]), upper(f[2]), country(f[5]), null));
                        }
                    }
                }
                case "DOCA" -> {
                    if (traveller != null) {
                        String[] f = fields(text, 2);
                        if (f[0].trim().equalsIgnoreCase("R") && !f[1].isBlank()) {
                            traveller.residence = country(f[1]);
                        }
                    }
                }
                case "SEAT" -> {
                    if (onPushedFlight) {
                        for (int e = 2; e <= s.elementCount(); e++) {
                            String seat = s.component(e, 1).trim().toUpperCase(Locale.ROOT);
                            String ref = s.component(e, 3).trim();
                            for (PassengerDraft t : booking.travellers) {
                                if (t.seat == null
                                        && !seat.isEmpty()
                                        && !seat.equals("XXX")
                                        && ref.equals(t.travellerRef)) {
                                    t.seat = seat;
                                }
                            }
                        }
                    }
                }
                case "CTCE" -> contact(ContactType.EMAIL, text);
                case "CTCM", "CTCH", "CTCB", "CTCP", "CTCR" -> contact(ContactType.PHONE, text);
                default -> {} // other service requests (FQTV, UMNR, PETC, ...) are not in the model
            }
        }

        private void contact(ContactType type, String text) {
            String v = text.replaceFirst("^/+", "").trim();
            if (type == ContactType.EMAIL) {
                v = v.replace("//", "@");
            }
            if (!v.isEmpty()) {
                booking.contacts.add(new Contact(type, v));
            }
        }

        private static String freeText(EdifactSegment s) {
            String text = s.component(1, 9);
            if (text.isEmpty()) {
                for (int c = s.componentCount(1); c >= 2; c--) {
                    if (s.component(1, c).contains("/")) {
                        return s.component(1, c);
                    }
                }
            }
            return text;
        }

        private static String[] fields(String text, int minimum) {
            String t = text.startsWith("/") ? text.substring(1) : text;
            String[] split = t.split("/", -1);
            String[] out = new String[Math.max(minimum, split.length)];
            for (int k = 0; k < out.length; k++) {
                out[k] = k < split.length ? split[k] : "";
            }
            return out;
        }

        private void docs(EdifactSegment s, String text) {
            String[] f = fields(text, 9);
            String type = upper(f[0]);
            String number = upper(f[2]);
            var exp = ctx.ddmmmyy(s, f[6], Century.FUTURE, "document expiry");
            if (type != null || number != null) {
                traveller.documents.add(new TravelDocument(type, number, country(f[1]), exp));
            }
            if (!f[3].isBlank()) {
                traveller.nationality = country(f[3]);
            }
            var dob = ctx.ddmmmyy(s, f[4], Century.PAST, "date of birth");
            if (dob != null) {
                traveller.dateOfBirth = dob;
            }
            String gender = f[5].trim().toUpperCase(Locale.ROOT);
            if (!gender.isEmpty()) {
                traveller.gender = switch (gender) {
                    case "M", "MI" -> "M";
                    case "F", "FI" -> "F";
                    case "X" -> "X";
                    default -> "U";
                };
            }
            if (!f[7].isBlank()) {
                traveller.surname = f[7].trim().toUpperCase(Locale.ROOT);
            }
            List<String> given = new ArrayList<>();
            for (int k = 8; k < f.length; k++) {
                if (!f[k].isBlank() && !(k == f.length - 1 && f[k].trim().equals("H"))) {
                    // Some systems copy the PNR name with its title (JACKIMRS) into DOCS as well.
                    given.add(given.isEmpty() ? given(f[k]) : f[k].trim().toUpperCase(Locale.ROOT));
                }
            }
            if (!given.isEmpty()) {
                traveller.givenNames = String.join(" ", given);
            }
        }

        private void ift(EdifactSegment s) {
            String qualifier = s.component(1, 2).trim();
            String text = s.value(2).trim();
            if (qualifier.equals("43") && previousTag.equals("FOP") && !booking.payments.isEmpty()) {
                Payment last = booking.payments.remove(booking.payments.size() - 1);
                booking.payments.add(new Payment(
                        last.type(),
                        last.cardNumberMasked(),
                        last.amount(),
                        last.currency(),
                        text.isEmpty() ? null : text));
                return;
            }
            String upper = text.toUpperCase(Locale.ROOT);
            if (qualifier.equals("28") && upper.startsWith("CTC")) {
                String kind = upper.length() >= 4 ? upper.substring(0, 4) : upper;
                String value = text.length() > 4 ? text.substring(4).trim() : "";
                if (kind.equals("CTCE")) {
                    contact(ContactType.EMAIL, value);
                } else {
                    contact(ContactType.PHONE, value);
                }
                return;
            }
            // OSI and other free-text remarks are never stored (they can reveal health or religion).
            ctx.droppedSensitive();
        }

        private void ebd(EdifactSegment s) {
            PassengerDraft target =
                    traveller != null ? traveller : booking.travellers.isEmpty() ? null : booking.travellers.get(0);
            if (target == null) {
                bookingLevelBags = s; // booking-level EBD before any TIF: the first traveller's
                return;
            }
            if (target.bags != null) {
                return;
            }
            Integer count = ctx.count(s, s.component(2, 1), "excess bag count");
            Double weight = weightKg(s, s.component(2, 2), s.component(2, 3));
            if (count != null || weight != null) {
                target.bags = new Bags(count == null ? 0 : count, weight);
            }
        }

        private Double weightKg(EdifactSegment s, String value, String unit) {
            Double w = ctx.decimal(s, value, "bag weight");
            if (w == null) {
                return null;
            }
            String u = unit.trim().toUpperCase(Locale.ROOT);
            if (u.equals("701") || u.equals("L") || u.equals("LB") || u.equals("LBR")) {
                return Math.round(w * 0.45359237 * 10) / 10.0;
            }
            return w;
        }

        private void tif(EdifactSegment s) {
            String surname = upper(s.component(1, 1));
            String given = given(s.component(2, 1));
            String ref = s.component(2, 3).trim();
            if (scope == Scope.ITINERARY) {
                checkIn = null;
                for (PassengerDraft t : booking.travellers) {
                    if (!ref.isEmpty() ? ref.equals(t.travellerRef) : java.util.Objects.equals(surname, t.surname)) {
                        checkIn = t;
                        break;
                    }
                }
                if (checkIn == null) {
                    ctx.warn(s, "check-in data for a traveller not in the booking ignored");
                }
                return;
            }
            traveller = new PassengerDraft();
            traveller.surname = surname;
            traveller.givenNames = given;
            traveller.travellerRef = ref.isEmpty() ? String.valueOf(booking.travellers.size() + 1) : ref;
            booking.travellers.add(traveller);
            if (bookingLevelBags != null) {
                EdifactSegment ebd = bookingLevelBags;
                bookingLevelBags = null;
                ebd(ebd);
            }
            scope = Scope.TRAVELLER;
            if (surname == null) {
                ctx.warn(s, "traveller without surname");
            }
        }

        private static String given(String raw) {
            String g = upper(raw);
            if (g == null) {
                return null;
            }
            for (String title : List.of(" MRS", " MR", " MS", " MISS", " MSTR", " DR", " CHD", " INF")) {
                if (g.endsWith(title) && g.length() > title.length() + 1) {
                    return g.substring(0, g.length() - title.length()).trim();
                }
            }
            for (String title : List.of("MRS", "MSTR", "MISS", "MR")) {
                if (g.endsWith(title) && g.length() >= title.length() + 2) {
                    return g.substring(0, g.length() - title.length());
                }
            }
            return g;
        }

        private void mon(EdifactSegment s) {
            for (int e = 1; e <= s.elementCount(); e++) {
                String qualifier = s.component(e, 1).trim();
                if (qualifier.equals("T") || ticketAmount == null) {
                    Double amount = ctx.decimal(s, s.component(e, 2), "amount");
                    if (amount != null || qualifier.equals("T")) {
                        ticketAmount = amount;
                        ticketCurrency = upper(s.component(e, 3));
                    }
                }
            }
        }

        private void fop(EdifactSegment s) {
            for (int e = 1; e <= Math.max(1, s.elementCount()); e++) {
                String code = s.component(e, 1).trim().toUpperCase(Locale.ROOT);
                if (code.isEmpty() && s.componentCount(e) == 0) {
                    continue;
                }
                PaymentType type = switch (code) {
                    case "CA" -> PaymentType.CASH;
                    case "CC" -> PaymentType.CARD;
                    case "IN" -> PaymentType.INVOICE;
                    default -> PaymentType.OTHER;
                };
                Double amount = ctx.decimal(s, s.component(e, 3), "payment amount");
                String card = blankToNull(s.component(e, 5));
                if (card != null
                        && card.chars().filter(Character::isDigit).count() >= 12
                        && card.chars().noneMatch(c -> c == 'X' || c == 'x' || c == '*')) {
                    String digits = card.replaceAll("\\D", "");
                    card = "X".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
                    ctx.warn(s, "card number arrived unmasked; masked on receipt");
                }
                booking.payments.add(
                        new Payment(type, card, amount != null ? amount : ticketAmount, ticketCurrency, null));
            }
        }

        private void tbd(EdifactSegment s) {
            if (checkIn == null || !onPushedFlight) {
                return;
            }
            Integer count = ctx.count(s, s.component(2, 1), "bag count");
            Double weight = weightKg(s, s.component(2, 2), s.component(2, 3));
            if (count != null || weight != null) {
                checkIn.bags = new Bags(count == null ? 0 : count, weight);
            }
        }

        void finish(ManifestDraft draft, PushType push, List<String> cancelled) {
            if (booking.recordLocator == null) {
                if (first != null) {
                    ctx.warn(
                            first,
                            "booking without record locator (RCI): its travellers are kept without" + " a booking");
                }
                for (PassengerDraft t : booking.travellers) {
                    draft.passengers.add(t);
                }
                return;
            }
            if (push == PushType.UPDATE && booking.travellers.isEmpty() && (!orgSeen || orgEmpty)) {
                cancelled.add(booking.recordLocator);
                return;
            }
            for (PassengerDraft t : booking.travellers) {
                t.bookingRef = booking.recordLocator;
                draft.passengers.add(t);
            }
            draft.bookings.add(booking);
        }
    }
}
