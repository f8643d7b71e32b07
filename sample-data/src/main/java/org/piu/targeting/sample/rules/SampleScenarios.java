package org.piu.targeting.sample.rules;

import static org.piu.targeting.sample.rules.ManifestSketch.*;

import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.engine.scenario.Scenario.CountExpectation;
import org.piu.targeting.engine.scenario.Scenario.HitExpectation;
import org.piu.targeting.model.Agency;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.Passenger;

/**
 * Test scenarios for the sample rules: for each rule a small flight with a passenger it must hit and passengers it
 * must not (ordinary travellers, exonerated ones, crew). They pass against {@link SampleRules} with the standard
 * catalog and the engine's default settings (home country Moldova).
 */
public final class SampleScenarios {

    private SampleScenarios() {}

    public static List<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        s.add(cashOneWayLate());
        s.add(highRiskRouting());
        s.add(sharedContact());
        s.add(sharedCard());
        s.add(payerNotTravelling());
        s.add(documentExpiresSoon());
        s.add(watchlist());
        s.add(lostStolenDocument());
        s.add(watchedAgency());
        s.add(longItinerary());
        s.add(unaccompaniedMinor());
        s.add(surfaceSector());
        s.add(groupCash());
        s.add(disposableEmail());
        s.add(apiOnlyPassenger());
        return List.copyOf(s);
    }

    private static Passenger ion() {
        return passenger("P1", "CIOBANU", "ION", "1985-03-02", "M", "MDA", "AB1234567", "2030-01-01");
    }

    private static Passenger elena() {
        return passenger("P2", "ROTARU", "ELENA", "1990-07-15", "F", "MDA", "AC7654321", "2031-05-20");
    }

    private static Passenger mehmet(String id) {
        return passenger(
                id, "YILMAZ", "MEHMET", "1979-11-30", "M", "TUR", "U0" + id.substring(1) + "345678", "2032-02-02");
    }

    private static Scenario scenario(
            String id,
            String title,
            String description,
            FlightManifest m,
            List<PassengerMatch> matches,
            List<HitExpectation> hits,
            List<CountExpectation> counts) {
        return new Scenario(id, title, description, new Scenario.Given(m, matches), new Scenario.Expect(hits, counts));
    }

    private static HitExpectation hit(String passenger, String rule) {
        return new HitExpectation(passenger, rule, true);
    }

    private static HitExpectation noHit(String passenger, String rule) {
        return new HitExpectation(passenger, rule, false);
    }

    static Scenario cashOneWayLate() {
        String r = "R-CASH-ONEWAY-LATE";
        FlightManifest m = new ManifestSketch()
                .booking(
                        "LATE01",
                        20,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone("+37369111222")),
                        List.of(assessed()),
                        ion())
                .booking(
                        "LATE02",
                        30,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone("+37369111333")),
                        List.of(assessed(), returnFlight()),
                        elena())
                .ordinary("EARLY3", "+905321234567", mehmet("P3"))
                .crew("C1", "KAYA", "AYSE", "2030-01-01")
                .manifest();
        return scenario(
                "S-CASH-ONEWAY-LATE",
                "Late one-way cash ticket is flagged; a late cash return ticket is not",
                "P1 paid cash for a one-way ticket 20 h before departure. P2 also paid cash late but booked the return.",
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r), noHit("P3", r), noHit("C1", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario highRiskRouting() {
        String r = "R-HIGH-RISK-ROUTING";
        FlightManifest m = new ManifestSketch()
                .booking(
                        "ROUTE1",
                        24 * 9,
                        ORDINARY_AGENCY,
                        List.of(card("522222XXXXXX1111", "ION CIOBANU")),
                        List.of(phone("+37369222333")),
                        List.of(
                                segment(
                                        "FZ",
                                        "306",
                                        "KBL",
                                        "DXB",
                                        "2026-11-21T09:00:00+04:30",
                                        "2026-11-21T11:30:00+04:00"),
                                segment(
                                        "FZ",
                                        "731",
                                        "DXB",
                                        "IST",
                                        "2026-11-21T15:00:00+04:00",
                                        "2026-11-21T19:10:00+03:00"),
                                assessed()),
                        ion())
                .booking(
                        "ROUTE2",
                        24 * 9,
                        ORDINARY_AGENCY,
                        List.of(card("522222XXXXXX2222", "ELENA ROTARU")),
                        List.of(phone("+37369222444")),
                        List.of(
                                segment(
                                        "TK",
                                        "379",
                                        "TBS",
                                        "IST",
                                        "2026-11-22T03:10:00+04:00",
                                        "2026-11-22T05:15:00+03:00"),
                                assessed()),
                        elena())
                .manifest();
        return scenario(
                "S-HIGH-RISK-ROUTING",
                "A journey from Kabul via Dubai and Istanbul is flagged; one from Tbilisi is not",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario sharedContact() {
        String r = "R-SHARED-CONTACT";
        String shared = "+37360555666";
        Passenger p3 = passenger("P3", "LUPU", "ANDREI", "1995-01-09", "M", "MDA", "AD1112223", "2029-09-09");
        FlightManifest m = new ManifestSketch()
                .booking(
                        "SHAR01",
                        24 * 5,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone(shared)),
                        List.of(assessed()),
                        ion())
                .booking(
                        "SHAR02",
                        24 * 6,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone(shared)),
                        List.of(assessed()),
                        elena())
                .booking(
                        "SHAR03",
                        24 * 4,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone(shared)),
                        List.of(assessed()),
                        p3)
                .ordinary("OWN004", "+905329876543", mehmet("P4"))
                .manifest();
        return scenario(
                "S-SHARED-CONTACT",
                "Three bookings with one phone number are flagged",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), hit("P2", r), hit("P3", r), noHit("P4", r)),
                List.of(new CountExpectation(r, 3)));
    }

    static Scenario sharedCard() {
        String r = "R-SHARED-CARD";
        String card = "534567XXXXXX9876";
        Passenger p3 = passenger("P3", "LUPU", "ANDREI", "1995-01-09", "M", "MDA", "AD1112223", "2029-09-09");
        Passenger p4 = passenger("P4", "COZMA", "MIHAI", "1993-04-19", "M", "MDA", "AD9998887", "2029-09-09");
        FlightManifest m = new ManifestSketch()
                .booking(
                        "CARD01",
                        24 * 5,
                        ORDINARY_AGENCY,
                        List.of(card(card, null)),
                        List.of(phone("+37360100001")),
                        List.of(assessed()),
                        ion())
                .booking(
                        "CARD02",
                        24 * 5,
                        ORDINARY_AGENCY,
                        List.of(card(card, null)),
                        List.of(phone("+37360100002")),
                        List.of(assessed()),
                        elena())
                .booking(
                        "CARD03",
                        24 * 5,
                        ORDINARY_AGENCY,
                        List.of(card(card, null)),
                        List.of(phone("+37360100003")),
                        List.of(assessed()),
                        p3)
                .booking(
                        "CARD04",
                        24 * 5,
                        ORDINARY_AGENCY,
                        List.of(card("534567XXXXXX1234", null)),
                        List.of(phone("+37360100004")),
                        List.of(assessed()),
                        p4)
                .manifest();
        return scenario(
                "S-SHARED-CARD",
                "Three bookings paid with one card are flagged; a fourth card is not",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), hit("P2", r), hit("P3", r), noHit("P4", r)),
                List.of(new CountExpectation(r, 3)));
    }

    static Scenario payerNotTravelling() {
        String r = "R-PAYER-NOT-TRAVELLING";
        Passenger p3 = passenger("P3", "LUPU", "ANDREI", "1995-01-09", "M", "MDA", "AD1112223", "2029-09-09");
        Passenger p4 = passenger("P4", "COZMA", "MIHAI", "1993-04-19", "M", "MDA", "AD9998887", "2029-09-09");
        FlightManifest m = new ManifestSketch()
                .booking(
                        "PAY001",
                        24 * 5,
                        ORDINARY_AGENCY,
                        List.of(card("455555XXXXXX0001", "VASILE RUSU")),
                        List.of(phone("+37360200001")),
                        List.of(assessed()),
                        ion())
                .booking(
                        "PAY002",
                        24 * 4,
                        ORDINARY_AGENCY,
                        List.of(card("455555XXXXXX0001", "RUSU VASILE")),
                        List.of(phone("+37360200002")),
                        List.of(assessed()),
                        elena())
                // booked two months ahead by an employer: exonerated
                .booking(
                        "PAY003",
                        24 * 60,
                        ORDINARY_AGENCY,
                        List.of(card("455555XXXXXX0002", "DOINA CEBAN")),
                        List.of(phone("+37360200003")),
                        List.of(assessed()),
                        p3)
                .booking(
                        "PAY004",
                        24 * 61,
                        ORDINARY_AGENCY,
                        List.of(card("455555XXXXXX0002", "DOINA CEBAN")),
                        List.of(phone("+37360200004")),
                        List.of(assessed()),
                        p4)
                .ordinary("PAY005", "+905321112233", mehmet("P5"))
                .manifest();
        return scenario(
                "S-PAYER-NOT-TRAVELLING",
                "Two bookings paid by someone not on board are flagged unless booked long ahead",
                "P1 and P2 are paid for by VASILE RUSU, who is not on the flight (names in any order). P3 and P4 are paid "
                        + "for by DOINA CEBAN two months ahead, which the rule exonerates. P5 pays for himself.",
                m,
                List.of(),
                List.of(hit("P1", r), hit("P2", r), noHit("P3", r), noHit("P4", r), noHit("P5", r)),
                List.of(new CountExpectation(r, 2)));
    }

    static Scenario documentExpiresSoon() {
        String r = "R-DOCUMENT-EXPIRES-SOON";
        Passenger expiring = passenger("P1", "CIOBANU", "ION", "1985-03-02", "M", "MDA", "AB1234567", "2026-12-05");
        FlightManifest m = new ManifestSketch()
                .ordinary("DOC001", "+37369300001", expiring)
                .ordinary("DOC002", "+37369300002", elena())
                .crew("C1", "KAYA", "AYSE", "2026-12-01")
                .manifest();
        return scenario(
                "S-DOCUMENT-EXPIRES-SOON",
                "A passport expiring 13 days after arrival is flagged; crew is exonerated",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r), noHit("C1", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario watchlist() {
        String review = "R-WATCHLIST-REVIEW-PRIORITY-ORIGIN";
        String alert = "R-WATCHLIST-ALERT";
        FlightManifest m = new ManifestSketch()
                .ordinary("WL0001", "+37369400001", ion())
                .ordinary("WL0002", "+37369400002", elena())
                .ordinary("WL0003", "+905324000003", mehmet("P3"))
                .manifest();
        List<PassengerMatch> matches = List.of(
                new PassengerMatch(
                        "P1",
                        "piu-sample-watchlist",
                        "SMP-W0001",
                        0.78,
                        MatchDecision.REVIEW,
                        "Чобану Ион",
                        List.of("surname CIOBANU ~ Чобану (Moldovan Cyrillic)", "date of birth: year matches")),
                new PassengerMatch(
                        "P2",
                        "piu-sample-watchlist",
                        "SMP-W0002",
                        0.93,
                        MatchDecision.ALERT,
                        "Rotaru Elena",
                        List.of("full name matches", "date of birth matches")));
        return scenario(
                "S-WATCHLIST",
                "REVIEW match from Istanbul is raised; ALERT match is critical; no match, no hit",
                null,
                m,
                matches,
                List.of(
                        hit("P1", review),
                        noHit("P1", alert),
                        hit("P2", alert),
                        noHit("P2", review),
                        noHit("P3", review),
                        noHit("P3", alert)),
                List.of(new CountExpectation(review, 1), new CountExpectation(alert, 1)));
    }

    static Scenario lostStolenDocument() {
        String r = "R-LOST-STOLEN-DOCUMENT";
        FlightManifest m = new ManifestSketch()
                .ordinary("LSD001", "+37369500001", ion())
                .ordinary("LSD002", "+37369500002", elena())
                .manifest();
        List<PassengerMatch> matches = List.of(new PassengerMatch(
                "P1",
                "lost-stolen-documents",
                "LSD-R0001",
                1.0,
                MatchDecision.ALERT,
                null,
                List.of("document AB1234567 (MDA) equals AB 1234567 (MDA)")));
        return scenario(
                "S-LOST-STOLEN-DOCUMENT",
                "A passport on the lost/stolen list is flagged",
                null,
                m,
                matches,
                List.of(hit("P1", r), noHit("P2", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario watchedAgency() {
        String r = "R-WATCHED-AGENCY";
        FlightManifest m = new ManifestSketch()
                .booking(
                        "AGY001",
                        24 * 12,
                        new Agency("33219960", "GOLDEN HORN VIP TURIZM", "TUR"),
                        List.of(cash()),
                        List.of(phone("+905551112233")),
                        List.of(assessed(), returnFlight()),
                        mehmet("P1"))
                .ordinary("AGY002", "+37369600002", elena())
                .crew("C1", "KAYA", "AYSE", "2030-01-01")
                .manifest();
        return scenario(
                "S-WATCHED-AGENCY",
                "A booking by a watched agency is flagged",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r), noHit("C1", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario longItinerary() {
        String r = "R-LONG-ITINERARY-SHORT-STOPS";
        FlightManifest m = new ManifestSketch()
                .booking(
                        "LONG01",
                        24 * 3,
                        ORDINARY_AGENCY,
                        List.of(card("499999XXXXXX1234", "ION CIOBANU")),
                        List.of(phone("+37369700001")),
                        List.of(
                                segment(
                                        "TP",
                                        "208",
                                        "JFK",
                                        "LIS",
                                        "2026-11-20T18:00:00-05:00",
                                        "2026-11-21T06:00:00+00:00"),
                                segment(
                                        "AT",
                                        "971",
                                        "LIS",
                                        "CMN",
                                        "2026-11-21T08:30:00+00:00",
                                        "2026-11-21T09:45:00+01:00"),
                                segment(
                                        "TK",
                                        "618",
                                        "CMN",
                                        "IST",
                                        "2026-11-21T14:00:00+01:00",
                                        "2026-11-21T22:15:00+03:00"),
                                assessed(),
                                segment(
                                        "LO",
                                        "516",
                                        "KIV",
                                        "WAW",
                                        "2026-11-22T15:00:00+02:00",
                                        "2026-11-22T16:40:00+01:00"),
                                segment(
                                        "LO",
                                        "333",
                                        "WAW",
                                        "FRA",
                                        "2026-11-22T20:00:00+01:00",
                                        "2026-11-22T21:50:00+01:00")),
                        ion())
                .ordinary("LONG02", "+37369700002", elena())
                .manifest();
        return scenario(
                "S-LONG-ITINERARY-SHORT-STOPS",
                "Six segments through seven countries within two days are flagged",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario unaccompaniedMinor() {
        String r = "R-UNACCOMPANIED-MINOR-LATE";
        Passenger child = passenger("P1", "CIOBANU", "MARIA", "2011-06-01", "F", "MDA", "AB2223334", "2029-06-01");
        Passenger child2 = passenger("P2", "ROTARU", "ANA", "2012-02-01", "F", "MDA", "AC2223335", "2029-06-01");
        Passenger mother = passenger("P3", "ROTARU", "ELENA", "1985-07-15", "F", "MDA", "AC7654321", "2031-05-20");
        FlightManifest m = new ManifestSketch()
                .booking(
                        "MIN001",
                        30,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone("+37369800001")),
                        List.of(assessed()),
                        child)
                .booking(
                        "MIN002",
                        30,
                        ORDINARY_AGENCY,
                        List.of(card("411111XXXXXX8888", "ELENA ROTARU")),
                        List.of(phone("+37369800002")),
                        List.of(assessed()),
                        child2,
                        mother)
                .manifest();
        return scenario(
                "S-UNACCOMPANIED-MINOR-LATE",
                "A 15-year-old alone on a ticket bought 30 h ahead is flagged; " + "a child with her mother is not",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r), noHit("P3", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario surfaceSector() {
        String r = "R-SURFACE-SECTOR-ONEWAY";
        FlightManifest m = new ManifestSketch()
                .booking(
                        "SURF01",
                        24 * 8,
                        ORDINARY_AGENCY,
                        List.of(card("411111XXXXXX7777", "ION CIOBANU")),
                        List.of(phone("+37369900001")),
                        List.of(
                                segment(
                                        "PC",
                                        "371",
                                        "TBS",
                                        "SAW",
                                        "2026-11-21T06:00:00+04:00",
                                        "2026-11-21T08:00:00+03:00"),
                                assessed()),
                        ion())
                .booking(
                        "SURF02",
                        24 * 8,
                        ORDINARY_AGENCY,
                        List.of(card("411111XXXXXX6666", "ELENA ROTARU")),
                        List.of(phone("+37369900002")),
                        List.of(
                                segment(
                                        "TK",
                                        "379",
                                        "TBS",
                                        "IST",
                                        "2026-11-22T03:10:00+04:00",
                                        "2026-11-22T05:15:00+03:00"),
                                assessed()),
                        elena())
                .manifest();
        return scenario(
                "S-SURFACE-SECTOR-ONEWAY",
                "Arriving at Sabiha Gokcen and leaving from Istanbul airport is a surface sector",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario groupCash() {
        String r = "R-GROUP-CASH";
        Passenger[] group = new Passenger[6];
        for (int i = 0; i < 6; i++) {
            group[i] = passenger(
                    "P" + (i + 1),
                    "MAMMADOV",
                    "GROUP" + (char) ('A' + i),
                    "1990-01-0" + (i + 1),
                    "M",
                    "AZE",
                    "C0123456" + i,
                    "2031-01-01");
        }
        FlightManifest m = new ManifestSketch()
                .booking(
                        "GRP001",
                        24 * 14,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone("+994501112233")),
                        List.of(assessed(), returnFlight()),
                        group)
                .booking(
                        "GRP002",
                        24 * 14,
                        ORDINARY_AGENCY,
                        List.of(cash()),
                        List.of(phone("+37369000007")),
                        List.of(assessed(), returnFlight()),
                        passenger("P7", "RUSU", "VICTOR", "1970-10-10", "M", "MDA", "AB7777777", "2030-01-01"))
                .manifest();
        return scenario(
                "S-GROUP-CASH",
                "Six travellers on one cash booking are flagged; a single cash traveller is not",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), hit("P6", r), noHit("P7", r)),
                List.of(new CountExpectation(r, 6)));
    }

    static Scenario disposableEmail() {
        String r = "R-DISPOSABLE-EMAIL";
        FlightManifest m = new ManifestSketch()
                .booking(
                        "MAIL01",
                        24 * 10,
                        ORDINARY_AGENCY,
                        List.of(card("411111XXXXXX5555", "ION CIOBANU")),
                        List.of(email("ion.c1985@yopmail.com"), phone("+37369000011")),
                        List.of(assessed(), returnFlight()),
                        ion())
                .booking(
                        "MAIL02",
                        24 * 10,
                        ORDINARY_AGENCY,
                        List.of(card("411111XXXXXX4444", "ELENA ROTARU")),
                        List.of(email("ELENA.ROTARU@GMAIL.COM"), phone("+37369000012")),
                        List.of(assessed(), returnFlight()),
                        elena())
                .manifest();
        return scenario(
                "S-DISPOSABLE-EMAIL",
                "A throw-away mailbox is flagged (case-insensitively)",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r)),
                List.of(new CountExpectation(r, 1)));
    }

    static Scenario apiOnlyPassenger() {
        String r = "R-API-ONLY-PASSENGER";
        FlightManifest m = new ManifestSketch()
                .unbooked(ion())
                .ordinary("API002", "+37369000021", elena())
                .crew("C1", "KAYA", "AYSE", "2030-01-01")
                .manifest();
        return scenario(
                "S-API-ONLY-PASSENGER",
                "A passenger without PNR is listed for data-quality follow-up; crew is not",
                null,
                m,
                List.of(),
                List.of(hit("P1", r), noHit("P2", r), noHit("C1", r)),
                List.of(new CountExpectation(r, 1)));
    }
}
