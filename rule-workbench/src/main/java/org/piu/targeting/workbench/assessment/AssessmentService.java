package org.piu.targeting.workbench.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.assess.PassengerAssessment;
import org.piu.targeting.engine.assess.Reassessment;
import org.piu.targeting.messages.ParsedMessages;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MessageSource;
import org.piu.targeting.model.ScreeningStatus;
import org.piu.targeting.workbench.archive.ArchivedFlight;
import org.piu.targeting.workbench.archive.AssessmentArchive;
import org.piu.targeting.workbench.audit.AuditLog;
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
    private final AuditLog auditLog;
    private final Clock clock;
    private final ReentrantLock[] flightLocks = newLocks(64);

    public AssessmentService(
            RiskEngine engine,
            PassengerScreening screening,
            AssessmentArchive archive,
            AdmissionControl admission,
            AuditLog auditLog,
            Clock clock) {
        this.engine = engine;
        this.screening = screening;
        this.archive = archive;
        this.admission = admission;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @param source      how the manifest arrived
     * @param contentHash of the content as received (the whole message for EDIFACT; per flight when a message
     *                    carries several flights the caller passes hash + "#" + index)
     */
    public AssessmentResult assess(FlightManifest manifest, MessageSource source, String contentHash) {
        return assess(manifest, source, contentHash, Set.of());
    }

    /**
     * Every flight of a parsed PAXLST or PNRGOV. A message carrying several flights gives each its own content hash
     * (message hash + "#" + index) so that repeats are recognised flight by flight.
     */
    public List<AssessmentResult> assess(ParsedMessages parsed) {
        List<AssessmentResult> results = new ArrayList<>();
        List<FlightManifest> manifests = parsed.manifests();
        for (int i = 0; i < manifests.size(); i++) {
            String hash = manifests.size() == 1 ? parsed.contentHash() : parsed.contentHash() + "#" + i;
            results.add(assess(manifests.get(i), parsed.kind().source(), hash, Set.copyOf(parsed.cancelledBookings())));
        }
        return results;
    }

    /**
     * @param cancelledBookings record locators a PNR update push cancelled: they and the passengers only they carried
     *                          leave the flight before the new data is merged in
     */
    public AssessmentResult assess(
            FlightManifest manifest, MessageSource source, String contentHash, Set<String> cancelledBookings) {
        ManifestCheck.require(manifest);
        return admission.admit(() -> {
            // One flight at a time: two messages of a flight assessed concurrently would each merge into the same
            // earlier version and one of them would be lost from every later merge.
            var lock = flightLocks[Math.floorMod(manifest.flight().key().hashCode(), flightLocks.length)];
            lock.lock();
            try {
                return assessAdmitted(manifest, source, contentHash, cancelledBookings);
            } finally {
                lock.unlock();
            }
        });
    }

    private AssessmentResult assessAdmitted(
            FlightManifest manifest, MessageSource source, String contentHash, Set<String> cancelledBookings) {
        List<String> warnings = new ArrayList<>();
        Optional<ArchivedFlight> earlier = Optional.empty();
        try {
            Optional<ArchivedFlight> same = archive.byContentHash(contentHash);
            // A repeat gets its earlier answer only if that answer was complete and made by the release now active;
            // a DEGRADED or outdated one is assessed again, so a resend can repair it.
            if (same.isPresent()
                    && same.get().screening() == ScreeningStatus.COMPLETE
                    && Objects.equals(
                            same.get().releaseHash(),
                            engine.active().map(r -> r.hash()).orElse(null))) {
                return new AssessmentResult(
                        same.get().assessment(),
                        contentHash,
                        true,
                        true,
                        same.get().sentPassengerIds());
            }
            earlier = archive.latestOf(manifest.flight().key())
                    .map(e -> cancelledBookings.isEmpty()
                            ? e
                            : e.withManifest(FlightMerger.withoutBookings(e.manifest(), cancelledBookings)));
        } catch (RuntimeException e) {
            warnings.add("archive unavailable (" + e.getMessage() + "): repeats are not recognised and earlier data"
                    + " of this flight is not merged");
        }
        boolean api = source != MessageSource.PNRGOV;
        FlightMerger.Merged joined = earlier.map(e -> FlightMerger.merge(e.manifest(), manifest, api))
                .orElseGet(() -> FlightMerger.Merged.first(manifest));
        FlightManifest merged = joined.manifest();
        if (earlier.isPresent()) {
            warnings.add("merged with data of this flight received at "
                    + earlier.get().receivedAt() + " (" + earlier.get().source() + ")");
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
        if (screened.reason() != null && screened.status() == ScreeningStatus.DEGRADED) {
            warnings.add("watchlist screening DEGRADED: " + screened.reason());
        }
        // passengers whose facts are unchanged since the flight's last assessment keep its hits (same release)
        Reassessment rules = engine.reassess(
                merged,
                screened.matches(),
                screened.status(),
                earlier.flatMap(ArchivedFlight::asEarlier).orElse(null));
        if (rules.kept() > 0) {
            warnings.add("rules run for " + rules.evaluated() + " passengers whose data changed; " + rules.kept()
                    + " unchanged passengers keep their hits of "
                    + earlier.map(e -> e.receivedAt().toString()).orElse("")
                    + " (same release)");
        }
        Assessment assessment = rules.assessment();
        if (!warnings.isEmpty()) {
            List<String> all = new ArrayList<>(assessment.warnings());
            all.addAll(warnings);
            assessment = new Assessment(
                    assessment.flightKey(),
                    assessment.release(),
                    assessment.screening(),
                    assessment.passengers(),
                    assessment.totals(),
                    all);
        }
        List<String> sent = manifest.passengers().stream()
                .map(p -> joined.idOfSent().get(p.id()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        boolean archived = store(merged, assessment, source, contentHash, screened, rules, sent);
        return new AssessmentResult(assessment, contentHash, false, archived, sent);
    }

    /** The most recently received flights, newest first, as the archive keeps them. */
    public List<ArchivedFlight> recent(int count) {
        return archive.recent(count);
    }

    /** One archived assessment by its id (the content hash of what was received); empty once retention deleted it. */
    public Optional<ArchivedFlight> archived(String id) {
        return archive.byContentHash(id);
    }

    /**
     * One archived assessment for someone who will see the personal data of its passengers with hits: each of those
     * passengers is recorded in the consultation log first (EU PNR Directive art. 13). When the log cannot record
     * it, the data is not shown (the exception says why).
     *
     * @param purpose why the data is shown (the screen, or the review item)
     */
    public Optional<ArchivedFlight> consult(String id, String user, String purpose) {
        Optional<ArchivedFlight> found = archive.byContentHash(id);
        found.ifPresent(flight -> flight.assessment().passengers().stream()
                .filter(p -> !p.hits().isEmpty())
                .forEach(p -> auditLog.recordConsultation(user, flight.flightKey(), p.id(), purpose)));
        return found;
    }

    private static ReentrantLock[] newLocks(int n) {
        var locks = new ReentrantLock[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    private boolean store(
            FlightManifest manifest,
            Assessment assessment,
            MessageSource source,
            String contentHash,
            PassengerScreening.Outcome screened,
            Reassessment rules,
            List<String> sent) {
        try {
            var totals = assessment.totals();
            archive.store(new ArchivedFlight(
                    contentHash,
                    assessment.flightKey(),
                    source,
                    clock.instant(),
                    assessment.release() == null ? null : assessment.release().id(),
                    assessment.release() == null ? null : assessment.release().hash(),
                    assessment.screening(),
                    totals.passengers(),
                    totals.passengersWithHits(),
                    totals.ruleHits(),
                    totals.watchlistHits(),
                    assessment.passengers().stream()
                            .mapToInt(PassengerAssessment::riskScore)
                            .max()
                            .orElse(0),
                    assessment.passengers().stream()
                            .flatMap(p -> p.hits().stream())
                            .filter(h -> h.type() == HitType.RULE)
                            .map(h -> h.ruleId())
                            .distinct()
                            .sorted()
                            .toList(),
                    false,
                    manifest,
                    assessment,
                    screened.matches(),
                    screened.watchlistState(),
                    rules.factDigests(),
                    rules.runawayMatches(),
                    sent));
            return true;
        } catch (RuntimeException e) {
            log.warn("flight {} assessed but not archived: {}", assessment.flightKey(), e.getMessage());
            return false;
        }
    }
}
