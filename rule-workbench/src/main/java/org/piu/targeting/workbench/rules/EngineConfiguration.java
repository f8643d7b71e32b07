package org.piu.targeting.workbench.rules;

import java.util.Set;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.RuleValidator;
import org.piu.targeting.engine.scenario.ScenarioRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    /**
     * @param homeCountries the PIU's own countries (ISO alpha-3): they decide whether a flight is inbound,
     *                      outbound or transit
     * @param hitCap        hits one rule may produce on one flight before it is flagged as runaway
     */
    @Bean
    EngineSettings engineSettings(
            @Value("${piu.home-countries:MDA,AZE}") Set<String> homeCountries,
            @Value("${piu.rules.hit-cap-per-flight:50}") int hitCap) {
        return EngineSettings.defaults().withHomeCountries(homeCountries).withHitCapPerRule(hitCap);
    }

    @Bean
    RiskEngine riskEngine(EngineSettings settings) {
        return new RiskEngine(settings);
    }

    @Bean
    ReleaseCompiler releaseCompiler(FieldCatalog catalog, java.time.Clock clock) {
        return new ReleaseCompiler(catalog, clock);
    }

    @Bean
    RuleValidator ruleValidator(FieldCatalog catalog, java.time.Clock clock) {
        return new RuleValidator(catalog, clock);
    }

    @Bean
    ScenarioRunner scenarioRunner(EngineSettings settings) {
        return new ScenarioRunner(settings);
    }
}
