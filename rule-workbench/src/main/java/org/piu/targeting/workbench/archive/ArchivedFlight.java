package org.piu.targeting.workbench.archive;

import java.time.Instant;
import java.util.List;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.model.FlightManifest;

/**
 * One assessed flight as kept in the archive: what was received, what the engine said, and summary fields that
 * statistics and backtests query without reading the documents.
 *
 * @param id          the content hash of what the pipeline sent: a repeated message finds its earlier result by it
 * @param source      JSON, PAXLST or PNRGOV
 * @param manifest    the flight as assessed (API and PNR merged); depersonalised once {@code masked}
 */
public record ArchivedFlight(String id, String flightKey, String source, Instant receivedAt, String releaseId,
                             String releaseHash, String screening, int passengers, int passengersWithHits,
                             int ruleHits, int watchlistHits, int maxRiskScore, List<String> hitRuleIds,
                             boolean masked, FlightManifest manifest, Assessment assessment) {
    public ArchivedFlight {
        hitRuleIds = hitRuleIds == null ? List.of() : List.copyOf(hitRuleIds);
    }

    public ArchivedFlight depersonalised() {
        return new ArchivedFlight(id, flightKey, source, receivedAt, releaseId, releaseHash, screening, passengers,
                passengersWithHits, ruleHits, watchlistHits, maxRiskScore, hitRuleIds, true,
                Depersonalisation.mask(manifest), assessment);
    }
}
