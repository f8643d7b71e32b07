package org.piu.targeting.matching.score;

import java.util.List;

/**
 * A scored comparison of a person with a list entry: the calibrated score in 0..1, the name part of it, the list
 * name that matched best and the reviewer-readable explanation.
 */
public record ScoredMatch(double score, double nameScore, String matchedName, List<String> explanation) {
    public ScoredMatch {
        explanation = List.copyOf(explanation);
    }
}
