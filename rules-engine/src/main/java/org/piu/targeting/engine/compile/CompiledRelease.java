package org.piu.targeting.engine.compile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.piu.targeting.engine.facts.FlightFacts;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleProblem;

/**
 * An immutable compiled set of rules: what an assessment runs against. Identified by the id its publisher gave
 * it and by a SHA-256 over its canonical content (rule documents with revisions, and named lists), so two
 * releases with the same hash assess identically. Rules that failed validation or compilation are not in it;
 * {@link #problems()} says which and why.
 */
public final class CompiledRelease {

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private final String id;
    private final String hash;
    private final Instant compiledAt;
    private final Duration compileTime;
    private final List<CompiledRule> rules;
    private final Map<String, CompiledRule> rulesById;
    private final CompiledRule[] byIndex;
    private final List<CompiledRule> inIndexOrder;
    private final List<RuleProblem> problems;
    private final List<NamedList> lists;
    private final KieBase kieBase;
    private final RuleConstants constants;
    /** For a renamed release: the original, kept reachable because its cleaner frees the constants both use. */
    private final CompiledRelease origin;

    CompiledRelease(
            String id,
            String hash,
            Instant compiledAt,
            Duration compileTime,
            List<CompiledRule> rules,
            List<RuleProblem> problems,
            List<NamedList> lists,
            KieBase kieBase,
            RuleConstants constants) {
        this.id = id;
        this.hash = hash;
        this.compiledAt = compiledAt;
        this.compileTime = compileTime;
        this.rules = List.copyOf(rules);
        this.rulesById =
                rules.stream().collect(Collectors.toUnmodifiableMap(CompiledRule::ruleId, Function.identity()));
        this.byIndex = new CompiledRule
                [rules.stream().mapToInt(CompiledRule::index).max().orElse(-1) + 1];
        rules.forEach(r -> byIndex[r.index()] = r);
        this.inIndexOrder =
                Arrays.stream(byIndex).filter(java.util.Objects::nonNull).toList();
        this.problems = List.copyOf(problems);
        this.lists = List.copyOf(lists);
        this.kieBase = kieBase;
        this.constants = constants;
        this.origin = null;
        int slot = constants.slot();
        CLEANER.register(this, () -> RuleConstants.release(slot));
    }

    private CompiledRelease(CompiledRelease origin, String id) {
        this.id = id;
        this.hash = origin.hash;
        this.compiledAt = origin.compiledAt;
        this.compileTime = origin.compileTime;
        this.rules = origin.rules;
        this.rulesById = origin.rulesById;
        this.byIndex = origin.byIndex;
        this.inIndexOrder = origin.inIndexOrder;
        this.problems = origin.problems;
        this.lists = origin.lists;
        this.kieBase = origin.kieBase;
        this.constants = origin.constants;
        this.origin = origin.origin != null ? origin.origin : origin;
    }

    /**
     * The same compiled rules under another id: a candidate that passed the release gate becomes "release-7"
     * without compiling 1,000 rules a second time.
     */
    public CompiledRelease withId(String newId) {
        return new CompiledRelease(this, newId);
    }

    /** A release without rules, for an engine that has not been given one yet. */
    public static CompiledRelease empty(String id) {
        RuleConstants k = new RuleConstants();
        k.freeze();
        return new CompiledRelease(
                id,
                ReleaseCompiler.hash(List.of(), List.of()),
                Instant.now(),
                Duration.ZERO,
                List.of(),
                List.of(),
                List.of(),
                null,
                k);
    }

    public String id() {
        return id;
    }

    /** SHA-256 (hex) over the canonical rule documents, their revisions and the named lists. */
    public String hash() {
        return hash;
    }

    public Instant compiledAt() {
        return compiledAt;
    }

    public Duration compileTime() {
        return compileTime;
    }

    /** The rules in the release, ordered by rule id. */
    public List<CompiledRule> rules() {
        return rules;
    }

    /** The rules in the order {@link #evaluate} returns their matches. */
    public List<CompiledRule> rulesInIndexOrder() {
        return inIndexOrder;
    }

    public Optional<CompiledRule> rule(String ruleId) {
        return Optional.ofNullable(rulesById.get(ruleId));
    }

    /** Validation and compilation problems: errors name rules that were excluded; warnings do not exclude. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** Problems of one rule (empty when it compiled cleanly). */
    public List<RuleProblem> problems(String ruleId) {
        return problems.stream().filter(p -> ruleId.equals(p.ruleId())).toList();
    }

    public List<NamedList> lists() {
        return lists;
    }

    /** A rule and the passenger it hit, with the watchlist matches that made it hit (for watchlist rules). */
    public record RuleMatch(CompiledRule rule, PassengerFacts passenger, List<WatchlistFacts> watchlist) {}

    /**
     * Runs the rules over one flight's facts in a fresh session and returns every match, ordered by rule (id) then
     * passenger (manifest order). Thread-safe: the release is shared, the session is not.
     */
    public List<RuleMatch> evaluate(FlightFacts facts) {
        if (kieBase == null || facts.passengers().isEmpty()) {
            return List.of();
        }
        HitSink sink = new HitSink();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("sink", sink);
            for (PassengerFacts p : facts.passengers()) {
                session.insert(p);
            }
            for (WatchlistFacts w : facts.watchlist()) {
                session.insert(w);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
            // the constants table slot lives as long as this release: keep it alive until the rules have run
            java.lang.ref.Reference.reachabilityFence(this);
        }
        long[] hits = sink.sorted();
        // by ordinal, not by position: the facts may be a part of the flight (FlightFacts.without)
        PassengerFacts[] byOrdinal = new PassengerFacts
                [facts.passengers().stream()
                                .mapToInt(PassengerFacts::ordinal)
                                .max()
                                .orElse(-1)
                        + 1];
        facts.passengers().forEach(p -> byOrdinal[p.ordinal()] = p);
        Map<Integer, WatchlistFacts> matchByOrdinal =
                facts.watchlist().stream().collect(Collectors.toMap(WatchlistFacts::matchOrdinal, Function.identity()));
        List<RuleMatch> out = new ArrayList<>();
        int i = 0;
        while (i < hits.length) {
            int rule = HitSink.rule(hits[i]);
            int passenger = HitSink.passenger(hits[i]);
            List<WatchlistFacts> matches = new ArrayList<>();
            while (i < hits.length && HitSink.rule(hits[i]) == rule && HitSink.passenger(hits[i]) == passenger) {
                int m = HitSink.match(hits[i]);
                if (m >= 0) {
                    matches.add(matchByOrdinal.get(m));
                }
                i++;
            }
            out.add(new RuleMatch(byIndex[rule], byOrdinal[passenger], List.copyOf(matches)));
        }
        return out;
    }

    @Override
    public String toString() {
        return "release " + id + " (" + rules.size() + " rules, "
                + problems.stream().filter(RuleProblem::isError).count() + " errors, sha256 " + hash.substring(0, 12)
                + ")";
    }
}
