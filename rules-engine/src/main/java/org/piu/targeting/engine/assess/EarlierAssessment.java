package org.piu.targeting.engine.assess;

import java.util.List;
import java.util.Map;

/**
 * What the last assessment of a flight leaves to the next one when more data of the flight arrives (a PNR push
 * after the API data, a passenger checking in): its result and, per passenger, a digest of everything the rules and
 * the hits were made from. A passenger whose digest is unchanged keeps the earlier hits instead of being run through
 * the rules again, provided the release is the same.
 *
 * @param factDigests    passenger id → digest, as returned by {@link FlightAssessor#reassess}
 * @param runawayMatches per runaway rule, every passenger it hit (also those not itemized), as returned there
 */
public record EarlierAssessment(
        Assessment assessment, Map<String, String> factDigests, Map<String, List<String>> runawayMatches) {
    public EarlierAssessment {
        factDigests = factDigests == null ? Map.of() : Map.copyOf(factDigests);
        runawayMatches = runawayMatches == null ? Map.of() : Map.copyOf(runawayMatches);
    }
}
