package org.piu.targeting.workbench.archive;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The latest archived state of the flights assessed most recently, in memory. A flight's data arrives in bursts
 * (PAXLST parts, the PNR push, one iAPI call per passenger at check-in) and each message merges into the flight's
 * last state: reading that back from Elasticsearch costs a multi-megabyte GET and parse per message on a large flight.
 * Bounded by weight (passengers plus watchlist matches, which is what makes a state large), not by count, so memory
 * stays flat whatever the flight sizes; the least recently used flight goes first. All writes go through this
 * application (one instance per data directory), so an entry is never older than the archive.
 */
final class RecentFlights {

    private final long maxWeight;
    private final LinkedHashMap<String, ArchivedFlight> byFlight = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /** @param maxWeight passengers plus watchlist matches kept at most; 0 keeps nothing */
    RecentFlights(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    static long weightOf(ArchivedFlight flight) {
        return (flight.manifest() == null ? 0 : flight.manifest().passengers().size()) + flight.screeningMatches().size();
    }

    synchronized void put(ArchivedFlight flight) {
        long w = weightOf(flight);
        ArchivedFlight old = byFlight.get(flight.flightKey());
        if (old != null && old.receivedAt().isAfter(flight.receivedAt())) {
            return; // a later state of the flight is already here
        }
        if (old != null) {
            byFlight.remove(flight.flightKey());
            weight -= weightOf(old);
        }
        if (w > maxWeight) {
            return;
        }
        byFlight.put(flight.flightKey(), flight);
        weight += w;
        Iterator<ArchivedFlight> eldest = byFlight.values().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            weight -= weightOf(eldest.next());
            eldest.remove();
        }
    }

    synchronized Optional<ArchivedFlight> latestOf(String flightKey) {
        return Optional.ofNullable(byFlight.get(flightKey));
    }

    /** The kept state whose content hash is {@code hash}: a message resent at once. */
    synchronized Optional<ArchivedFlight> byContentHash(String hash) {
        for (ArchivedFlight f : byFlight.values()) {
            if (f.id().equals(hash)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Forgets flights received before {@code before} (they are masked or deleted in the archive). */
    synchronized void forgetReceivedBefore(Instant before) {
        removeIf(f -> f.receivedAt().isBefore(before));
    }

    private void removeIf(Predicate<ArchivedFlight> gone) {
        for (Iterator<Map.Entry<String, ArchivedFlight>> it = byFlight.entrySet().iterator(); it.hasNext(); ) {
            ArchivedFlight f = it.next().getValue();
            if (gone.test(f)) {
                weight -= weightOf(f);
                it.remove();
            }
        }
    }

    synchronized long weight() {
        return weight;
    }
}
