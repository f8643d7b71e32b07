package org.piu.targeting.messages.paxlst;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.messages.edifact.EdifactBuilder;
import org.piu.targeting.model.Flight;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.TravelDocument;

/**
 * Writes a manifest as a PAXLST D05B interchange (WCO/IATA/ICAO API guidelines layout), for sample data and
 * tests. Bookings are not API data and are not written. Times are written as the local times of their airports
 * (DTM format 203, no offset, as EDIFACT carries them); the reader places them in each airport's time zone again, so
 * a manifest with airports of the bundled table reads back unchanged. The UNA characters can be chosen to produce
 * non-default separators.
 */
public final class PaxlstWriter {
    public static final String DEFAULT_UNA = ":+.? '";
    private static final DateTimeFormatter CCYYMMDDHHMM = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final String una;
    private final boolean newline;

    public PaxlstWriter() {
        this(DEFAULT_UNA, true);
    }

    public PaxlstWriter(String una, boolean newline) {
        this.una = una;
        this.newline = newline;
    }

    /** The whole manifest as one single-part message. */
    public String write(FlightManifest manifest) {
        return interchange(manifest, manifest.passengers(), 0, "");
    }

    /**
     * The manifest split into parts of at most {@code perPart} persons, one interchange per part (UNH sequence
     * 01:C, 02, ..., nn:F), as carriers transmit large flights. Concatenated they form one valid text.
     */
    public List<String> writeParts(FlightManifest manifest, int perPart) {
        List<Passenger> all = manifest.passengers();
        int parts = Math.max(1, (all.size() + perPart - 1) / perPart);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<Passenger> slice = all.subList(p * perPart, Math.min(all.size(), (p + 1) * perPart));
            String indicator = p == parts - 1 ? "F" : p == 0 ? "C" : "";
            out.add(interchange(manifest, slice, p + 1, indicator));
        }
        return out;
    }

    private String interchange(FlightManifest manifest, List<Passenger> persons, int part, String indicator) {
        Flight f = manifest.flight();
        String control = String.valueOf(Math.floorMod(f.key().hashCode(), 90_000_000) + 10_000_000 + part);
        String prepared = f.departure() == null
                ? "20000101:0000"
                : f.departure().format(DateTimeFormatter.ofPattern("yyyyMMdd:HHmm"));
        String flightId = nz(f.carrier()) + nz(f.number());
        String reference =
                flightId + "/" + (f.departure() == null ? "" : f.departure().format(CCYYMMDD));
        EdifactBuilder b = new EdifactBuilder(una, newline);
        b.una();
        b.segment("UNB", List.of("UNOA", "4"), "PIU", "PIU", List.of(prepared.split(":")), control);
        b.segment("UNG", "PAXLST", "PIU", "PIU", List.of(prepared.split(":")), control, "UN", List.of("D", "05B"));
        b.segment(
                "UNH",
                "1",
                List.of("PAXLST", "D", "05B", "UN", "IATA"),
                reference,
                part == 0 ? null : List.of(String.format("%02d", part), indicator));
        boolean crewList = !persons.isEmpty() && persons.stream().allMatch(p -> p.type() == PassengerType.CREW);
        b.segment("BGM", crewList ? "250" : "745");
        b.segment("NAD", "MS", null, null, "PIU SAMPLE DATA");
        b.segment("TDT", "20", flightId, null, null, nz(f.carrier()));
        b.segment("LOC", "125", f.origin());
        if (f.departure() != null) {
            b.segment("DTM", List.of("189", time(f.departure()), "203"));
        }
        b.segment("LOC", "87", f.destination());
        if (f.arrival() != null) {
            b.segment("DTM", List.of("232", time(f.arrival()), "203"));
        }
        for (Passenger p : persons) {
            person(b, p);
        }
        b.segment("CNT", List.of(crewList ? "41" : "42", String.valueOf(persons.size())));
        b.segment("UNT", String.valueOf(b.messageSegmentCount()), "1");
        b.segment("UNE", "1", control);
        b.segment("UNZ", "1", control);
        return b.toString();
    }

    private static void person(EdifactBuilder b, Passenger p) {
        b.segment(
                "NAD",
                p.type() == PassengerType.CREW ? "FM" : "FL",
                null,
                null,
                List.of(nz(p.surname()), nz(p.givenNames())));
        if (p.gender() != null) {
            b.segment("ATT", "2", null, p.gender());
        }
        if (p.dateOfBirth() != null) {
            b.segment("DTM", List.of("329", p.dateOfBirth().format(CCYYMMDD), "102"));
        }
        if (p.bags() != null) {
            if (p.bags().count() != null) {
                b.segment("MEA", "CT", null, List.of("", String.valueOf(p.bags().count())));
            }
            if (p.bags().weightKg() != null) {
                b.segment("MEA", "WT", null, List.of("KGM", decimal(p.bags().weightKg())));
            }
        }
        if (p.embarkation() != null) {
            b.segment("LOC", "178", p.embarkation());
        }
        if (p.debarkation() != null) {
            b.segment("LOC", "179", p.debarkation());
        }
        if (p.residence() != null) {
            b.segment("LOC", "174", p.residence());
        }
        if (p.nationality() != null) {
            b.segment("NAT", "2", p.nationality());
        }
        if (p.bookingRef() != null) {
            b.segment("RFF", List.of("AVF", p.bookingRef()));
        }
        if (p.seat() != null) {
            b.segment("RFF", List.of("SEA", p.seat()));
        }
        for (TravelDocument d : p.documents()) {
            b.segment("DOC", List.of(nz(d.type()), "110", "111"), d.number());
            if (d.expiry() != null) {
                b.segment("DTM", List.of("36", d.expiry().format(CCYYMMDD), "102"));
            }
            if (d.issuingCountry() != null) {
                b.segment("LOC", "91", d.issuingCountry());
            }
        }
    }

    static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String time(OffsetDateTime t) {
        return t.format(CCYYMMDDHHMM);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
