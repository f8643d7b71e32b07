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
 * API values win for identity and documents (they come from the document itself); PNR values fill what API lacks.
 * Bookings are replaced by their latest version (same record locator).
 */
public final class FlightMerger {

    private FlightMerger() {
    }

    public static FlightManifest merge(FlightManifest earlier, FlightManifest latest) {
        Map<String, Passenger> merged = new LinkedHashMap<>();
        earlier.passengers().forEach(p -> merged.put(p.id(), p));
        Map<String, String> renamed = new HashMap<>();

        for (Passenger incoming : latest.passengers()) {
            Optional<Passenger> same = merged.values().stream().filter(p -> samePerson(p, incoming)).findFirst();
            if (same.isPresent()) {
                Passenger known = same.get();
                merged.put(known.id(), combine(known, incoming));
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

    /** API (incoming or known) values first; the other side fills the gaps. */
    private static Passenger combine(Passenger known, Passenger incoming) {
        List<TravelDocument> documents = new ArrayList<>(known.documents());
        incoming.documents().stream()
                .filter(d -> known.documents().stream().noneMatch(k -> normalize(k.number()).equals(normalize(d.number()))))
                .forEach(documents::add);
        return new Passenger(known.id(),
                first(incoming.surname(), known.surname()),
                first(incoming.givenNames(), known.givenNames()),
                first(incoming.dateOfBirth(), known.dateOfBirth()),
                first(incoming.gender(), known.gender()),
                first(incoming.nationality(), known.nationality()),
                first(incoming.residence(), known.residence()),
                first(incoming.type(), known.type()),
                documents,
                first(incoming.bookingRef(), known.bookingRef()),
                first(incoming.seat(), known.seat()),
                first(incoming.bags(), known.bags()),
                first(incoming.embarkation(), known.embarkation()),
                first(incoming.debarkation(), known.debarkation()));
    }

    private static Passenger withId(Passenger p, String id) {
        return new Passenger(id, p.surname(), p.givenNames(), p.dateOfBirth(), p.gender(), p.nationality(),
                p.residence(), p.type(), p.documents(), p.bookingRef(), p.seat(), p.bags(), p.embarkation(),
                p.debarkation());
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\-<]", "").toUpperCase(Locale.ROOT);
    }
}
