package org.piu.targeting.workbench.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.engine.scenario.ScenarioResult;
import org.piu.targeting.engine.scenario.ScenarioRunner;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseCandidate;
import org.piu.targeting.repo.release.ReleaseDiff;
import org.piu.targeting.repo.release.ReleaseGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Publishing and activating releases. The repository refuses a release unless this gate passes: every rule compiles
 * and every scenario passes against exactly the candidate set. Activation compiles the release off the request
 * path of assessments and swaps it into the engine atomically; after a restart the active release is compiled and
 * activated again before the application reports ready.
 */
@Service
public class ReleaseService implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReleaseService.class);

    private final RulesRepository repository;
    private final ReleaseCompiler compiler;
    private final ScenarioRunner scenarios;
    private final RiskEngine engine;
    private int activeNumber;

    public ReleaseService(
            RulesRepository repository, ReleaseCompiler compiler, ScenarioRunner scenarios, RiskEngine engine) {
        this.repository = repository;
        this.compiler = compiler;
        this.scenarios = scenarios;
        this.engine = engine;
    }

    /** What the release gate compiled last and passed, and from which revisions. */
    private record Passed(Set<ReleaseCandidate> candidates, CompiledRelease compiled) {}

    private volatile Passed lastPassed;

    /** The contents of a candidate release as the engine sees them. */
    record Contents(List<RuleRevision> rules, List<NamedList> lists, List<Scenario> scenarios) {}

    public Release publish(String actor, String justification) {
        return activated(() -> repository.publish(actor, justification, gate()));
    }

    public Release rollback(String actor, String justification, int toRelease) {
        return activated(() -> repository.rollback(actor, justification, toRelease, gate()));
    }

    private Release activated(Supplier<Release> publishing) {
        Release release;
        try {
            release = publishing.get();
        } catch (RuntimeException refused) {
            lastPassed = null; // the gate's compiled rules are not needed: do not keep them in memory
            throw refused;
        }
        activate(release);
        return release;
    }

    public Optional<Release> active() {
        return repository.activeRelease();
    }

    public Optional<CompiledRelease> activeCompiled() {
        return engine.active();
    }

    public List<Release> releases() {
        return repository.releases();
    }

    public Release release(int number) {
        return repository.release(number);
    }

    public ReleaseDiff diff(int from, int to) {
        return repository.diffReleases(from, to);
    }

    /**
     * Before the web server accepts requests (singletons are ready, Tomcat not yet started): no flight is assessed
     * without the rules the repository says are active.
     */
    @Override
    public void afterSingletonsInstantiated() {
        repository
                .activeRelease()
                .ifPresentOrElse(
                        this::activate,
                        () -> log.info("no release published yet: assessments report no rule hits until one is"));
    }

    /**
     * Serialised, and never backwards: of two publishes racing, the newer release stays active even if the older
     * one finishes compiling last.
     */
    synchronized void activate(Release release) {
        if (release.number() <= activeNumber) {
            return;
        }
        Map<AssetRef, String> texts = repository.assetsAt(release.number());
        List<ReleaseCandidate> candidates = release.assets().stream()
                .map(a -> new ReleaseCandidate(a.asset(), a.revision(), texts.get(a.asset())))
                .toList();
        // the gate has just compiled exactly these revisions when this release was published: reuse that
        Passed passed = lastPassed;
        lastPassed = null;
        boolean gateCompiled = passed != null && passed.candidates().equals(Set.copyOf(candidates));
        CompiledRelease compiled = gateCompiled
                ? passed.compiled().withId("release-" + release.number())
                : compile("release-" + release.number(), read(candidates));
        compiled.problems().stream()
                .filter(p -> p.level() == RuleProblem.Level.ERROR)
                .forEach(p -> log.warn(
                        "release-{}: rule {} excluded: {} {}", release.number(), p.ruleId(), p.path(), p.message()));
        // Run the engine's fixed warm-up flight through the new release first: the first real flights after a swap
        // would otherwise pay for Drools' interpreted constraints until they are jitted.
        engine.warmUp(compiled, 20);
        engine.activate(compiled);
        activeNumber = release.number();
        log.info(
                "activated release-{} ({} rules, hash {}) compiled in {} ms{}",
                release.number(),
                compiled.rules().size(),
                compiled.hash(),
                compiled.compileTime().toMillis(),
                gateCompiled ? " by the release gate" : "");
    }

    ReleaseGate gate() {
        return candidates -> {
            List<String> problems = new ArrayList<>();
            Contents contents;
            try {
                contents = read(candidates);
            } catch (IllegalArgumentException e) {
                return List.of(e.getMessage());
            }
            CompiledRelease compiled = compile("candidate", contents);
            compiled.problems().stream()
                    .filter(p -> p.level() == RuleProblem.Level.ERROR)
                    .forEach(p -> problems.add("rules/" + p.ruleId() + " " + p.path() + ": " + p.message()));
            for (Scenario scenario : contents.scenarios()) {
                ScenarioResult result = scenarios.run(scenario, compiled);
                if (!result.pass()) {
                    problems.add("scenarios/" + scenario.id() + " fails: " + result.diff());
                }
            }
            lastPassed = problems.isEmpty() ? new Passed(Set.copyOf(candidates), compiled) : null;
            return problems;
        };
    }

    private CompiledRelease compile(String releaseId, Contents contents) {
        return compiler.compile(releaseId, contents.rules(), contents.lists());
    }

    static Contents read(List<ReleaseCandidate> candidates) {
        List<RuleRevision> rules = new ArrayList<>();
        List<NamedList> lists = new ArrayList<>();
        List<Scenario> scenarioList = new ArrayList<>();
        for (ReleaseCandidate c : candidates) {
            String where = c.asset().kind().folder() + "/" + c.asset().id() + " at " + c.revision() + ": ";
            try {
                switch (c.asset().kind()) {
                    case RULE -> rules.add(new RuleRevision(RuleDocuments.parseRule(c.text()), c.revision()));
                    case LIST -> lists.add(RuleDocuments.parseList(c.text()));
                    case SCENARIO -> scenarioList.add(RuleDocuments.parseScenario(c.text()));
                    default -> throw new IllegalStateException("unknown asset kind");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return new Contents(rules, lists, scenarioList);
    }
}
