package org.piu.targeting.workbench.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.piu.targeting.model.Booking;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.TravelDocument;

/**
 * Joins what is known of one flight: API data (PAXLST) and PNR data (PNRGOV) arrive separately and more than once.
 * A person is the same when a travel document number matches, or else surname, given names and date of birth do.
 * Every field takes the latest value, except that PNR data never overrides the identity (names, date of birth,
 * gender, nationality, documents) already known: API data is read off the travel document, PNR names are typed by
 * whoever booked.
 * Bookings are replaced by their latest version (same record locator).
 */
public final class FlightMerger {

    private FlightMerger() {}

    /**
     * A merged flight, and where each passenger of the latest data ended up in it (the known person it joined, or
     * their own, possibly renamed, id).
     */
    public record Merged(FlightManifest manifest, Map<String, String> idOfSent) {
        /** The first data of a flight: everyone is who they were sent as. */
        public static Merged first(FlightManifest manifest) {
            Map<String, String> ids = new LinkedHashMap<>();
            manifest.passengers().forEach(p -> ids.put(p.id(), p.id()));
            return new Merged(manifest, ids);
        }
    }

    /** @param latestIsApi whether {@code latest} is API data (PAXLST, or a JSON manifest) rather than PNRGOV */
    public static Merged merge(FlightManifest earlier, FlightManifest latest, boolean latestIsApi) {
        Map<String, Passenger> merged = new LinkedHashMap<>();
        People people = new People();
        earlier.passengers().forEach(p -> {
            if (merged.putIfAbsent(p.id(), p) == null) {
                people.add(p);
            }
        });
        Map<String, String> renamed = new HashMap<>();

        for (Passenger incoming : latest.passengers()) {
            Optional<String> same = people.find(incoming);
            if (same.isPresent()) {
                Passenger known = merged.get(same.get());
                Passenger latestFirst = overlay(incoming, known, known.id());
                Passenger now =
                        latestIsApi ? latestFirst : keepIdentity(latestFirst, overlay(known, incoming, known.id()));
                people.replace(known, now);
                merged.put(known.id(), now);
                renamed.put(incoming.id(), known.id());
            } else {
                String id = incoming.id();
                int n = 2;
                while (merged.containsKey(id)) {
                    id = incoming.id() + "-" + n++;
                }
                renamed.put(incoming.id(), id);
                Passenger added = withId(incoming, id);
                merged.put(id, added);
                people.add(added);
            }
        }

        Map<String, Booking> bookings = new LinkedHashMap<>();
        earlier.bookings().forEach(b -> bookings.put(b.recordLocator(), b));
        for (Booking b : latest.bookings()) {
            List<String> ids = b.passengerIds().stream()
                    .map(id -> renamed.getOrDefault(id, id))
                    .distinct()
                    .toList();
            bookings.put(
                    b.recordLocator(),
                    new Booking(
                            b.recordLocator(),
                            b.createdAt(),
                            b.agency(),
                            b.payments(),
                            b.contacts(),
                            b.itinerary(),
                            ids));
        }
        var flight = latest.flight().arrival() != null || earlier.flight().arrival() == null
                ? latest.flight()
                : earlier.flight();
        return new Merged(
                new FlightManifest(flight, new ArrayList<>(merged.values()), new ArrayList<>(bookings.values())),
                renamed);
    }

    /**
     * The people of a flight indexed by travel document number and by surname + given names + date of birth, so
     * that joining a 500-passenger PNR push to the API data of the flight is not 250,000 pairwise comparisons. When
     * several known people match, the one known longest wins, as a scan in manifest order would find.
     */
    private static final class People {
        private final Map<String, java.util.Set<String>> idsByKey = new HashMap<>();
        private final Map<String, Integer> position = new HashMap<>();

        void add(Passenger p) {
            position.putIfAbsent(p.id(), position.size());
            keys(p).forEach(k ->
                    idsByKey.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(p.id()));
        }

        /** The person now known as {@code now} was {@code before}: their keys follow the update. */
        void replace(Passenger before, Passenger now) {
            keys(before).forEach(k -> {
                var ids = idsByKey.get(k);
                if (ids != null) {
                    ids.remove(before.id());
                }
            });
            add(now);
        }

        Optional<String> find(Passenger p) {
            return keys(p).stream()
                    .flatMap(k -> idsByKey.getOrDefault(k, java.util.Set.of()).stream())
                    .min(java.util.Comparator.comparing(position::get));
        }

        private static List<String> keys(Passenger p) {
            List<String> keys = new ArrayList<>();
            for (TravelDocument d : p.documents()) {
                String number = normalize(d.number());
                if (!number.isEmpty()) {
                    keys.add("doc:" + number);
                }
            }
            if (p.dateOfBirth() != null) {
                // a separator no name contains: "A/B" + "C" must not be "A" + "B/C"
                keys.add("name:" + normalize(p.surname()) + '\u0000' + normalize(p.givenNames()) + '\u0000'
                        + p.dateOfBirth());
            }
            return keys;
        }
    }

    /** Every field from {@code top} where it has one, else from {@code bottom}; documents of both. */
    private static Passenger overlay(Passenger top, Passenger bottom, String id) {
        List<TravelDocument> documents = new ArrayList<>(top.documents());
        bottom.documents().stream()
                .filter(d -> top.documents().stream()
                        .noneMatch(k -> normalize(k.number()).equals(normalize(d.number()))))
                .forEach(documents::add);
        return new Passenger(
                id,
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
        return new Passenger(
                latest.id(),
                identity.surname(),
                identity.givenNames(),
                identity.dateOfBirth(),
                identity.gender(),
                identity.nationality(),
                latest.residence(),
                latest.type(),
                identity.documents(),
                latest.bookingRef(),
                latest.seat(),
                latest.bags(),
                latest.embarkation(),
                latest.debarkation());
    }

    private static Passenger withId(Passenger p, String id) {
        return new Passenger(
                id,
                p.surname(),
                p.givenNames(),
                p.dateOfBirth(),
                p.gender(),
                p.nationality(),
                p.residence(),
                p.type(),
                p.documents(),
                p.bookingRef(),
                p.seat(),
                p.bags(),
                p.embarkation(),
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
        var bookings = manifest.bookings().stream()
                .filter(b -> !cancelled.contains(b.recordLocator()))
                .toList();
        var passengers = manifest.passengers().stream()
                .filter(p -> p.bookingRef() == null || !cancelled.contains(p.bookingRef()))
                .toList();
        return new FlightManifest(manifest.flight(), passengers, bookings);
    }
}
