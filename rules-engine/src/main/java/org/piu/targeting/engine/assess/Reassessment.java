package org.piu.targeting.engine.assess;

import java.util.List;
import java.util.Map;

/**
 * An assessment made with the help of an earlier one of the same flight.
 *
 * @param factDigests passenger id → digest of the facts the passenger's hits were made from; keep it with the
 *                    assessment and pass it back in the next {@link EarlierAssessment}
 * @param runawayMatches per runaway rule, every passenger it hit in manifest order (only the first are itemized);
 *                    keep it too
 * @param evaluated   passengers run through the rules now
 * @param kept        passengers whose facts were unchanged and who kept the earlier hits
 */
public record Reassessment(
        Assessment assessment,
        Map<String, String> factDigests,
        Map<String, List<String>> runawayMatches,
        int evaluated,
        int kept) {
    public Reassessment {
        factDigests = Map.copyOf(factDigests);
        runawayMatches = Map.copyOf(runawayMatches);
    }

    /** What this assessment leaves to the next one of the flight. */
    public EarlierAssessment asEarlier() {
        return new EarlierAssessment(assessment, factDigests, runawayMatches);
    }
}
