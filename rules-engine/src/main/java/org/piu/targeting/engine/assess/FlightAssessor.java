package org.piu.targeting.engine.assess;

import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.WatchlistMatch;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.CompiledRelease.RuleMatch;
import org.piu.targeting.engine.compile.CompiledRule;
import org.piu.targeting.engine.facts.FactDeriver;
import org.piu.targeting.engine.facts.FlightFacts;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;
import org.piu.targeting.engine.model.FlightManifest;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Assesses one flight against one release: derives the facts, runs the rules, and turns matches, watchlist
 * matches and document checks into explained, ordered hits. Stateless and thread-safe.
 */
public final class FlightAssessor {

    /** Most severe first, then highest score, then rules before watchlist before document, then by id. */
    static final Comparator<Hit> HIT_ORDER = Comparator
            .comparing(Hit::severity, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Hit::score, Comparator.reverseOrder())
            .thenComparing(Hit::type)
            .thenComparing(h -> Objects.toString(h.ruleId(), ""))
            .thenComparing(h -> Objects.toString(h.list(), ""))
            .thenComparing(h -> Objects.toString(h.entryId(), ""));

    private final EngineSettings settings;
    private final FactDeriver deriver;

    public FlightAssessor(EngineSettings settings) {
        this.settings = settings;
        this.deriver = new FactDeriver(settings.airports(), settings.homeCountries());
    }

    public FactDeriver deriver() {
        return deriver;
    }

