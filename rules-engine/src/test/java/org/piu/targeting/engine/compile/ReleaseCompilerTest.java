package org.piu.targeting.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.bench.RuleGenerator;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.rule.CheckedRule;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleValidator;

class ReleaseCompilerTest {

    private final ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());

    @Test
    void one_broken_rule_among_a_thousand_is_reported_and_the_others_are_released() {
        List<RuleRevision> rules = new ArrayList<>(new RuleGenerator(11).rules(999));
        rules.add(
                500,
                rev(rule(
                        "BROKEN-1",
                        all(
                                test("booking.leadTimeHours", "lt", 48),
                                test("payment.cash", "eq", true),
                                test("document.daysValid", "lt", "next tuesday")))));
        long started = System.nanoTime();
        CompiledRelease release = compiler.compile("r-1000", rules, RuleGenerator.lists());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(release.rules()).hasSize(999);
        assertThat(release.rule("BROKEN-1")).isEmpty();
        assertThat(release.problems())
                .filteredOn(RuleProblem::isError)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.ruleId()).isEqualTo("BROKEN-1");
                    assertThat(p.path()).isEqualTo("when.all[2].value");
                    assertThat(p.message()).contains("next tuesday");
                });
        // generous bound for a loaded CI machine; the benchmark measures the real figure
        assertThat(millis).isLessThan(60_000);
    }

    @Test
    void a_rule_drools_itself_rejects_is_excluded_alone_with_its_id() {
        DrlWriter sabotaging = new DrlWriter() {
            @Override
            List<String> extraConstraints(int index, CheckedRule rule) {
                return rule.document().id().startsWith("SABOTAGED") ? List.of("noSuchProperty > 3") : List.of();
            }
        };
        ReleaseCompiler c =
                new ReleaseCompiler(new RuleValidator(FieldCatalog.standard()), sabotaging, Clock.systemUTC());
        List<RuleRevision> rules = new ArrayList<>(new RuleGenerator(5).rules(40));
        rules.add(rev(rule("SABOTAGED-A", test("payment.cash", "eq", true))));
        rules.add(rev(rule("SABOTAGED-B", test("payment.cash", "eq", false))));
        CompiledRelease release = c.compile("r", rules, RuleGenerator.lists());
        assertThat(release.rules()).hasSize(40);
        assertThat(release.problems())
                .filteredOn(RuleProblem::isError)
                .extracting(RuleProblem::ruleId)
                .containsExactlyInAnyOrder("SABOTAGED-A", "SABOTAGED-B");
        assertThat(release.problems())
                .filteredOn(RuleProblem::isError)
                .allSatisfy(p -> assertThat(p.message()).startsWith("Drools rejected the generated rule"));
    }

    @Test
    void a_renamed_release_assesses_alike_and_keeps_its_values_after_the_original_is_collected() {
        CompiledRelease candidate =
                compiler.compile("candidate", new RuleGenerator(3).rules(50), RuleGenerator.lists());
        var flight = new org.piu.targeting.engine.bench.FlightGenerator(5).flight(80);
        var engine = new org.piu.targeting.engine.RiskEngine(org.piu.targeting.engine.EngineSettings.defaults());
        var expected = engine.assess(candidate, flight, List.of(), org.piu.targeting.model.ScreeningStatus.COMPLETE);

        CompiledRelease released = candidate.withId("release-7");
        candidate = null;
        for (int i = 0; i < 5; i++) {
            System.gc(); // the original's cleaner would free the rule values both share, were it collectable
        }
        var actual = engine.assess(released, flight, List.of(), org.piu.targeting.model.ScreeningStatus.COMPLETE);

        assertThat(released.id()).isEqualTo("release-7");
        assertThat(actual.release().id()).isEqualTo("release-7");
        assertThat(actual.release().hash()).isEqualTo(expected.release().hash());
        assertThat(actual.passengers()).isEqualTo(expected.passengers());
        assertThat(actual.totals().ruleHits()).isPositive();
    }

    @Test
    void the_hash_identifies_content_rule_revisions_and_lists() {
        List<RuleRevision> rules = List.of(
                rev(rule("A", test("payment.cash", "eq", true)), "3"),
                rev(rule("B", inList("flight.origin", "in", "high-risk-airports")), "7"));
        String h1 = compiler.compile("x", rules, RuleGenerator.lists()).hash();
        String h2 = compiler.compile("y", List.of(rules.get(1), rules.get(0)), RuleGenerator.lists())
                .hash();
        String h3 = compiler.compile("x", List.of(rules.get(0), rev(rules.get(1).rule(), "8")), RuleGenerator.lists())
                .hash();
        String h4 = compiler.compile("x", rules, RuleGenerator.lists().subList(0, 2))
                .hash();
        assertThat(h1).hasSize(64).isEqualTo(h2);
        assertThat(h3).isNotEqualTo(h1);
        assertThat(h4).isNotEqualTo(h1);
    }

    @Test
    void a_duplicate_rule_id_keeps_the_first_and_reports_the_second() {
        CompiledRelease release = compiler.compile(
                "d",
                List.of(
                        rev(rule("A", test("payment.cash", "eq", true)), "1"),
                        rev(rule("A", test("payment.cash", "eq", false)), "2")),
                List.of());
        assertThat(release.rules())
                .singleElement()
                .satisfies(r -> assertThat(r.revision()).isEqualTo("1"));
        assertThat(release.problems("A"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("twice"));
    }
}
