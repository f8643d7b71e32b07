package org.piu.targeting.matching.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.util.List;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;

/**
 * Builds the Elasticsearch Java client (8.x API over the low-level REST client) for a local node or an external
 * cluster. Timeouts are short on purpose: screening must report DEGRADED quickly rather than hang a flight.
 */
public final class ElasticsearchConnector {

    private ElasticsearchConnector() {}

    public static ElasticsearchClient connect(URI uri) {
        return connect(List.of(uri), null, null);
    }

    /**
     * @param uris     one or more node addresses (http or https)
     * @param username optional basic-auth user (null for none)
     * @param password its password
     */
    public static ElasticsearchClient connect(List<URI> uris, String username, String password) {
        return connect(uris, username, password, null);
    }

    /**
     * @param documentMapper how documents (watchlist entries, archived flights) are (de)serialized; null for the
     *                       client's default. The application passes one that keeps the UTC offsets of flight times.
     */
    public static ElasticsearchClient connect(
            List<URI> uris, String username, String password, tools.jackson.databind.json.JsonMapper documentMapper) {
        if (uris == null || uris.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch address is required");
        }
        HttpHost[] hosts = uris.stream()
                .map(u -> new HttpHost(u.getHost(), u.getPort() == -1 ? 9200 : u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts)
                .setRequestConfigCallback(c -> c.setConnectTimeout(2_000).setSocketTimeout(30_000));
        if (username != null && !username.isBlank()) {
            var credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
            builder.setHttpClientConfigCallback(h -> h.setDefaultCredentialsProvider(credentials));
        }
        RestClient rest = builder.build();
        Jackson3JsonpMapper mapper =
                documentMapper == null ? new Jackson3JsonpMapper() : new Jackson3JsonpMapper(documentMapper);
        return new ElasticsearchClient(new RestClientTransport(rest, mapper));
    }
}
