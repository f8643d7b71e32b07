package org.piu.targeting.workbench.archive;

import java.time.Instant;
import java.util.List;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MessageSource;
import org.piu.targeting.model.ScreeningStatus;

/**
 * One assessed flight as kept in the archive: what was received, what the engine said, and summary fields that
 * statistics and backtests query without reading the documents.
 *
 * @param id          the content hash of what the pipeline sent: a repeated message finds its earlier result by it
 * @param source      how the data arrived (JSON manifest, PAXLST or PNRGOV)
 * @param manifest    the flight as assessed (API and PNR merged); depersonalised once {@code masked}
 * @param screeningMatches the watchlist matches of a COMPLETE screening, reused for passengers whose identity is
 *                    unchanged when more data of the flight arrives (empty after a DEGRADED screening)
 * @param screeningState the watchlists (index behind each alias, thresholds) those matches were found in
 * @param factDigests passenger id → digest of the facts their hits were made from: passengers whose digest is
 *                    unchanged when more data of the flight arrives keep their hits (RiskEngine.reassess)
 * @param runawayMatches per runaway rule, every passenger it hit, also those beyond the itemization cap
 * @param sentPassengerIds the passengers the message itself carried, by their id in this flight: a repeat of the
 *                    message answers for the same people (an iAPI PAXLST's "P1" may be the flight's "P57")
 */
public record ArchivedFlight(
        String id,
        String flightKey,
        MessageSource source,
        Instant receivedAt,
        String releaseId,
        String releaseHash,
        ScreeningStatus screening,
        int passengers,
        int passengersWithHits,
        int ruleHits,
        int watchlistHits,
        int maxRiskScore,
        List<String> hitRuleIds,
        boolean masked,
        FlightManifest manifest,
        Assessment assessment,
        List<PassengerMatch> screeningMatches,
        String screeningState,
        java.util.Map<String, String> factDigests,
        java.util.Map<String, List<String>> runawayMatches,
        List<String> sentPassengerIds) {
    public ArchivedFlight {
        sentPassengerIds = sentPassengerIds == null ? List.of() : List.copyOf(sentPassengerIds);
        factDigests = factDigests == null ? java.util.Map.of() : java.util.Map.copyOf(factDigests);
        runawayMatches = runawayMatches == null ? java.util.Map.of() : java.util.Map.copyOf(runawayMatches);
        hitRuleIds = hitRuleIds == null ? List.of() : List.copyOf(hitRuleIds);
        screeningMatches = screeningMatches == null ? List.of() : List.copyOf(screeningMatches);
    }

    /** What this assessment leaves to the next one of the flight (none once masked). */
    public java.util.Optional<org.piu.targeting.engine.assess.EarlierAssessment> asEarlier() {
        return masked || assessment == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        new org.piu.targeting.engine.assess.EarlierAssessment(assessment, factDigests, runawayMatches));
    }

    /** This flight as if the given bookings had never been received (a PNR update push cancelled them). */
    public ArchivedFlight withoutBookings(java.util.Set<String> cancelled) {
        return new ArchivedFlight(
                id,
                flightKey,
                source,
                receivedAt,
                releaseId,
                releaseHash,
                screening,
                passengers,
                passengersWithHits,
                ruleHits,
                watchlistHits,
                maxRiskScore,
                hitRuleIds,
                masked,
                org.piu.targeting.workbench.assessment.FlightMerger.withoutBookings(manifest, cancelled),
                assessment,
                screeningMatches,
                screeningState,
                factDigests,
                runawayMatches,
                sentPassengerIds);
    }

    public ArchivedFlight depersonalised() {
        return new ArchivedFlight(
                id,
                flightKey,
                source,
                receivedAt,
                releaseId,
                releaseHash,
                screening,
                passengers,
                passengersWithHits,
                ruleHits,
                watchlistHits,
                maxRiskScore,
                hitRuleIds,
                true,
                Depersonalisation.mask(manifest),
                Depersonalisation.mask(assessment),
                List.of(),
                null,
                java.util.Map.of(),
                java.util.Map.of(),
                sentPassengerIds);
    }
}