    public Assessment assess(CompiledRelease release, FlightManifest manifest, List<WatchlistMatch> matches,
                             Screening screening) {
        long started = System.nanoTime();
        List<WatchlistMatch> screened = matches == null ? List.of() : matches;
        FlightFacts facts = deriver.derive(manifest, screened);
        List<RuleMatch> ruleMatches = release.evaluate(facts);
        List<String> warnings = new ArrayList<>(facts.warnings());
        int n = facts.passengers().size();
        List<List<Hit>> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hits.add(new ArrayList<>());
        }
        List<RuleHitCount> counts = new ArrayList<>();
        List<String> runaway = new ArrayList<>();
        int ruleHits = 0;
        int i = 0;
        while (i < ruleMatches.size()) {
            CompiledRule rule = ruleMatches.get(i).rule();
            int j = i;
            while (j < ruleMatches.size() && ruleMatches.get(j).rule() == rule) {
                j++;
            }
            int total = j - i;
            int itemized = Math.min(total, settings.hitCapPerRule());
            for (int k = i; k < i + itemized; k++) {
                RuleMatch m = ruleMatches.get(k);
                hits.get(m.passenger().ordinal()).add(ruleHit(m));
            }
            ruleHits += itemized;
            boolean isRunaway = total > settings.hitCapPerRule();
            if (isRunaway) {
                runaway.add(rule.ruleId());
                warnings.add("rule " + rule.ruleId() + " (revision " + rule.revision() + ") hit " + total
                        + " passengers on this flight, above the cap of " + settings.hitCapPerRule()
                        + ": flagged as runaway; the first " + itemized + " hits (manifest order) are listed, "
                        + (total - itemized) + " more are counted but not itemized or scored");
            }
            counts.add(new RuleHitCount(rule.ruleId(), rule.revision(), total, itemized, isRunaway));
            i = j;
        }
        int watchlistHits = 0;
        for (WatchlistFacts w : facts.watchlist()) {
            WatchlistMatch match = screened.get(w.matchOrdinal());
            hits.get(w.passengerOrdinal()).add(watchlistHit(match));
            watchlistHits++;
        }
        int documentHits = 0;
        if (settings.documentChecks()) {
            for (PassengerFacts p : facts.passengers()) {
                for (Hit h : documentHits(p)) {
                    hits.get(p.ordinal()).add(h);
                    documentHits++;
                }
            }
        }
        List<PassengerAssessment> passengers = new ArrayList<>(n);
        int flagged = 0;
        for (PassengerFacts p : facts.passengers()) {
            List<Hit> own = hits.get(p.ordinal());
            own.sort(HIT_ORDER);
            int score = own.stream().mapToInt(Hit::score).sum();
            if (!own.isEmpty()) {
                flagged++;
            }
            passengers.add(new PassengerAssessment(p.passengerId(), score, own));
        }
        if (screening == Screening.DEGRADED) {
            warnings.add("screening was degraded: some watchlists could not be searched, watchlist hits may be missing");
        }
        long micros = (System.nanoTime() - started) / 1000;
        AssessmentTotals totals = new AssessmentTotals(n, flagged, ruleHits, watchlistHits, documentHits, counts,
                runaway, micros);
        return new Assessment(manifest.flight().key(), new ReleaseRef(release.id(), release.hash()),
                screening == null ? Screening.COMPLETE : screening, passengers, totals, warnings);
    }

    private static Hit ruleHit(RuleMatch m) {
        CompiledRule rule = m.rule();
        RuleDocument doc = rule.document();
        WatchlistFacts w = m.watchlist().isEmpty() ? null : m.watchlist().get(0);
        List<String> reasons = new ArrayList<>(ReasonWriter.explain(rule.checked().when(), m.passenger(), w));
        if (!rule.checked().directions().isEmpty()) {
            reasons.add("scope: passenger.direction = " + ReasonWriter.format(m.passenger().direction())
                    + " (in " + new java.util.TreeSet<>(rule.checked().directions()) + ")");
        }
        if (!rule.checked().routes().isEmpty()) {
            reasons.add("scope: flight.route = " + ReasonWriter.format(m.passenger().flightRoute())
                    + " (in " + new java.util.TreeSet<>(rule.checked().routes()) + ")");
        }
        if (m.watchlist().size() > 1) {
            reasons.add(m.watchlist().size() + " watchlist matches satisfy the rule; the strongest-listed first");
        }
        return new Hit(HitType.RULE, doc.id(), rule.revision(), doc.title(), doc.category(), doc.severity(),
                doc.score(), reasons, w == null ? null : w.list(), w == null ? null : w.entryId(),
                w == null ? null : w.score());
    }

    private Hit watchlistHit(WatchlistMatch match) {
        boolean alert = match.decision() == WatchlistMatch.Decision.ALERT;
        List<String> reasons = new ArrayList<>();
        reasons.add("watchlist " + match.list() + " entry " + match.entryId() + ": " + match.decision()
                + " at score " + ReasonWriter.format(match.score())
                + (match.matchedName() == null ? "" : ", matched name " + match.matchedName()));
        reasons.addAll(match.explanation());
        return new Hit(HitType.WATCHLIST, null, null, "Watchlist match: " + match.list(), "watchlist",
                alert ? Severity.CRITICAL : Severity.HIGH,
                alert ? settings.watchlistAlertScore() : settings.watchlistReviewScore(), reasons, match.list(),
                match.entryId(), match.score());
    }

    private static List<Hit> documentHits(PassengerFacts p) {
        List<Hit> out = new ArrayList<>();
        if (p.documentCount() != null && p.documentCount() == 0) {
            out.add(new Hit(HitType.DOCUMENT, "document.missing", "built-in", "No travel document reported",
                    "document", Severity.MEDIUM, 20, List.of("document.count = 0 (= 0)"), null, null, null));
        } else if (p.documentDaysValid() != null && p.documentDaysValid() < 0) {
            out.add(new Hit(HitType.DOCUMENT, "document.expired", "built-in", "Travel document expired before departure",
                    "document", Severity.HIGH, 30, List.of("document.daysValid = "
                    + ReasonWriter.format(p.documentDaysValid()) + " (< 0)", "document.expiry = " + p.documentExpiry()),
                    null, null, null));
        }
        return out;
    }
}
