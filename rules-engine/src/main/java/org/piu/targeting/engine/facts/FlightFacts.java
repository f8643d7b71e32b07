package org.piu.targeting.engine.facts;

import java.util.List;

/**
 * The facts of one flight as inserted into a rule session: one {@link PassengerFacts} per person on board (in
 * manifest order) and one {@link WatchlistFacts} per screening match, plus what could not be derived.
 */
public record FlightFacts(List<PassengerFacts> passengers, List<WatchlistFacts> watchlist, List<String> warnings) {
    public FlightFacts {
        passengers = List.copyOf(passengers);
        watchlist = List.copyOf(watchlist);
        warnings = List.copyOf(warnings);
    }

    /** The same facts without the given passengers (by ordinal) and their matches; ordinals are kept as they are. */
    public FlightFacts without(java.util.Set<Integer> ordinals) {
        return new FlightFacts(
                passengers.stream().filter(p -> !ordinals.contains(p.ordinal())).toList(),
                watchlist.stream()
                        .filter(w -> !ordinals.contains(w.passengerOrdinal()))
                        .toList(),
                warnings);
    }
}
