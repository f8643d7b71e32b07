package org.piu.targeting.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.EarlierAssessment;
import org.piu.targeting.engine.assess.FlightAssessor;
import org.piu.targeting.engine.assess.Reassessment;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.ScreeningStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine the ingest pipeline calls once per flight. It holds the active release; a new release (compiled in
 * the background by {@link org.piu.targeting.engine.compile.ReleaseCompiler}) is swapped in atomically, and an
 * assessment already running finishes on the release it started with.
 */
public final class RiskEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RiskEngine.class);
    private static final CompiledRelease NONE = CompiledRelease.empty("none");

    private final AtomicReference<CompiledRelease> active = new AtomicReference<>();
    private final FlightAssessor assessor;
    private final EngineSettings settings;

    public RiskEngine(EngineSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.assessor = new FlightAssessor(settings);
    }

    public EngineSettings settings() {
        return settings;
    }

    /** Makes the release the one every following assessment uses; returns the one it replaced, if any. */
    public Optional<CompiledRelease> activate(CompiledRelease release) {
        Objects.requireNonNull(release, "release");
        CompiledRelease previous = active.getAndSet(release);
        LOG.info("activated {} (was {})", release, previous == null ? "none" : previous.id());
        return Optional.ofNullable(previous);
    }

    public Optional<CompiledRelease> active() {
        return Optional.ofNullable(active.get());
    }

    public Assessment assess(FlightManifest manifest) {
        return assess(manifest, List.of(), ScreeningStatus.COMPLETE);
    }

    public Assessment assess(FlightManifest manifest, List<PassengerMatch> matches) {
        return assess(manifest, matches, ScreeningStatus.COMPLETE);
    }

    /**
     * Assesses a flight against the active release. Without an active release only watchlist and document hits
     * are produced, and the assessment says so in its warnings.
     */
    public Assessment assess(FlightManifest manifest, List<PassengerMatch> matches, ScreeningStatus screening) {
        CompiledRelease release = active.get();
        if (release == null) {
            Assessment a = assessor.assess(NONE, manifest, matches, screening);
            List<String> warnings = new java.util.ArrayList<>(a.warnings());
            warnings.add(0, "no rule release is active: only watchlist and document checks were applied");
            return new Assessment(a.flightKey(), a.release(), a.screening(), a.passengers(), a.totals(), warnings);
        }
        return assessor.assess(release, manifest, matches, screening);
    }

    /**
     * Assesses a flight against the active release, re-running the rules only for passengers whose facts changed
     * since {@code earlier} (see {@link FlightAssessor#reassess}); the result is the same as a full assessment.
     */
    public Reassessment reassess(
            FlightManifest manifest,
            List<PassengerMatch> matches,
            ScreeningStatus screening,
            EarlierAssessment earlier) {
        CompiledRelease release = active.get();
        if (release == null) {
            Assessment a = assess(manifest, matches, screening);
            return new Reassessment(
                    a, java.util.Map.of(), java.util.Map.of(), a.passengers().size(), 0);
        }
        return assessor.reassess(release, manifest, matches, screening, earlier);
    }

    /**
     * Runs a release over a fixed flight of a few hundred passengers ({@link WarmUpFlight}) a few times before it is
     * activated, off the request path: Drools interprets a constraint for its first evaluations and compiles it to
     * bytecode afterwards, so without this the first real flights after a swap are slower.
     */
    public void warmUp(CompiledRelease release, int rounds) {
        for (int i = 0; i < rounds; i++) {
            assessor.assess(release, WarmUpFlight.manifest(), WarmUpFlight.matches(), ScreeningStatus.COMPLETE);
        }
    }

    /** Assesses against a given release without activating it (scenarios, backtests, what-if). */
    public Assessment assess(
            CompiledRelease release, FlightManifest manifest, List<PassengerMatch> matches, ScreeningStatus screening) {
        return assessor.assess(release, manifest, matches, screening);
    }
}
