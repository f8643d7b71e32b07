package org.piu.targeting.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Manifests.flight;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.test;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.RuleDocuments;

class ScenarioRunnerTest {

    private final CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard())
            .compile(
                    "rel-3",
                    List.of(
                            rev(rule("LATE", test("booking.leadTimeHours", "lt", 48))),
                            rev(rule("BROKEN", test("booking.leadTimeHours", "lt", "soon")))),
                    List.of());
    private final ScenarioRunner runner = new ScenarioRunner(EngineSettings.defaults());

    private Scenario scenario(List<Scenario.HitExpectation> hits, List<Scenario.CountExpectation> counts) {
        return new Scenario(
                "late-booking",
                "Late bookers are flagged",
                null,
                new Scenario.Given(flight(6, 100, 20), List.of()),
                new Scenario.Expect(hits, counts));
    }

    @Test
    void passes_when_every_expectation_holds() {
        ScenarioResult r = runner.run(
                scenario(
                        List.of(
                                new Scenario.HitExpectation("P1", "LATE", true),
                                new Scenario.HitExpectation("P2", "LATE", false)),
                        List.of(new Scenario.CountExpectation("LATE", 2))),
                release);
        assertThat(r.pass()).isTrue();
        assertThat(r.releaseId()).isEqualTo("rel-3");
        assertThat(r.outcomes()).allMatch(ScenarioResult.Outcome::pass);
        assertThat(r.diff()).startsWith("scenario late-booking \"Late bookers are flagged\" on release rel-3: PASS");
    }

    @Test
    void fails_with_a_readable_diff_of_expected_and_actual() {
        ScenarioResult r = runner.run(
                scenario(
                        List.of(
                                new Scenario.HitExpectation("P2", "LATE", true),
                                new Scenario.HitExpectation("P1", "LATE", true),
                                new Scenario.HitExpectation("P7", "LATE", false),
                                new Scenario.HitExpectation("P1", "BROKEN", true)),
                        List.of(new Scenario.CountExpectation("LATE", 1))),
                release);
        assertThat(r.pass()).isFalse();
        assertThat(r.outcomes())
                .extracting(ScenarioResult.Outcome::pass)
                .containsExactly(false, true, false, false, false);
        assertThat(r.diff())
                .contains(
                        "FAIL (4 of 5 expectations failed)",
                        "FAIL passenger P2 is hit by rule LATE",
                        "- expected: hit",
                        "+ actual:   no hit",
                        "passenger P7 is not in the manifest",
                        "rule BROKEN was excluded from release rel-3",
                        "FAIL rule LATE hits 1 passenger(s)",
                        "+ actual:   2 (P1, P3)",
                        "ok   passenger P1 is hit by rule LATE");
        assertThat(r.outcomes().get(1).actual()).contains("booking.leadTimeHours = 6 (< 48)");
    }

    @Test
    void a_scenario_document_read_from_yaml_runs() {
        Scenario s = scenario(List.of(new Scenario.HitExpectation("P1", "LATE", true)), List.of());
        Scenario read = RuleDocuments.parseScenario(RuleDocuments.write(s, RuleDocuments.Format.YAML));
        assertThat(runner.run(read, release).pass()).isTrue();
    }
}
