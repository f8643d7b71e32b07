package org.piu.targeting.engine;

import java.util.Set;
import org.piu.targeting.model.AirportDirectory;

/**
 * How the engine judges a flight beyond the rules themselves.
 *
 * @param homeCountries        ISO alpha-3 countries the PIU serves; directions are relative to them
 * @param hitCapPerRule        hits of one rule on one flight that are itemized; beyond it the rule is flagged as
 *                             runaway (counted, warned about, not itemized)
 * @param documentChecks       add DOCUMENT hits for a missing or expired travel document
 * @param watchlistAlertScore  risk score of an ALERT watchlist match
 * @param watchlistReviewScore risk score of a REVIEW watchlist match
 */
public record EngineSettings(
        Set<String> homeCountries,
        int hitCapPerRule,
        boolean documentChecks,
        int watchlistAlertScore,
        int watchlistReviewScore,
        AirportDirectory airports) {

    public EngineSettings {
        homeCountries = Set.copyOf(homeCountries);
        if (hitCapPerRule < 1) {
            throw new IllegalArgumentException("hitCapPerRule must be at least 1, got " + hitCapPerRule);
        }
        airports = airports == null ? AirportDirectory.standard() : airports;
    }

    /** Moldova (the sample deployment), cap 50, document checks on, ALERT 100 / REVIEW 40. */
    public static EngineSettings defaults() {
        return new EngineSettings(Set.of("MDA"), 50, true, 100, 40, AirportDirectory.standard());
    }

    public EngineSettings withHomeCountries(Set<String> countries) {
        return new EngineSettings(
                countries, hitCapPerRule, documentChecks, watchlistAlertScore, watchlistReviewScore, airports);
    }

    public EngineSettings withHitCapPerRule(int cap) {
        return new EngineSettings(
                homeCountries, cap, documentChecks, watchlistAlertScore, watchlistReviewScore, airports);
    }

    public EngineSettings withDocumentChecks(boolean on) {
        return new EngineSettings(
                homeCountries, hitCapPerRule, on, watchlistAlertScore, watchlistReviewScore, airports);
    }
}
