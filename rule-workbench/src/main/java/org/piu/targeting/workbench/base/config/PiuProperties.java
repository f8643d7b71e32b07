package org.piu.targeting.workbench.base.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a PIU Targeting installation (prefix {@code piu}).
 *
 * @param dataDir       where the rules repository, users, local Elasticsearch and logs live
 * @param elasticsearch an external cluster, or nothing to launch a local node
 */
@ConfigurationProperties("piu")
public record PiuProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue Elasticsearch elasticsearch) {

    /**
     * @param uris     external cluster nodes; empty = start the bundled local node
     * @param username optional basic-auth user of the external cluster
     * @param password its password
     * @param heap     heap of the local node
     */
    public record Elasticsearch(
            @DefaultValue List<URI> uris,
            String username,
            String password,
            @DefaultValue("512m") String heap) {
        public boolean external() {
            return uris != null && !uris.isEmpty();
        }
    }
}
