package org.piu.targeting.workbench.watchlist;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matching library's watchlist store and screener, on the application's Elasticsearch. */
@Configuration(proxyBeanMethods = false)
class WatchlistConfiguration {

    @Bean
    WatchlistScreener watchlistScreener(ElasticsearchClient client) {
        return new WatchlistScreener(client);
    }

    @Bean
    WatchlistStore watchlistStore(ElasticsearchClient client) {
        return new WatchlistStore(client);
    }
}
