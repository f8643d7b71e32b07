package org.piu.targeting.engine.assess;

import java.util.List;

/**
 * Per-flight figures: passengers assessed and flagged, hits by type, and hits per rule (ordered by rule id)
 * including those not itemized because of the runaway cap.
 */
public record AssessmentTotals(
        int passengers,
        int passengersWithHits,
        int ruleHits,
        int watchlistHits,
        int documentHits,
        List<RuleHitCount> rules,
        List<String> runawayRules,
        long evaluationMicros) {
    public AssessmentTotals {
        rules = List.copyOf(rules);
        runawayRules = List.copyOf(runawayRules);
    }
}
