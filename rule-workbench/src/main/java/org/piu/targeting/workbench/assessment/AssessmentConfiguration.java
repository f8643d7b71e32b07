package org.piu.targeting.workbench.assessment;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.messages.MessageParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AssessmentConfiguration {

    /**
     * @param maxConcurrent flights assessed at once (default: twice the cores: screening waits on Elasticsearch)
     * @param queueWait     how long a request may wait for a slot before it is answered 429
     */
    @Bean
    AdmissionControl admissionControl(
            @Value("${piu.assessment.max-concurrent:#{T(java.lang.Runtime).getRuntime().availableProcessors() * 2}}")
                    int maxConcurrent,
            @Value("${piu.assessment.queue-wait:PT2S}") Duration queueWait,
            @Value("${piu.assessment.retry-after-seconds:2}") int retryAfter) {
        return new AdmissionControl(maxConcurrent, queueWait, retryAfter);
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
