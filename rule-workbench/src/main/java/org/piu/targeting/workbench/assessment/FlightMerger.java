package org.piu.targeting.workbench.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.engine.model.Booking;
import org.piu.targeting.engine.model.FlightManifest;
import org.piu.targeting.engine.model.Passenger;
import org.piu.targeting.engine.model.TravelDocument;

/**
 * Joins what is known of one flight: API data (PAXLST) and PNR data (PNRGOV) arrive separately and more than once.
 * A person is the same when a travel document number matches, or else surname, given names and date of birth do.
 * Every field takes the latest value, except that PNR data never overrides the identity (names, date of birth,
 * gender, nationality, documents) already known: API data is read off the travel document, PNR names are typed by
 * whoever booked.
 * Bookings are replaced by their latest version (same record locator).
 */
public final class FlightMerger {

    private FlightMerger() {
    }

    /** @param latestIsApi whether {@code latest} is API data (PAXLST, or a JSON manifest) rather than PNRGOV */
    public static FlightManifest merge(FlightManifest earlier, FlightManifest latest, boolean latestIsApi) {
        Map<String, Passenger> merged = new LinkedHashMap<>();
        earlier.passengers().forEach(p -> merged.put(p.id(), p));
        Map<String, String> renamed = new HashMap<>();

        for (Passenger incoming : latest.passengers()) {
            Optional<Passenger> same = merged.values().stream().filter(p -> samePerson(p, incoming)).findFirst();
            if (same.isPresent()) {
                Passenger known = same.get();
                Passenger latestFirst = overlay(incoming, known, known.id());
                merged.put(known.id(), latestIsApi ? latestFirst
                        : keepIdentity(latestFirst, overlay(known, incoming, known.id())));
                renamed.put(incoming.id(), known.id());
            } else {
                String id = incoming.id();
                int n = 2;
                while (merged.containsKey(id)) {
                    id = incoming.id() + "-" + n++;
                }
                renamed.put(incoming.id(), id);
                merged.put(id, withId(incoming, id));
            }
        }

        Map<String, Booking> bookings = new LinkedHashMap<>();
        earlier.bookings().forEach(b -> bookings.put(b.recordLocator(), b));
        for (Booking b : latest.bookings()) {
            List<String> ids = b.passengerIds().stream().map(id -> renamed.getOrDefault(id, id)).distinct().toList();
            bookings.put(b.recordLocator(), new Booking(b.recordLocator(), b.createdAt(), b.agency(), b.payments(),
                    b.contacts(), b.itinerary(), ids));
        }
        var flight = latest.flight().arrival() != null || earlier.flight().arrival() == null ? latest.flight() : earlier.flight();
        return new FlightManifest(flight, new ArrayList<>(merged.values()), new ArrayList<>(bookings.values()));
    }

    static boolean samePerson(Passenger a, Passenger b) {
        for (TravelDocument da : a.documents()) {
            for (TravelDocument db : b.documents()) {
                String number = normalize(da.number());
                if (!number.isEmpty() && number.equals(normalize(db.number()))) {
                    return true;
                }
            }
        }
        return a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth())
                && normalize(a.surname()).equals(normalize(b.surname()))
                && normalize(a.givenNames()).equals(normalize(b.givenNames()));
    }

    /** Every field from {@code top} where it has one, else from {@code bottom}; documents of both. */
    private static Passenger overlay(Passenger top, Passenger bottom, String id) {
        List<TravelDocument> documents = new ArrayList<>(top.documents());
        bottom.documents().stream()
                .filter(d -> top.documents().stream().noneMatch(k -> normalize(k.number()).equals(normalize(d.number()))))
                .forEach(documents::add);
        return new Passenger(id,
                first(top.surname(), bottom.surname()),
                first(top.givenNames(), bottom.givenNames()),
                first(top.dateOfBirth(), bottom.dateOfBirth()),
                first(top.gender(), bottom.gender()),
                first(top.nationality(), bottom.nationality()),
                first(top.residence(), bottom.residence()),
                first(top.type(), bottom.type()),
                documents,
                first(top.bookingRef(), bottom.bookingRef()),
                first(top.seat(), bottom.seat()),
                first(top.bags(), bottom.bags()),
                first(top.embarkation(), bottom.embarkation()),
                first(top.debarkation(), bottom.debarkation()));
    }

    /** The latest values, except the identity, which keeps what the earlier (API) data said. */
    private static Passenger keepIdentity(Passenger latest, Passenger identity) {
        return new Passenger(latest.id(), identity.surname(), identity.givenNames(), identity.dateOfBirth(),
                identity.gender(), identity.nationality(), latest.residence(), latest.type(), identity.documents(),
                latest.bookingRef(), latest.seat(), latest.bags(), latest.embarkation(), latest.debarkation());
    }

    private static Passenger withId(Passenger p, String id) {
        return new Passenger(id, p.surname(), p.givenNames(), p.dateOfBirth(), p.gender(), p.nationality(),
                p.residence(), p.type(), p.documents(), p.bookingRef(), p.seat(), p.bags(), p.embarkation(),
                p.debarkation());
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-<]");

    private static String normalize(String s) {
        return s == null ? "" : SEPARATORS.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The flight without the given bookings and without passengers whose only booking was one of them. */
    public static FlightManifest withoutBookings(FlightManifest manifest, java.util.Set<String> cancelled) {
        var bookings = manifest.bookings().stream().filter(b -> !cancelled.contains(b.recordLocator())).toList();
        var passengers = manifest.passengers().stream()
                .filter(p -> p.bookingRef() == null || !cancelled.contains(p.bookingRef()))
                .toList();
        return new FlightManifest(manifest.flight(), passengers, bookings);
    }
}
