package org.piu.targeting.messages.manifest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;

/**
 * Joins the drafts of all messages and parts by flight key (the parts of a split message, several PNRGOV
 * messages for one flight) and numbers passengers P1..Pn per flight in the order they were sent.
 */
public final class ManifestAssembler {

    public List<FlightManifest> assemble(List<ManifestDraft> drafts) {
        Map<String, List<ManifestDraft>> byFlight = new LinkedHashMap<>();
        for (ManifestDraft draft : drafts) {
            byFlight.computeIfAbsent(draft.flight.key(), k -> new ArrayList<>()).add(draft);
        }
        List<FlightManifest> manifests = new ArrayList<>();
        for (List<ManifestDraft> group : byFlight.values()) {
            manifests.add(assembleFlight(group));
        }
        return manifests;
    }

    private FlightManifest assembleFlight(List<ManifestDraft> group) {
        Map<String, BookingDraft> bookings = new LinkedHashMap<>();
        Map<PassengerDraft, Boolean> replaced = new IdentityHashMap<>();
        for (ManifestDraft draft : group) {
            for (BookingDraft b : draft.bookings) {
                // A PNR sent twice for the same flight (two parts or pushes in one text): the last copy wins,
                // and the travellers of the earlier copy are not counted twice.
                BookingDraft earlier = bookings.remove(b.recordLocator);
                if (earlier != null) {
                    earlier.travellers.forEach(t -> replaced.put(t, Boolean.TRUE));
                }
                bookings.put(b.recordLocator, b);
            }
        }
        Map<PassengerDraft, String> ids = new IdentityHashMap<>();
        List<Passenger> passengers = new ArrayList<>();
        for (ManifestDraft draft : group) {
            for (PassengerDraft p : draft.passengers) {
                if (!ids.containsKey(p) && !replaced.containsKey(p)) {
                    String id = "P" + (passengers.size() + 1);
                    ids.put(p, id);
                    passengers.add(p.build(id));
                }
            }
        }
        List<Booking> built = new ArrayList<>();
        for (BookingDraft b : bookings.values()) {
            List<String> passengerIds = new ArrayList<>();
            for (PassengerDraft t : b.travellers) {
                String id = ids.get(t);
                if (id != null) {
                    passengerIds.add(id);
                }
            }
            built.add(new Booking(
                    b.recordLocator, b.createdAt, b.agency, b.payments, b.contacts, b.itinerary, passengerIds));
        }
        return new FlightManifest(group.get(0).flight, passengers, built);
    }
}
