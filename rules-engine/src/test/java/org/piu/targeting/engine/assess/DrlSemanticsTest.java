package org.piu.targeting.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Manifests.*;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.bench.FlightGenerator;
import org.piu.targeting.engine.bench.RuleGenerator;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.CompiledRule;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.facts.FlightFacts;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.ScreeningStatus;

/** The generated DRL and the Java evaluation behind the reasons must agree on every rule and passenger. */
class DrlSemanticsTest {

    private final ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());

    @Test
    void drools_hits_exactly_what_the_reason_writer_evaluates() {
        List<RuleRevision> rules = new ArrayList<>();
        for (RuleRevision r : new RuleGenerator(77).rules(300)) {
            rules.add(new RuleRevision(r.rule().withScope(null), r.revision()));
        }
        CompiledRelease release = compiler.compile("sem", rules, RuleGenerator.lists());
        assertThat(release.problems()).isEmpty();
        FlightManifest m = new FlightGenerator(5).flight(300);
        FlightAssessor assessor = new FlightAssessor(EngineSettings.defaults().withHitCapPerRule(10_000));
        FlightFacts facts = assessor.deriver().derive(m, List.of());
        Set<String> byDrools = new TreeSet<>();
        for (CompiledRelease.RuleMatch match : release.evaluate(facts)) {
            byDrools.add(match.rule().ruleId() + "/" + match.passenger().passengerId());
        }
        Set<String> byJava = new TreeSet<>();
        for (CompiledRule r : release.rules()) {
            for (PassengerFacts p : facts.passengers()) {
                boolean when = ReasonWriter.holds(r.checked().when(), p, null);
                boolean unless = r.checked().unless() != null
                        && ReasonWriter.holds(r.checked().unless(), p, null);
                if (when && !unless) {
                    byJava.add(r.ruleId() + "/" + p.passengerId());
                }
            }
        }
        assertThat(byDrools).isNotEmpty().isEqualTo(byJava);
    }

    @Test
    void a_missing_value_satisfies_only_empty() {
        CompiledRelease release = compiler.compile(
                "null",
                List.of(
                        rev(rule("NE", test("booking.leadTimeHours", "ne", 5))),
                        rev(rule("LT", test("booking.leadTimeHours", "lt", 48))),
                        rev(rule("NOT-IN", values("agency.country", "not_in", "MDA"))),
                        rev(rule("EQ-FALSE", test("booking.oneWay", "eq", false))),
                        rev(rule("EMPTY", test("booking.leadTimeHours", "empty"))),
                        rev(rule("NOT-LT", not(test("booking.leadTimeHours", "lt", 48))))),
                List.of());
        Passenger crew = passenger("C1", "X", "MDA", null);
        FlightManifest m = new FlightManifest(IST_KIV, List.of(crew), List.of());
        Assessment a =
                new FlightAssessor(EngineSettings.defaults()).assess(release, m, List.of(), ScreeningStatus.COMPLETE);
        assertThat(a.passenger("C1").orElseThrow().hits())
                .extracting(Hit::ruleId)
                .containsExactlyInAnyOrder("EMPTY", "NOT-LT");
    }
}
