package org.piu.targeting.workbench.rules;

import java.time.Clock;
import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesRepositoryConfiguration {

    /** The bare Git repository of rules, named lists and scenarios; closed with the application. */
    @Bean(destroyMethod = "close")
    RulesRepository rulesRepository(PiuProperties properties, Clock clock) {
        return RulesRepository.open(properties.dataDir().resolve("rules.git"), clock);
    }
}
