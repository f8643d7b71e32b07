package org.piu.targeting.matching.score;

import java.util.List;

/**
 * A scored comparison of a person with a list entry: the calibrated score in 0..1, the name part of it (0 for a
 * match by travel document, where names are not compared), the list name that matched best (the primary name for
 * a document match) and the reviewer-readable explanation.
 */
public record ScoredMatch(double score, double nameScore, String matchedName, List<String> explanation) {
    public ScoredMatch {
        explanation = List.copyOf(explanation);
    }
}
