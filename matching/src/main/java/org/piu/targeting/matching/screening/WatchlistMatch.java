package org.piu.targeting.matching.screening;

import java.util.List;
import org.piu.targeting.model.MatchDecision;

/**
 * A reported match of a person with a list entry. {@code type} NAME for name(+DOB…) matches, DOCUMENT when the
 * person's travel-document number is on the entry.
 */
public record WatchlistMatch(
        String list,
        String entryId,
        double score,
        MatchDecision decision,
        String matchedName,
        List<String> explanation,
        Type type) {

    public enum Type {
        NAME,
        DOCUMENT
    }

    public WatchlistMatch {
        explanation = List.copyOf(explanation);
    }
}
