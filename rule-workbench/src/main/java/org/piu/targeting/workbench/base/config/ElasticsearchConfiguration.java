package org.piu.targeting.workbench.base.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import java.util.Optional;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.matching.elasticsearch.ElasticsearchConnector;
import org.piu.targeting.matching.elasticsearch.LocalElasticsearch;
import org.piu.targeting.matching.elasticsearch.LocalElasticsearchSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Elasticsearch for watchlists and the archive: the cluster named by piu.elasticsearch.uris, or else a local node
 * that lives and dies with the application.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    /** Holds the launched node, if any; closing the context stops it. */
    public record LocalNode(Optional<LocalElasticsearch> node) implements AutoCloseable {
        @Override
        public void close() {
            node.ifPresent(LocalElasticsearch::close);
        }
    }

    @Bean
    LocalNode localElasticsearch(PiuProperties properties) {
        if (properties.elasticsearch().external()) {
            return new LocalNode(Optional.empty());
        }
        var settings = LocalElasticsearchSettings.forHome(properties.dataDir().resolve("elasticsearch"))
                .withHeap(properties.elasticsearch().heap());
        return new LocalNode(Optional.of(LocalElasticsearch.start(settings)));
    }

    @Bean
    ElasticsearchClient elasticsearchClient(PiuProperties properties, LocalNode local) {
        var es = properties.elasticsearch();
        // Flight times keep their local UTC offsets in the archive, exactly as the API accepts and returns them.
        var mapper = RuleDocuments.manifestMapper();
        return local.node()
                .map(node -> ElasticsearchConnector.connect(List.of(node.httpUri()), null, null, mapper))
                .orElseGet(() ->
                        ElasticsearchConnector.connect(List.copyOf(es.uris()), es.username(), es.password(), mapper));
    }
}
