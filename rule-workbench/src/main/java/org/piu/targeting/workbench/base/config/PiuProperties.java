package org.piu.targeting.workbench.base.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of a PIU Targeting installation (prefix {@code piu}), typed, with its default: the one place a
 * setting is defined. The README's configuration table lists the same settings and defaults (a test compares them).
 *
 * @param dataDir       where the rules repository, users, local Elasticsearch and logs live
 * @param homeCountries the PIU's own countries (ISO alpha-3): they decide whether a flight is inbound, outbound or
 *                      transit; the default serves the sample data of both pilot PIUs
 * @param elasticsearch an external cluster, or nothing to launch a local node
 * @param api           limits of the REST API
 * @param assessment    how many flights are assessed at once
 * @param archive       retention of assessed flights
 * @param rules         how the engine runs the rules
 * @param repository    maintenance of the rules repository
 * @param sampleData    the demo's data loaded on a first start (off; the demo turns it on)
 */
@ConfigurationProperties("piu")
public record PiuProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue({"MDA", "AZE"}) Set<String> homeCountries,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue Api api,
        @DefaultValue Assessment assessment,
        @DefaultValue Archive archive,
        @DefaultValue Rules rules,
        @DefaultValue Repository repository,
        @DefaultValue SampleData sampleData) {

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

    /**
     * @param maxRequestBytes request bodies above this size are refused before they are read (20 MB is far above a
     *                        500-passenger PNRGOV push)
     */
    public record Api(@DefaultValue("20971520") long maxRequestBytes) {}

    /**
     * @param maxConcurrent     flights assessed at once; unset = twice the processors (screening waits on
     *                          Elasticsearch)
     * @param queueWait         how long a request may wait for a slot before it is answered 429
     * @param retryAfterSeconds the Retry-After of that 429
     */
    public record Assessment(
            Integer maxConcurrent,
            @DefaultValue("PT2S") Duration queueWait,
            @DefaultValue("2") int retryAfterSeconds) {

        /** {@link #maxConcurrent}, or twice the available processors when it is not set. */
        public int concurrentAssessments() {
            return maxConcurrent != null ? maxConcurrent : Runtime.getRuntime().availableProcessors() * 2;
        }
    }

    /**
     * @param maskAfter       full data is kept this long, then depersonalised (EU PNR Directive art. 12)
     * @param retention       everything is deleted after this; must be longer than {@code maskAfter}
     * @param recentWeight    passengers plus watchlist matches of the latest flight states kept in memory for the
     *                        next message of a flight (about 1–10 KB of heap each); 0 reads every state back from
     *                        Elasticsearch
     * @param jobInitialDelay when the retention job first runs after start
     * @param jobInterval     the pause between two runs of the retention job
     */
    public record Archive(
            @DefaultValue("P6M") Period maskAfter,
            @DefaultValue("P5Y") Period retention,
            @DefaultValue("20000") long recentWeight,
            @DefaultValue("PT2M") Duration jobInitialDelay,
            @DefaultValue("PT1H") Duration jobInterval) {}

    /** @param hitCapPerFlight hits one rule may produce on one flight before it is flagged as runaway */
    public record Rules(@DefaultValue("50") int hitCapPerFlight) {}

    /** @param packCron when the repository's loose objects are packed (Spring cron; saves wait meanwhile) */
    public record Repository(@DefaultValue("0 30 3 * * *") String packCron) {}

    /**
     * @param enabled load generated sample data on the first start of an empty installation. Only the demo
     *                ({@code ./piu run}, module {@code demo}) has a loader, and turns this on; the application jar
     *                holds no sample data and ignores it
     */
    public record SampleData(@DefaultValue("false") boolean enabled) {}
}
