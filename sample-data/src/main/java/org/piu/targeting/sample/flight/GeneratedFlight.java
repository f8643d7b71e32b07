package org.piu.targeting.sample.flight;

import java.util.List;
import org.piu.targeting.model.FlightManifest;

/**
 * One generated flight: the manifest the PIU receives, the aircraft it flies with, and what was planted in it
 * (so demos can point at it and tests can check the rules find it).
 */
public record GeneratedFlight(
        FlightManifest manifest,
        String aircraftType,
        List<PlantedCase> planted,
        List<WatchlistTarget> watchlistTargets,
        List<ReportedDocument> reportedDocuments) {
    public GeneratedFlight {
        planted = List.copyOf(planted);
        watchlistTargets = List.copyOf(watchlistTargets);
        reportedDocuments = List.copyOf(reportedDocuments);
    }

    public String key() {
        return manifest.flight().key();
    }
}
