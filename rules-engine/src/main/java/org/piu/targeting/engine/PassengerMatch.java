package org.piu.targeting.engine;

import java.util.List;
import org.piu.targeting.model.MatchDecision;

/**
 * A passenger's match against a watchlist entry: the engine's input from screening. The app converts the matching
 * module's per-person {@code WatchlistMatch} into these, adding the passenger it belongs to; the engine keeps its
 * own type so that it needs nothing of matching (Elasticsearch, scoring). Matches enter the rules as facts
 * ({@code watchlist.decision}, {@code watchlist.list}, {@code watchlist.score}, {@code watchlist.entryId}) and each
 * also becomes a WATCHLIST hit of the passenger.
 *
 * @param score       match score in 0..1 as calibrated by matching
 * @param explanation why the matcher considers it a match, one line per piece of evidence
 */
public record PassengerMatch(
        String passengerId,
        String list,
        String entryId,
        double score,
        MatchDecision decision,
        String matchedName,
        List<String> explanation) {

    public PassengerMatch {
        if (passengerId == null || passengerId.isBlank()) {
            throw new IllegalArgumentException("watchlist match passengerId is required");
        }
        if (decision == null) {
            throw new IllegalArgumentException("watchlist match decision is required (ALERT or REVIEW)");
        }
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }
}
