package org.piu.targeting.engine.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.PassengerMatch;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.CompiledRelease.RuleMatch;
import org.piu.targeting.engine.compile.CompiledRule;
import org.piu.targeting.engine.facts.FactDeriver;
import org.piu.targeting.engine.facts.FlightFacts;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.Severity;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MatchDecision;
import org.piu.targeting.model.ScreeningStatus;

/**
 * Assesses one flight against one release: derives the facts, runs the rules, and turns matches, watchlist
 * matches and document checks into explained, ordered hits. Stateless and thread-safe.
 */
public final class FlightAssessor {

    /** Most severe first, then highest score, then rules before watchlist before document, then by id. */
    static final Comparator<Hit> HIT_ORDER = Comparator.comparing(
                    Hit::severity, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Hit::score, Comparator.reverseOrder())
            .thenComparing(Hit::type)
            .thenComparing(h -> Objects.toString(h.ruleId(), ""))
            .thenComparing(h -> Objects.toString(h.list(), ""))
            .thenComparing(h -> Objects.toString(h.entryId(), ""));

    /** Highest score, then list and entry: independent of the order screening returned matches in. */
    private static final Comparator<WatchlistFacts> STRONGEST_FIRST = Comparator.comparing(
                    (WatchlistFacts w) -> w.score() == null ? 0.0 : w.score(), Comparator.reverseOrder())
            .thenComparing(w -> Objects.toString(w.list(), ""))
            .thenComparing(w -> Objects.toString(w.entryId(), ""));

    private final EngineSettings settings;
    private final FactDeriver deriver;

    public FlightAssessor(EngineSettings settings) {
        this.settings = settings;
        this.deriver = new FactDeriver(settings.airports(), settings.homeCountries());
    }

    public FactDeriver deriver() {
        return deriver;
    }

    public Assessment assess(
            CompiledRelease release, FlightManifest manifest, List<PassengerMatch> matches, ScreeningStatus screening) {
        long started = System.nanoTime();
        List<PassengerMatch> screened = matches == null ? List.of() : matches;
        FlightFacts facts = deriver.derive(manifest, screened);
        return build(release, manifest, facts, screened, screening, facts, Kept.NONE, started)
                .assessment();
    }

    /**
     * Assesses a flight of which an earlier assessment exists (more API or PNR data, a passenger at check-in): only
     * passengers whose facts changed since then are run through the rules; the others keep their earlier hits. The
     * facts are derived for the whole flight first, so a newcomer who shares a booking, phone or card with others
     * changes their facts too, and they are evaluated again. The result equals a full assessment of the flight;
     * the whole flight is run again when the release or settings differ, or when keeping earlier hits would change
     * which hits of a runaway rule are itemized ("the first N in manifest order").
     *
     * @param earlier the last assessment of this flight with its digests, or null
     */
    public Reassessment reassess(
            CompiledRelease release,
            FlightManifest manifest,
            List<PassengerMatch> matches,
            ScreeningStatus screening,
            EarlierAssessment earlier) {
        long started = System.nanoTime();
        List<PassengerMatch> screened = matches == null ? List.of() : matches;
        FlightFacts facts = deriver.derive(manifest, screened);
        Map<String, String> digests = FactDigests.of(facts, screened, FactDigests.basis(release.hash(), settings));
        int n = facts.passengers().size();
        Kept kept = Kept.of(facts, digests, earlier);
        if (!kept.passengers().isEmpty()) {
            Built partly = build(
                    release,
                    manifest,
                    facts,
                    screened,
                    screening,
                    facts.without(kept.passengers().keySet()),
                    kept,
                    started);
            if (partly != null) {
                return new Reassessment(
                        partly.assessment(), digests, partly.runawayMatches(), n - kept.size(), kept.size());
            }
        }
        Built whole = build(release, manifest, facts, screened, screening, facts, Kept.NONE, started);
        return new Reassessment(whole.assessment(), digests, whole.runawayMatches(), n, 0);
    }

    /** An assessment and, per runaway rule, every passenger it hit (manifest order). */
    private record Built(Assessment assessment, Map<String, List<String>> runawayMatches) {}

