package org.piu.targeting.engine;

import java.util.List;

/**
 * A passenger's match against a watchlist entry, as produced by screening (the app converts the matching module's
 * results into these). Matches enter the rules as facts ({@code watchlist.decision}, {@code watchlist.list},
 * {@code watchlist.score}, {@code watchlist.entryId}) and each also becomes a WATCHLIST hit of the passenger.
 *
 * @param score       match score in 0..1 as calibrated by matching
 * @param explanation why the matcher considers it a match, one line per piece of evidence
 */
public record WatchlistMatch(
        String passengerId,
        String list,
        String entryId,
        double score,
        Decision decision,
        String matchedName,
        List<String> explanation) {

    /** ALERT: strong match, act; REVIEW: plausible match, an analyst must look. */
    public enum Decision {
        ALERT,
        REVIEW
    }

    public WatchlistMatch {
        if (passengerId == null || passengerId.isBlank()) {
            throw new IllegalArgumentException("watchlist match passengerId is required");
        }
        if (decision == null) {
            throw new IllegalArgumentException("watchlist match decision is required (ALERT or REVIEW)");
        }
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }
}
