package org.piu.targeting.workbench.rules;

import org.piu.targeting.repo.RulesRepository;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RulesRepositoryConfiguration {

    /** The bare Git repository of rules, named lists and scenarios; closed with the application. */
    @Bean(destroyMethod = "close")
    RulesRepository rulesRepository(PiuProperties properties, java.time.Clock clock) {
        return RulesRepository.open(properties.dataDir().resolve("rules.git"), clock);
    }
}
