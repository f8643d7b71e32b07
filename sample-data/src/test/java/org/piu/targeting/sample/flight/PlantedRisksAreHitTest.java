package org.piu.targeting.sample.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.FlightAssessor;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.model.ScreeningStatus;
import org.piu.targeting.sample.rules.SampleRules;

class PlantedRisksAreHitTest {

    /** The sample rule that must find each planted pattern without screening (watchlists need Elasticsearch). */
    private static final Map<PlantedRisk, String> RULE = Map.of(
            PlantedRisk.SHARED_PHONE, "R-SHARED-CONTACT",
            PlantedRisk.SHARED_CARD, "R-SHARED-CARD",
            PlantedRisk.CASH_ONE_WAY_LAST_MINUTE, "R-CASH-ONEWAY-LATE",
            PlantedRisk.PAYER_NOT_TRAVELLING, "R-PAYER-NOT-TRAVELLING",
            PlantedRisk.DOCUMENT_EXPIRING, "R-DOCUMENT-EXPIRES-SOON",
            PlantedRisk.HIGH_RISK_ROUTING, "R-HIGH-RISK-ROUTING",
            PlantedRisk.WATCHED_AGENCY, "R-WATCHED-AGENCY",
            PlantedRisk.LONG_ITINERARY_SHORT_STAY, "R-LONG-ITINERARY-SHORT-STOPS");

    @Test
    void the_sample_rules_hit_every_planted_passenger() {
        CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard())
                .compile(
                        "sample",
                        SampleRules.rules().stream()
                                .map(r -> new RuleRevision(r, "1"))
                                .toList(),
                        SampleRules.lists());
        FlightAssessor assessor = new FlightAssessor(EngineSettings.defaults().withHomeCountries(Set.of("MDA", "AZE")));
        List<GeneratedFlight> flights = new FlightGenerator(new FlightGeneratorSettings(30, 3, 0, 0.3, true))
                .generate(11, LocalDate.of(2026, 11, 22));
        int checked = 0;
        for (GeneratedFlight f : flights) {
            Assessment a = assessor.assess(release, f.manifest(), List.of(), ScreeningStatus.COMPLETE);
            for (PlantedCase c : f.planted()) {
                String rule = RULE.get(c.risk());
                if (rule == null) {
                    continue;
                }
                for (String pid : c.passengerIds()) {
                    assertThat(a.passenger(pid).orElseThrow().hits())
                            .as(c + " must be hit by " + rule)
                            .anyMatch(h -> h.type() == HitType.RULE && rule.equals(h.ruleId()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
