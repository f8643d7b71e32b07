package org.piu.targeting.matching.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to launch the embedded single-node Elasticsearch.
 *
 * @param distribution the integ-test-zip of Elasticsearch (a .zip file as resolved by Maven) or an unpacked folder
 * @param home         where the node keeps its unpacked distribution, configuration, data and logs
 * @param heap         JVM heap, e.g. {@code 512m}
 * @param httpPort     0 picks a free port on 127.0.0.1
 * @param javaHome     JDK the node runs on (the application's own by default)
 * @param startTimeout how long to wait for cluster health yellow before giving up
 */
public record LocalElasticsearchSettings(
        Path distribution, Path home, String heap, int httpPort, Path javaHome, Duration startTimeout) {

    public static final String VERSION = "8.19.21";
    public static final String SYSTEM_USER = "piu-es";

    public LocalElasticsearchSettings {
        if (distribution == null) {
            throw new IllegalArgumentException("the Elasticsearch distribution is not set: build the project with"
                    + " ./piu (it resolves " + mavenCoordinates() + ") or set piu.elasticsearch.distribution");
        }
        if (home == null) {
            throw new IllegalArgumentException("the Elasticsearch home directory is not set");
        }
        heap = heap == null || heap.isBlank() ? "512m" : heap;
        if (!heap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("Elasticsearch heap must look like 512m or 2g, not '" + heap + "'");
        }
        javaHome = javaHome == null ? Path.of(System.getProperty("java.home")) : javaHome;
        startTimeout = startTimeout == null ? Duration.ofMinutes(3) : startTimeout;
    }

    /** Defaults for a home directory: distribution from the system property or the local Maven repository. */
    public static LocalElasticsearchSettings forHome(Path home) {
        return new LocalElasticsearchSettings(defaultDistribution(), home, null, 0, null, null);
    }

    public LocalElasticsearchSettings withHeap(String newHeap) {
        return new LocalElasticsearchSettings(distribution, home, newHeap, httpPort, javaHome, startTimeout);
    }

    public LocalElasticsearchSettings withHttpPort(int port) {
        return new LocalElasticsearchSettings(distribution, home, heap, port, javaHome, startTimeout);
    }

    static String mavenCoordinates() {
        return "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + VERSION + ":zip";
    }

    /**
     * The build resolves the distribution into the local Maven repository; the launcher reads it from there unless
     * {@code piu.elasticsearch.distribution} (or PIU_ELASTICSEARCH_DISTRIBUTION) names another file or folder.
     */
    public static Path defaultDistribution() {
        String explicit =
                System.getProperty("piu.elasticsearch.distribution", System.getenv("PIU_ELASTICSEARCH_DISTRIBUTION"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String repo = System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Path.of(
                repo,
                "org",
                "elasticsearch",
                "distribution",
                "integ-test-zip",
                "elasticsearch",
                VERSION,
                "elasticsearch-" + VERSION + ".zip");
    }
}
