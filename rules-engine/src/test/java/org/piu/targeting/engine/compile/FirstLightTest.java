package org.piu.targeting.engine.compile;

import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.rule.Condition;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Manifests.flight;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;

class FirstLightTest {
    @Test
    void late_booking_rule_hits_only_the_late_booker() {
        CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard()).compile("r1",
                List.of(rev(rule("LATE", Condition.test("booking.leadTimeHours", "lt", 48)))), List.of());
        System.out.println(release.problems());
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        engine.activate(release);
        Assessment a = engine.assess(flight(6, 100));
        System.out.println(a);
        assertThat(a.passenger("P1").orElseThrow().hits()).extracting("ruleId").containsExactly("LATE");
        assertThat(a.passenger("P2").orElseThrow().hits()).isEmpty();
    }
}
