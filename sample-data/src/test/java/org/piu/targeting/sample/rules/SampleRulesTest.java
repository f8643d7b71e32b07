package org.piu.targeting.sample.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleValidator;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.engine.scenario.ScenarioResult;
import org.piu.targeting.engine.scenario.ScenarioRunner;

class SampleRulesTest {

    private static CompiledRelease release;

    @BeforeAll
    static void compile() {
        List<RuleRevision> revisions = SampleRules.rules().stream()
                .map(r -> new RuleRevision(r, "sample-1"))
                .toList();
        release = new ReleaseCompiler(FieldCatalog.standard()).compile("sample", revisions, SampleRules.lists());
    }

    @Test
    void every_sample_rule_and_list_validates_without_errors() {
        RuleValidator validator = new RuleValidator(FieldCatalog.standard());
        for (RuleDocument rule : SampleRules.rules()) {
            assertThat(validator.validate(rule, SampleRules.lists()))
                    .as(rule.id())
                    .filteredOn(RuleProblem::isError)
                    .isEmpty();
            assertThat(rule.justification()).as(rule.id()).isNotBlank();
            assertThat(rule.owner()).as(rule.id()).isNotBlank();
            assertThat(rule.reviewBy()).as(rule.id()).isNotNull();
        }
        for (NamedList list : SampleRules.lists()) {
            assertThat(validator.validate(list))
                    .as(list.id())
                    .filteredOn(RuleProblem::isError)
                    .isEmpty();
        }
    }

    @Test
    void all_sample_rules_compile_into_one_release() {
        assertThat(release.problems()).filteredOn(RuleProblem::isError).isEmpty();
        assertThat(release.rules()).hasSize(SampleRules.RULE_IDS.size());
        assertThat(SampleRules.rules()).extracting(RuleDocument::id).containsExactlyElementsOf(SampleRules.RULE_IDS);
    }

    @Test
    void every_scenario_passes_with_the_real_engine() {
        ScenarioRunner runner = new ScenarioRunner(EngineSettings.defaults());
        for (Scenario s : SampleScenarios.scenarios()) {
            ScenarioResult result = runner.run(s, release);
            assertThat(result.pass()).as(result.diff()).isTrue();
        }
    }

    @Test
    void every_rule_has_a_scenario_that_expects_it_to_hit() {
        Set<String> covered = SampleScenarios.scenarios().stream()
                .flatMap(s -> s.expect().hits().stream())
                .filter(Scenario.HitExpectation::hit)
                .map(Scenario.HitExpectation::rule)
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(SampleRules.RULE_IDS);
    }

    @Test
    void scenarios_survive_a_round_trip_through_yaml() {
        for (Scenario s : SampleScenarios.scenarios()) {
            String yaml = RuleDocuments.write(s, RuleDocuments.Format.YAML);
            Scenario back = RuleDocuments.parseScenario(yaml, RuleDocuments.Format.YAML);
            assertThat(RuleDocuments.canonicalJson(back)).as(s.id()).isEqualTo(RuleDocuments.canonicalJson(s));
        }
    }

    @Test
    void a_scenario_fails_when_its_rule_is_left_out() {
        CompiledRelease without = new ReleaseCompiler(FieldCatalog.standard())
                .compile(
                        "without-cash",
                        SampleRules.rules().stream()
                                .filter(r -> !r.id().equals("R-CASH-ONEWAY-LATE"))
                                .map(r -> new RuleRevision(r, "sample-1"))
                                .toList(),
                        SampleRules.lists());
        ScenarioResult result =
                new ScenarioRunner(EngineSettings.defaults()).run(SampleScenarios.cashOneWayLate(), without);
        assertThat(result.pass()).isFalse();
    }
}
