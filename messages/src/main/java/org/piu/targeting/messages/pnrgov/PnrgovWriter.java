package org.piu.targeting.messages.pnrgov;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.piu.targeting.messages.edifact.EdifactBuilder;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.ContactType;
import org.piu.targeting.model.Countries;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.PaymentType;
import org.piu.targeting.model.Segment;
import org.piu.targeting.model.TravelDocument;

/**
 * Writes a manifest's bookings as a PNRGOV 13.1 full push (PADIS implementation guide layout), for sample data
 * and tests. Only passengers listed in a booking are written (a PNR has no crew). Contacts are written in guide
 * order (phones and e-mails as OSI CTC lines before ORG, addresses as ADD after it), payments under the first
 * traveller, and seats and bags as check-in data (SSD/TBD) in the itinerary group of the manifest's flight, which
 * is added to a booking's itinerary when missing. Times are local (see {@link PnrgovReader}).
 */
public final class PnrgovWriter {
    public static final String DEFAULT_UNA = ":+.?*'";
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter DDMMMYY = DateTimeFormatter.ofPattern("ddMMMyy", Locale.ROOT);

    private final String una;
    private final boolean newline;

    public PnrgovWriter() {
        this(DEFAULT_UNA, true);
    }

    public PnrgovWriter(String una, boolean newline) {
        this.una = una;
        this.newline = newline;
    }

    public String write(FlightManifest manifest) {
        Flight f = manifest.flight();
        String carrier = f.carrier() == null ? "YY" : f.carrier();
        String control = String.valueOf(Math.floorMod(f.key().hashCode(), 90_000_000) + 10_000_000);
        String prepared = f.departure() == null
                ? "000101:0000"
                : f.departure().format(DDMMYY) + ":" + f.departure().format(HHMM);
        EdifactBuilder b = new EdifactBuilder(una, newline);
        b.una();
        b.segment("UNB", List.of("IATA", "1"), carrier, "PIU", List.of(prepared.split(":")), control, null, "PNRGOV");
        b.segment("UNG", "PNRGOV", carrier, "PIU", List.of(prepared.split(":")), control, "IA", List.of("13", "1"));
        b.segment(
                "UNH",
                "1",
                List.of("PNRGOV", "13", "1", "IA"),
                carrier + nz(f.number()) + "/"
                        + (f.departure() == null ? "" : f.departure().format(DDMMYY)));
        b.segment("MSG", List.of("", "22"));
        b.segment("ORG", carrier);
        b.segment("TVL", when(f.departure(), f.arrival()), f.origin(), f.destination(), carrier, f.number());
        b.segment("EQN", String.valueOf(manifest.bookings().size()));
        Map<String, Passenger> byId = manifest.passengers().stream()
                .collect(Collectors.toMap(Passenger::id, Function.identity(), (a, c) -> a));
        for (Booking booking : manifest.bookings()) {
            booking(b, booking, f, carrier, byId);
        }
        b.segment("UNT", String.valueOf(b.messageSegmentCount()), "1");
        b.segment("UNE", "1", control);
        b.segment("UNZ", "1", control);
        return b.toString();
    }

