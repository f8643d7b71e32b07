package org.piu.targeting.workbench.archive;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    private final Map<String, String> flightOfHash = new HashMap<>();
    private long weight;
    /** Masking has reached this instant: a state received before it, stored while masking ran, is not kept. */
    private Instant forgottenBefore = Instant.MIN;

    /** @param maxWeight passengers plus watchlist matches kept at most; 0 keeps nothing */
    RecentFlights(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    static long weightOf(ArchivedFlight flight) {
        return (flight.manifest() == null ? 0 : flight.manifest().passengers().size())
                + flight.screeningMatches().size();
    }

    synchronized void put(ArchivedFlight flight) {
        long w = weightOf(flight);
        ArchivedFlight old = byFlight.get(flight.flightKey());
        if (old != null && old.receivedAt().isAfter(flight.receivedAt())) {
            return; // a later state of the flight is already here
        }
        if (old != null) {
            remove(old);
        }
        if (w > maxWeight || flight.receivedAt().isBefore(forgottenBefore)) {
            return;
        }
        byFlight.put(flight.flightKey(), flight);
        flightOfHash.put(flight.id(), flight.flightKey());
        weight += w;
        while (weight > maxWeight) {
            remove(byFlight.values().iterator().next()); // the least recently used
        }
    }

    synchronized Optional<ArchivedFlight> latestOf(String flightKey) {
        return Optional.ofNullable(byFlight.get(flightKey));
    }

    /** The kept state whose content hash is {@code hash}: a message resent at once. */
    synchronized Optional<ArchivedFlight> byContentHash(String hash) {
        String flightKey = flightOfHash.get(hash);
        return flightKey == null ? Optional.empty() : Optional.ofNullable(byFlight.get(flightKey));
    }

    /** Forgets flights received before {@code before} (they are masked or deleted in the archive). */
    synchronized void forgetReceivedBefore(Instant before) {
        if (before.isAfter(forgottenBefore)) {
            forgottenBefore = before;
        }
        byFlight.values().stream()
                .filter(f -> f.receivedAt().isBefore(before))
                .toList()
                .forEach(this::remove);
    }

    private void remove(ArchivedFlight flight) {
        byFlight.remove(flight.flightKey());
        flightOfHash.remove(flight.id());
        weight -= weightOf(flight);
    }

    synchronized long weight() {
        return weight;
    }
}
