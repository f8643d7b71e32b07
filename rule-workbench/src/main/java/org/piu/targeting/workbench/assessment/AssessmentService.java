package org.piu.targeting.workbench.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.assess.PassengerAssessment;
import org.piu.targeting.engine.model.FlightManifest;
import org.piu.targeting.workbench.archive.ArchivedFlight;
import org.piu.targeting.workbench.archive.AssessmentArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One flight: recognise a repeat, merge with what is known of the flight, screen everyone in one batch, run the
 * active release, archive. A failing archive or Elasticsearch never fails the assessment: the result says what is
 * missing (DEGRADED screening, not archived) so that nothing looks complete that is not.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final RiskEngine engine;
    private final PassengerScreening screening;
    private final AssessmentArchive archive;
    private final AdmissionControl admission;
    private final Clock clock;

    public AssessmentService(RiskEngine engine, PassengerScreening screening, AssessmentArchive archive,
                             AdmissionControl admission, Clock clock) {
        this.engine = engine;
        this.screening = screening;
        this.archive = archive;
        this.admission = admission;
        this.clock = clock;
    }

    /**
     * @param source      JSON, PAXLST or PNRGOV
     * @param contentHash of the content as received (the whole message for EDIFACT; per flight when a message
     *                    carries several flights the caller passes hash + "#" + index)
     */
    public AssessmentResult assess(FlightManifest manifest, String source, String contentHash) {
        return admission.admit(() -> assessAdmitted(manifest, source, contentHash));
    }

    private AssessmentResult assessAdmitted(FlightManifest manifest, String source, String contentHash) {
        List<String> warnings = new ArrayList<>();
        Optional<ArchivedFlight> earlier = Optional.empty();
        try {
            Optional<ArchivedFlight> same = archive.byContentHash(contentHash);
            if (same.isPresent()) {
                return new AssessmentResult(same.get().assessment(), contentHash, true, true);
            }
            earlier = archive.latestOf(manifest.flight().key());
        } catch (RuntimeException e) {
            warnings.add("archive unavailable (" + e.getMessage() + "): repeats are not recognised and earlier data"
                    + " of this flight is not merged");
        }
        boolean api = !"PNRGOV".equals(source);
        FlightManifest merged = earlier.map(e -> FlightMerger.merge(e.manifest(), manifest, api)).orElse(manifest);
        if (earlier.isPresent()) {
            warnings.add("merged with data of this flight received at " + earlier.get().receivedAt()
                    + " (" + earlier.get().source() + ")");
        }

        PassengerScreening.Outcome screened;
        try {
            screened = screening.screen(merged, earlier);
        } catch (RuntimeException e) {
            screened = PassengerScreening.Outcome.degraded(e.getMessage());
        }
        if (screened.reused() > 0) {
            warnings.add("watchlist matches of " + screened.reused() + " passengers reused from the screening of "
                    + earlier.map(e -> e.receivedAt().toString()).orElse("earlier data")
                    + " (identity and watchlists unchanged); " + screened.screened() + " screened now");
        }
        if (screened.reason() != null && screened.status() == org.piu.targeting.engine.assess.Screening.DEGRADED) {
            warnings.add("watchlist screening DEGRADED: " + screened.reason());
        }
        Assessment assessment = engine.assess(merged, screened.matches(), screened.status());
        if (engine.active().isEmpty()) {
            warnings.add("no rule release is active yet: only watchlist screening was applied");
        }
        if (!warnings.isEmpty()) {
            List<String> all = new ArrayList<>(assessment.warnings());
            all.addAll(warnings);
            assessment = new Assessment(assessment.flightKey(), assessment.release(), assessment.screening(),
                    assessment.passengers(), assessment.totals(), all);
        }
        boolean archived = store(merged, assessment, source, contentHash, screened);
        return new AssessmentResult(assessment, contentHash, false, archived);
    }

    private boolean store(FlightManifest manifest, Assessment assessment, String source, String contentHash,
                          PassengerScreening.Outcome screened) {
        try {
            var totals = assessment.totals();
            archive.store(new ArchivedFlight(contentHash, assessment.flightKey(), source, clock.instant(),
                    assessment.release() == null ? null : assessment.release().id(),
                    assessment.release() == null ? null : assessment.release().hash(),
                    assessment.screening().name(), totals.passengers(), totals.passengersWithHits(), totals.ruleHits(),
                    totals.watchlistHits(),
                    assessment.passengers().stream().mapToInt(PassengerAssessment::riskScore).max().orElse(0),
                    assessment.passengers().stream().flatMap(p -> p.hits().stream())
                            .filter(h -> h.type() == HitType.RULE).map(h -> h.ruleId()).distinct().sorted().toList(),
                    false, manifest, assessment, screened.matches(), screened.watchlistState()));
            return true;
        } catch (RuntimeException e) {
            log.warn("flight {} assessed but not archived: {}", assessment.flightKey(), e.getMessage());
            return false;
        }
    }
}
