package org.piu.targeting.matching.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalElasticsearchTest {

    @Test
    void round_trips_a_document_through_a_real_node() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();

        assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
        client.indices().create(c -> c.index("launcher-roundtrip"));
        client.index(i -> i.index("launcher-roundtrip")
                .id("E1")
                .refresh(Refresh.True)
                .document(Map.of("surname", "CIOBANU", "given", "ION")));

        var found = client.get(g -> g.index("launcher-roundtrip").id("E1"), Map.class);
        assertThat(found.found()).isTrue();
        assertThat(found.source()).containsEntry("surname", "CIOBANU");
        client.indices().delete(d -> d.index("launcher-roundtrip"));
    }

    @Test
    void node_runs_as_the_system_user_when_root_and_only_on_loopback() {
        LocalElasticsearch node = TestElasticsearch.node();
        assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(node.processes())
                    .allSatisfy(p ->
                            assertThat(p.info().user().orElse("?")).isEqualTo(LocalElasticsearchSettings.SYSTEM_USER));
        }
    }

    @Test
    void refuses_a_port_that_is_taken_in_one_clear_sentence() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path home = Path.of(System.getProperty("piu.test.work-dir", "target/it"))
                    .resolve("port-taken");
            var settings = LocalElasticsearchSettings.forHome(home).withHttpPort(taken.getLocalPort());
            assertThatThrownBy(() -> LocalElasticsearch.start(settings))
                    .isInstanceOf(ElasticsearchStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void says_where_the_distribution_is_missing() throws IOException {
        Path home = Files.createTempDirectory("piu-es-missing");
        var settings = new LocalElasticsearchSettings(home.resolve("no-such.zip"), home, null, 0, null, null);
        assertThatThrownBy(() -> LocalElasticsearch.start(settings))
                .isInstanceOf(ElasticsearchStartException.class)
                .hasMessageContaining("no-such.zip")
                .hasMessageContaining("piu.elasticsearch.distribution");
    }

    @Test
    void rejects_a_malformed_heap_setting() {
        assertThatThrownBy(
                        () -> LocalElasticsearchSettings.forHome(Path.of("x")).withHeap("lots"))
                .hasMessageContaining("512m");
    }
}