    private static void booking(
            EdifactBuilder b, Booking booking, Flight f, String carrier, Map<String, Passenger> byId) {
        b.segment("SRC");
        OffsetDateTime created = booking.createdAt();
        b.segment(
                "RCI",
                created == null
                        ? List.of(carrier, booking.recordLocator())
                        : List.of(carrier, booking.recordLocator(), "", created.format(DDMMYY), created.format(HHMM)));
        for (Contact c : booking.contacts()) {
            if (c.type() == ContactType.EMAIL) {
                b.segment(
                        "IFT",
                        List.of("4", "28", "", carrier),
                        "CTCE " + c.value().replace("@", "//"));
            } else if (c.type() == ContactType.PHONE) {
                b.segment("IFT", List.of("4", "28", "", carrier), "CTCM " + c.value());
            }
        }
        if (booking.agency() != null) {
            var a = booking.agency();
            b.segment(
                    "ORG",
                    carrier,
                    List.of(nz(a.iata()), nz(a.name())),
                    null,
                    null,
                    null,
                    Countries.alpha2(a.country()).orElse(nz(a.country()).trim().toUpperCase(Locale.ROOT)));
        } else {
            b.segment("ORG", carrier);
        }
        for (Contact c : booking.contacts()) {
            if (c.type() == ContactType.ADDRESS) {
                b.segment("ADD", null, List.of("700", c.value()));
            }
        }
        List<Passenger> travellers = new ArrayList<>();
        for (String id : booking.passengerIds()) {
            Passenger p = byId.get(id);
            if (p != null) {
                travellers.add(p);
            }
        }
        for (int i = 0; i < travellers.size(); i++) {
            traveller(b, travellers.get(i), i + 1, carrier);
            if (i == 0) {
                payments(b, booking, carrier);
            }
        }
        if (travellers.isEmpty()) {
            payments(b, booking, carrier);
        }
        List<Segment> itinerary = new ArrayList<>(booking.itinerary());
        boolean checkInData = travellers.stream().anyMatch(p -> p.seat() != null || p.bags() != null);
        boolean flightListed = itinerary.stream().anyMatch(s -> isFlight(s, f));
        if (checkInData && !flightListed) {
            itinerary.add(
                    new Segment(f.carrier(), f.number(), f.origin(), f.destination(), f.departure(), f.arrival()));
        }
        for (Segment s : itinerary) {
            b.segment("TVL", when(s.departure(), s.arrival()), s.origin(), s.destination(), s.carrier(), s.number());
            b.segment("RPI", String.valueOf(Math.max(1, travellers.size())), "HK");
            if (isFlight(s, f)) {
                for (int i = 0; i < travellers.size(); i++) {
                    Passenger p = travellers.get(i);
                    if (p.seat() == null && p.bags() == null) {
                        continue;
                    }
                    b.segment("TIF", p.surname(), List.of(nz(p.givenNames()), "A", String.valueOf(i + 1)));
                    if (p.seat() != null) {
                        b.segment("SSD", p.seat(), null, null, null, "Y");
                    }
                    if (p.bags() != null) {
                        b.segment(
                                "TBD",
                                null,
                                List.of(
                                        p.bags().count() == null
                                                ? ""
                                                : String.valueOf(p.bags().count()),
                                        p.bags().weightKg() == null
                                                ? ""
                                                : decimal(p.bags().weightKg()),
                                        "700"));
                    }
                }
            }
        }
    }

    private static boolean isFlight(Segment s, Flight f) {
        return Objects.equals(s.carrier(), f.carrier())
                && Objects.equals(s.number(), f.number())
                && Objects.equals(s.origin(), f.origin());
    }

    private static void traveller(EdifactBuilder b, Passenger p, int ref, String carrier) {
        b.segment("TIF", p.surname(), List.of(nz(p.givenNames()), "A", String.valueOf(ref)));
        List<TravelDocument> docs = new ArrayList<>(p.documents());
        if (docs.isEmpty() && (p.dateOfBirth() != null || p.gender() != null || p.nationality() != null)) {
            docs.add(new TravelDocument(null, null, null, null));
        }
        for (TravelDocument d : docs) {
            String text = "/"
                    + String.join(
                            "/",
                            nz(d.type()),
                            nz(d.issuingCountry()),
                            nz(d.number()),
                            nz(p.nationality()),
                            p.dateOfBirth() == null
                                    ? ""
                                    : p.dateOfBirth().format(DDMMMYY).toUpperCase(Locale.ROOT),
                            nz(p.gender()),
                            d.expiry() == null ? "" : d.expiry().format(DDMMMYY).toUpperCase(Locale.ROOT),
                            nz(p.surname()),
                            nz(p.givenNames()));
            b.segment("SSR", List.of("DOCS", "HK", "1", carrier, "", "", "", "", text));
        }
        if (p.residence() != null) {
            b.segment("SSR", List.of("DOCA", "HK", "1", carrier, "", "", "", "", "/R/" + p.residence()));
        }
    }

    private static void payments(EdifactBuilder b, Booking booking, String carrier) {
        int n = 1;
        for (Payment pay : booking.payments()) {
            b.segment("TKT", List.of(booking.recordLocator() + n++, "T", "1"));
            if (pay.amount() != null || pay.currency() != null) {
                b.segment("MON", List.of("T", pay.amount() == null ? "" : amount(pay.amount()), nz(pay.currency())));
            }
            String code = switch (pay.type() == null ? PaymentType.OTHER : pay.type()) {
                case CASH -> "CA";
                case CARD -> "CC";
                case INVOICE -> "IN";
                case OTHER -> "MS";
            };
            b.segment(
                    "FOP",
                    List.of(
                            code,
                            "",
                            pay.amount() == null ? "" : amount(pay.amount()),
                            "",
                            nz(pay.cardNumberMasked())));
            if (pay.payerName() != null) {
                b.segment("IFT", List.of("4", "43"), pay.payerName());
            }
        }
    }

    private static List<String> when(OffsetDateTime departure, OffsetDateTime arrival) {
        List<String> c = new ArrayList<>();
        c.add(departure == null ? "" : departure.format(DDMMYY));
        c.add(departure == null ? "" : departure.format(HHMM));
        c.add(arrival == null ? "" : arrival.format(DDMMYY));
        c.add(arrival == null ? "" : arrival.format(HHMM));
        return c;
    }

    private static String amount(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
