package org.piu.targeting.workbench.rules;

import java.time.Clock;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.RuleValidator;
import org.piu.targeting.engine.scenario.ScenarioRunner;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    EngineSettings engineSettings(PiuProperties properties) {
        return EngineSettings.defaults()
                .withHomeCountries(properties.homeCountries())
                .withHitCapPerRule(properties.rules().hitCapPerFlight());
    }

    @Bean
    RiskEngine riskEngine(EngineSettings settings) {
        return new RiskEngine(settings);
    }

    @Bean
    ReleaseCompiler releaseCompiler(FieldCatalog catalog, Clock clock) {
        return new ReleaseCompiler(catalog, clock);
    }

    @Bean
    RuleValidator ruleValidator(FieldCatalog catalog, Clock clock) {
        return new RuleValidator(catalog, clock);
    }

    @Bean
    ScenarioRunner scenarioRunner(EngineSettings settings) {
        return new ScenarioRunner(settings);
    }
}