    /**
     * The passengers whose digest is what it was, by ordinal, with their earlier result; per rule, which of them it
     * listed before ({@code itemized}) and which it hit before (itemized or, for a runaway rule, counted only).
     */
    private record Kept(
            Map<Integer, PassengerAssessment> passengers,
            Map<String, java.util.Set<Integer>> itemized,
            Map<String, java.util.Set<Integer>> matched) {
        static final Kept NONE = new Kept(Map.of(), Map.of(), Map.of());

        int size() {
            return passengers.size();
        }

        static Kept of(FlightFacts facts, Map<String, String> digests, EarlierAssessment earlier) {
            if (earlier == null
                    || digests.size() != facts.passengers().size() // a repeated id: never guess who is who
                    // a runaway rule's hits beyond the cap are not itemized: without its list they are unknown
                    || !earlier.runawayMatches()
                            .keySet()
                            .containsAll(earlier.assessment().totals().runawayRules())) {
                return NONE;
            }
            Map<String, PassengerAssessment> before = new HashMap<>();
            for (PassengerAssessment p : earlier.assessment().passengers()) {
                if (before.putIfAbsent(p.id(), p) != null) {
                    return NONE; // a repeated id earlier: its digest and runaway matches are ambiguous
                }
            }
            Map<Integer, PassengerAssessment> kept = new HashMap<>();
            Map<String, Integer> ordinalOf = new HashMap<>();
            Map<String, java.util.Set<Integer>> itemized = new HashMap<>();
            for (PassengerFacts p : facts.passengers()) {
                PassengerAssessment known = before.get(p.passengerId());
                if (known != null
                        && digests.get(p.passengerId())
                                .equals(earlier.factDigests().get(p.passengerId()))) {
                    kept.put(p.ordinal(), known);
                    ordinalOf.put(p.passengerId(), p.ordinal());
                    known.hits().stream()
                            .filter(h -> h.type() == HitType.RULE)
                            .forEach(h -> itemized.computeIfAbsent(h.ruleId(), r -> new java.util.HashSet<>())
                                    .add(p.ordinal()));
                }
            }
            Map<String, java.util.Set<Integer>> matched = new HashMap<>();
            itemized.forEach((rule, ordinals) -> matched.put(rule, new java.util.HashSet<>(ordinals)));
            earlier.runawayMatches()
                    .forEach((rule, ids) -> ids.stream()
                            .map(ordinalOf::get)
                            .filter(java.util.Objects::nonNull)
                            .forEach(o -> matched.computeIfAbsent(rule, r -> new java.util.HashSet<>())
                                    .add(o)));
            return new Kept(kept, itemized, matched);
        }
    }

