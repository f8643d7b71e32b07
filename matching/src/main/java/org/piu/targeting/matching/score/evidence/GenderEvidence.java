package org.piu.targeting.matching.score.evidence;

import org.piu.targeting.matching.watchlist.Gender;

/**
 * Gender evidence: a conflict lowers the score; the same gender is shown but adds nothing (half of all people
 * share it). Unknown on either side says nothing.
 */
public final class GenderEvidence {

    private final ScoringWeights weights;

    public GenderEvidence(ScoringWeights weights) {
        this.weights = weights;
    }

    public Finding weigh(Gender passenger, Gender listed) {
        if (passenger == Gender.UNKNOWN || listed == Gender.UNKNOWN) {
            return Finding.NONE;
        }
        if (passenger == listed) {
            return Finding.neutral(() -> "gender " + passenger + " = " + listed);
        }
        return Finding.contradicts(weights.genderConflict(), () -> "gender " + passenger + " ≠ " + listed);
    }
}
