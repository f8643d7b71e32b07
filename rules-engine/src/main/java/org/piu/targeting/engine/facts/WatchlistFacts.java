package org.piu.targeting.engine.facts;

/**
 * One watchlist match of a passenger as a Drools fact, with the ordinal of the passenger and of the match so
 * that a hit can name the entry it matched. Codes upper-case, score as produced by matching (0..1).
 */
public record WatchlistFacts(
        int passengerOrdinal,
        int matchOrdinal,
        String passengerId,
        String decision,
        String list,
        Double score,
        String entryId) {}