    /**
     * The assessment of the whole flight from the rules run over {@code evaluated} and the earlier results of the
     * {@code kept} passengers (every passenger is in exactly one of them); null when a kept passenger's hits would
     * differ from before because a runaway rule now itemizes other passengers than it did.
     */
    private Built build(
            CompiledRelease release,
            FlightManifest manifest,
            FlightFacts facts,
            List<PassengerMatch> screened,
            ScreeningStatus screening,
            FlightFacts evaluated,
            Kept kept,
            long started) {
        List<RuleMatch> ruleMatches = release.evaluate(evaluated);
        List<String> warnings = new ArrayList<>(facts.warnings());
        int n = facts.passengers().size();
        List<List<Hit>> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hits.add(new ArrayList<>());
        }
        List<RuleHitCount> counts = new ArrayList<>();
        List<String> runaway = new ArrayList<>();
        Map<String, List<String>> runawayMatches = new java.util.LinkedHashMap<>();
        int cap = settings.hitCapPerRule();
        int i = 0;
        for (CompiledRule rule : release.rulesInIndexOrder()) {
            int j = i;
            while (j < ruleMatches.size() && ruleMatches.get(j).rule() == rule) {
                j++;
            }
            List<RuleMatch> fresh = ruleMatches.subList(i, j);
            i = j;
            java.util.Set<Integer> before = kept.matched().getOrDefault(rule.ruleId(), java.util.Set.of());
            int total = fresh.size() + before.size();
            if (total == 0) {
                continue;
            }
            int itemized = Math.min(total, cap);
            // every passenger the rule hit, in manifest order: the first `itemized` of them are listed
            java.util.TreeSet<Integer> hitOrdinals = new java.util.TreeSet<>(before);
            fresh.forEach(m -> hitOrdinals.add(m.passenger().ordinal()));
            int last = hitOrdinals.stream().skip(itemized - 1L).findFirst().orElseThrow();
            java.util.Set<Integer> listedBefore = kept.itemized().getOrDefault(rule.ruleId(), java.util.Set.of());
            for (int ordinal : before) {
                if ((ordinal <= last) != listedBefore.contains(ordinal)) {
                    return null;
                }
            }
            for (RuleMatch m : fresh) {
                if (m.passenger().ordinal() <= last) {
                    hits.get(m.passenger().ordinal()).add(ruleHit(m));
                }
            }
            boolean isRunaway = total > cap;
            if (isRunaway) {
                runaway.add(rule.ruleId());
                runawayMatches.put(
                        rule.ruleId(),
                        hitOrdinals.stream()
                                .map(o -> facts.passengers().get(o).passengerId())
                                .toList());
                warnings.add("rule " + rule.ruleId() + " (revision " + rule.revision() + ") hit " + total
                        + " passengers on this flight, above the cap of " + cap
                        + ": flagged as runaway; the first " + itemized + " hits (manifest order) are listed, "
                        + (total - itemized) + " more are counted but not itemized or scored");
            }
            counts.add(new RuleHitCount(rule.ruleId(), rule.revision(), total, itemized, isRunaway));
        }
        for (WatchlistFacts w : evaluated.watchlist()) {
            hits.get(w.passengerOrdinal()).add(watchlistHit(screened.get(w.matchOrdinal())));
        }
        if (settings.documentChecks()) {
            for (PassengerFacts p : evaluated.passengers()) {
                hits.get(p.ordinal()).addAll(documentHits(p));
            }
        }
        List<PassengerAssessment> passengers = new ArrayList<>(n);
        int flagged = 0;
        int ruleHits = 0;
        int watchlistHits = 0;
        int documentHits = 0;
        for (PassengerFacts p : facts.passengers()) {
            PassengerAssessment assessed = kept.passengers().get(p.ordinal());
            if (assessed == null) {
                List<Hit> own = hits.get(p.ordinal());
                own.sort(HIT_ORDER);
                assessed = new PassengerAssessment(
                        p.passengerId(), own.stream().mapToInt(Hit::score).sum(), own);
            }
            if (!assessed.hits().isEmpty()) {
                flagged++;
            }
            for (Hit h : assessed.hits()) {
                switch (h.type()) {
                    case RULE -> ruleHits++;
                    case WATCHLIST -> watchlistHits++;
                    case DOCUMENT -> documentHits++;
                }
            }
            passengers.add(assessed);
        }
        if (screening == ScreeningStatus.DEGRADED) {
            warnings.add(
                    "screening was degraded: some watchlists could not be searched, watchlist hits may be missing");
        }
        long micros = (System.nanoTime() - started) / 1000;
        AssessmentTotals totals =
                new AssessmentTotals(n, flagged, ruleHits, watchlistHits, documentHits, counts, runaway, micros);
        return new Built(
                new Assessment(
                        manifest.flight().key(),
                        new ReleaseRef(release.id(), release.hash()),
                        screening == null ? ScreeningStatus.COMPLETE : screening,
                        passengers,
                        totals,
                        warnings),
                runawayMatches);
    }

    private static Hit ruleHit(RuleMatch m) {
        CompiledRule rule = m.rule();
        RuleDocument doc = rule.document();
        // the strongest match names the hit, whatever order screening returned the matches in
        WatchlistFacts w = m.watchlist().stream().min(STRONGEST_FIRST).orElse(null);
        List<String> reasons =
                new ArrayList<>(ReasonWriter.explain(rule.checked().when(), m.passenger(), w));
        if (!rule.checked().directions().isEmpty()) {
            reasons.add("scope: passenger.direction = "
                    + ReasonWriter.format(m.passenger().direction()) + " (in "
                    + new java.util.TreeSet<>(rule.checked().directions()) + ")");
        }
        if (!rule.checked().routes().isEmpty()) {
            reasons.add(
                    "scope: flight.route = " + ReasonWriter.format(m.passenger().flightRoute()) + " (in "
                            + new java.util.TreeSet<>(rule.checked().routes()) + ")");
        }
        if (m.watchlist().size() > 1) {
            reasons.add(m.watchlist().size() + " watchlist matches satisfy the rule; the strongest is named");
        }
        return new Hit(
                HitType.RULE,
                doc.id(),
                rule.revision(),
                doc.title(),
                doc.category(),
                doc.severity(),
                doc.score(),
                reasons,
                w == null ? null : w.list(),
                w == null ? null : w.entryId(),
                w == null ? null : w.score());
    }

    private Hit watchlistHit(PassengerMatch match) {
        boolean alert = match.decision() == MatchDecision.ALERT;
        List<String> reasons = new ArrayList<>();
        reasons.add("watchlist " + match.list() + " entry " + match.entryId() + ": " + match.decision()
                + " at score " + ReasonWriter.format(match.score())
                + (match.matchedName() == null ? "" : ", matched name " + match.matchedName()));
        reasons.addAll(match.explanation());
        return new Hit(
                HitType.WATCHLIST,
                null,
                null,
                "Watchlist match: " + match.list(),
                "watchlist",
                alert ? Severity.CRITICAL : Severity.HIGH,
                alert ? settings.watchlistAlertScore() : settings.watchlistReviewScore(),
                reasons,
                match.list(),
                match.entryId(),
                match.score());
    }

    private static List<Hit> documentHits(PassengerFacts p) {
        List<Hit> out = new ArrayList<>();
        if (p.documentCount() != null && p.documentCount() == 0) {
            out.add(new Hit(
                    HitType.DOCUMENT,
                    "document.missing",
                    "built-in",
                    "No travel document reported",
                    "document",
                    Severity.MEDIUM,
                    20,
                    List.of("document.count = 0 (= 0)"),
                    null,
                    null,
                    null));
        } else if (p.documentDaysValid() != null && p.documentDaysValid() < 0) {
            out.add(new Hit(
                    HitType.DOCUMENT,
                    "document.expired",
                    "built-in",
                    "Travel document expired before departure",
                    "document",
                    Severity.HIGH,
                    30,
                    List.of(
                            "document.daysValid = " + ReasonWriter.format(p.documentDaysValid()) + " (< 0)",
                            "document.expiry = " + p.documentExpiry()),
                    null,
                    null,
                    null));
        }
        return out;
    }
}
