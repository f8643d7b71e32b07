package org.piu.targeting.workbench.assessment;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AssessmentConfiguration {

    @Bean
    AdmissionControl admissionControl(PiuProperties properties) {
        var assessment = properties.assessment();
        return new AdmissionControl(
                assessment.concurrentAssessments(), assessment.queueWait(), assessment.retryAfterSeconds());
    }

    @Bean
    WatchlistScreener screening(ElasticsearchClient client) {
        return new WatchlistScreener(client);
    }

    @Bean
    WatchlistStore watchlistService(ElasticsearchClient client) {
        return new WatchlistStore(client);
    }

    @Bean
    MessageParser messageParser(java.time.Clock clock, org.piu.targeting.engine.RiskEngine engine) {
        // the same airports (and so time zones) the engine derives facts with
        return new MessageParser(clock, engine.settings().airports());
    }
}
