package org.piu.targeting.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.FlightAssessor;
import org.piu.targeting.engine.assess.Hit;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.assess.PassengerAssessment;
import org.piu.targeting.engine.assess.RuleHitCount;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.model.ScreeningStatus;

/**
 * Runs a scenario against a compiled release (not necessarily the active one) and compares what happened with
 * what was expected.
 */
public final class ScenarioRunner {

    private final FlightAssessor assessor;

    public ScenarioRunner(EngineSettings settings) {
        this.assessor = new FlightAssessor(settings);
    }

    public ScenarioResult run(Scenario scenario, CompiledRelease release) {
        if (scenario.given() == null || scenario.given().manifest() == null) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " has no given.manifest");
        }
        Assessment a = assessor.assess(
                release, scenario.given().manifest(), scenario.given().watchlistMatches(), ScreeningStatus.COMPLETE);
        List<ScenarioResult.Outcome> outcomes = new ArrayList<>();
        Scenario.Expect expect = scenario.expect() == null ? new Scenario.Expect(null, null) : scenario.expect();
        for (Scenario.HitExpectation e : expect.hits()) {
            String what = "passenger " + e.passenger() + " " + (e.hit() ? "is" : "is not") + " hit by rule " + e.rule();
            String missing = missingRule(release, e.rule());
            Optional<PassengerAssessment> p = a.passenger(e.passenger());
            if (p.isEmpty()) {
                outcomes.add(new ScenarioResult.Outcome(
                        what,
                        false,
                        e.hit() ? "hit" : "no hit",
                        "passenger " + e.passenger() + " is not in the manifest"));
                continue;
            }
            boolean hit = p.get().hits().stream()
                    .anyMatch(h -> h.type() == HitType.RULE && e.rule().equals(h.ruleId()));
            boolean counted =
                    a.totals().rules().stream().anyMatch(c -> c.ruleId().equals(e.rule()))
                            && !hit
                            && runawayHidden(a, e.rule());
            boolean actual = hit || counted;
            String actualText = actual
                    ? "hit" + reasonsOf(p.get(), e.rule())
                    : "no hit" + (missing == null ? "" : " (" + missing + ")");
            outcomes.add(new ScenarioResult.Outcome(what, actual == e.hit(), e.hit() ? "hit" : "no hit", actualText));
        }
        for (Scenario.CountExpectation e : expect.counts()) {
            String what = "rule " + e.rule() + " hits " + e.count() + " passenger(s)";
            RuleHitCount count = a.totals().rules().stream()
                    .filter(c -> c.ruleId().equals(e.rule()))
                    .findFirst()
                    .orElse(null);
            int actual = count == null ? 0 : count.hits();
            String who = a.passengers().stream()
                    .filter(p -> p.hits().stream().anyMatch(h -> e.rule().equals(h.ruleId())))
                    .map(PassengerAssessment::id)
                    .collect(Collectors.joining(", "));
            String missing = missingRule(release, e.rule());
            outcomes.add(new ScenarioResult.Outcome(
                    what,
                    actual == e.count(),
                    String.valueOf(e.count()),
                    actual + (who.isEmpty() ? "" : " (" + who + ")") + (missing == null ? "" : " (" + missing + ")")));
        }
        boolean pass = outcomes.stream().allMatch(ScenarioResult.Outcome::pass);
        return new ScenarioResult(
                scenario.id(), release.id(), pass, outcomes, diff(scenario, release, pass, outcomes), a);
    }

    private static boolean runawayHidden(Assessment a, String rule) {
        return a.totals().runawayRules().contains(rule);
    }

    private static String reasonsOf(PassengerAssessment p, String rule) {
        return p.hits().stream()
                .filter(h -> rule.equals(h.ruleId()))
                .findFirst()
                .map(Hit::reasons)
                .map(r -> r.isEmpty() ? "" : ": " + String.join("; ", r))
                .orElse("");
    }

    private static String missingRule(CompiledRelease release, String ruleId) {
        if (release.rule(ruleId).isPresent()) {
            return null;
        }
        List<RuleProblem> problems =
                release.problems(ruleId).stream().filter(RuleProblem::isError).toList();
        return problems.isEmpty()
                ? "rule " + ruleId + " is not in release " + release.id()
                : "rule " + ruleId + " was excluded from release " + release.id() + ": "
                        + problems.get(0).message();
    }

    private static String diff(
            Scenario s, CompiledRelease release, boolean pass, List<ScenarioResult.Outcome> outcomes) {
        long failed = outcomes.stream().filter(o -> !o.pass()).count();
        StringBuilder sb = new StringBuilder();
        sb.append("scenario ")
                .append(s.id())
                .append(s.title() == null ? "" : " \"" + s.title() + "\"")
                .append(" on release ")
                .append(release.id())
                .append(": ")
                .append(pass ? "PASS" : "FAIL (" + failed + " of " + outcomes.size() + " expectations failed)")
                .append('\n');
        for (ScenarioResult.Outcome o : outcomes) {
            if (!o.pass()) {
                sb.append("  FAIL ")
                        .append(o.expectation())
                        .append('\n')
                        .append("       - expected: ")
                        .append(o.expected())
                        .append('\n')
                        .append("       + actual:   ")
                        .append(o.actual())
                        .append('\n');
            }
        }
        for (ScenarioResult.Outcome o : outcomes) {
            if (o.pass()) {
                sb.append("  ok   ").append(o.expectation()).append('\n');
            }
        }
        return sb.toString();
    }
}
