package org.piu.targeting.matching.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.nio.file.Path;

/**
 * One real Elasticsearch node per test JVM, started on first use and stopped when the JVM exits. Its home is
 * under the module's target folder (system property piu.test.work-dir), so a rebuild reuses the unpacked
 * distribution.
 */
public final class TestElasticsearch {

    private static LocalElasticsearch node;
    private static ElasticsearchClient client;

    private TestElasticsearch() {}

    public static synchronized LocalElasticsearch node() {
        if (node == null) {
            Path home = Path.of(System.getProperty("piu.test.work-dir", "target/it"))
                    .resolve("elasticsearch");
            // every test JVM starts from empty indices; the unpacked distribution is kept for speed
            try {
                Distribution.deleteRecursively(home.resolve("data"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot clear " + home.resolve("data"), e);
            }
            node = LocalElasticsearch.start(LocalElasticsearchSettings.forHome(home));
        }
        return node;
    }

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            client = ElasticsearchConnector.connect(node().httpUri());
        }
        return client;
    }

    public static URI uri() {
        return node().httpUri();
    }
}
