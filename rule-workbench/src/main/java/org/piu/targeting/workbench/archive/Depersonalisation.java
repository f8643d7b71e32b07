package org.piu.targeting.workbench.archive;

import java.util.List;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.Hit;
import org.piu.targeting.engine.assess.PassengerAssessment;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.Contact;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.Payment;
import org.piu.targeting.model.TravelDocument;

/**
 * Masks the data elements that could identify a person once the retention period for full data has passed
 * (EU PNR Directive 2016/681 art. 12(2): names, address and contact information, payment information, frequent
 * flyer information, general remarks and API data). What stays — route, dates, year of birth, gender,
 * nationality, counts — keeps archived flights usable for statistics and backtests of rules.
 */
public final class Depersonalisation {

    static final String MASK = "***";

    private Depersonalisation() {}

    public static FlightManifest mask(FlightManifest manifest) {
        List<Passenger> passengers =
                manifest.passengers().stream().map(Depersonalisation::mask).toList();
        List<Booking> bookings =
                manifest.bookings().stream().map(Depersonalisation::mask).toList();
        return new FlightManifest(manifest.flight(), passengers, bookings);
    }

    /**
     * Hits keep what statistics and backtests need (which rule or list, severity, score); their reasons, which quote
     * the passenger's values (phone numbers, names, matched spellings), go.
     */
    public static Assessment mask(Assessment assessment) {
        List<PassengerAssessment> passengers = assessment.passengers().stream()
                .map(p -> new PassengerAssessment(
                        p.id(),
                        p.riskScore(),
                        p.hits().stream()
                                .map(h -> new Hit(
                                        h.type(),
                                        h.ruleId(),
                                        h.ruleRevision(),
                                        h.title(),
                                        h.category(),
                                        h.severity(),
                                        h.score(),
                                        List.of(MASK),
                                        h.list(),
                                        h.entryId(),
                                        h.matchScore()))
                                .toList()))
                .toList();
        return new Assessment(
                assessment.flightKey(),
                assessment.release(),
                assessment.screening(),
                passengers,
                assessment.totals(),
                assessment.warnings());
    }

    private static Passenger mask(Passenger p) {
        var yearOnly = p.dateOfBirth() == null ? null : p.dateOfBirth().withDayOfYear(1);
        List<TravelDocument> documents = p.documents().stream()
                .map(d -> new TravelDocument(d.type(), MASK, d.issuingCountry(), null))
                .toList();
        return new Passenger(
                p.id(),
                MASK,
                MASK,
                yearOnly,
                p.gender(),
                p.nationality(),
                p.residence(),
                p.type(),
                documents,
                p.bookingRef(),
                null,
                p.bags(),
                p.embarkation(),
                p.debarkation());
    }

    private static Booking mask(Booking b) {
        List<Payment> payments = b.payments().stream()
                .map(p -> new Payment(
                        p.type(),
                        p.cardNumberMasked() == null ? null : MASK,
                        p.amount(),
                        p.currency(),
                        p.payerName() == null ? null : MASK))
                .toList();
        List<Contact> contacts =
                b.contacts().stream().map(c -> new Contact(c.type(), MASK)).toList();
        return new Booking(
                b.recordLocator(), b.createdAt(), b.agency(), payments, contacts, b.itinerary(), b.passengerIds());
    }
}
