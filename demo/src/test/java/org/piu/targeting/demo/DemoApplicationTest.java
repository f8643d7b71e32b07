package org.piu.targeting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.piu.targeting.demo.SampleDataLoader.Loaded;
import org.piu.targeting.matching.elasticsearch.TestElasticsearch;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.workbench.PiuTargetingApplication;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo and the application started as their {@code main} methods start them, each on a fresh data directory
 * against the real Elasticsearch node of this test JVM: the demo loads its sample data once, the application never.
 */
class DemoApplicationTest {

    private static final String PASSWORD = "demo-password-for-tests";

    @Test
    void the_demo_loads_sample_data_on_the_first_start_of_an_empty_installation_and_nothing_on_the_next()
            throws Exception {
        Path dataDir = freshDataDirectory();
        try (ConfigurableApplicationContext demo = start(DemoApplication.application(), dataDir)) {
            Loaded loaded = outcome(demo).orElseThrow();
            assertThat(loaded.rules()).isGreaterThan(5);
            assertThat(loaded.release()).isEqualTo(1);
            assertThat(loaded.watchlists()).isEqualTo(2);
            assertThat(loaded.flights()).isEqualTo(24);
            assertThat(loaded.passengersWithHits()).isPositive();
            assertThat(demo.getBean(RuleAssetService.class).list(AssetKind.RULE))
                    .hasSize(loaded.rules());

            HttpResponse<String> rules = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port(demo) + "/api/v1/rules"))
                                    .header("Authorization", basic("author"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(rules.statusCode()).isEqualTo(200);
            assertThat(rules.body()).contains("R-CASH-ONEWAY-LATE");
        }
        try (ConfigurableApplicationContext again = start(DemoApplication.application(), dataDir)) {
            assertThat(outcome(again)).as("second start").isEmpty();
            assertThat(again.getBean(ReleaseService.class).releases()).hasSize(1);
        }
    }

    @Test
    void the_demo_starts_empty_when_its_sample_data_is_turned_off() throws Exception {
        try (ConfigurableApplicationContext demo =
                start(DemoApplication.application(), freshDataDirectory(), "--piu.sample-data.enabled=false")) {
            assertThat(outcome(demo)).isEmpty();
            assertThat(demo.getBean(RuleAssetService.class).list(AssetKind.RULE))
                    .isEmpty();
        }
    }

    @Test
    void the_application_alone_has_no_sample_data_loader_and_its_sample_data_setting_is_off() {
        try (ConfigurableApplicationContext application =
                start(PiuTargetingApplication.application(), freshDataDirectory())) {
            assertThat(application.getBeansOfType(SampleDataLoader.class)).isEmpty();
            assertThat(application.getBean(PiuProperties.class).sampleData().enabled())
                    .isFalse();
            assertThat(application.getBean(ReleaseService.class).releases()).isEmpty();
            assertThat(application.getBean(RuleAssetService.class).list(AssetKind.RULE))
                    .isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(SpringApplication app, Path dataDir, String... more) {
        String[] args = {
            "--server.port=0",
            "--piu.data-dir=" + dataDir,
            "--piu.elasticsearch.uris=" + TestElasticsearch.uri(),
            "--PIU_DEMO_PASSWORD=" + PASSWORD,
        };
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return app.run(all);
    }

    private static Optional<Loaded> outcome(ConfigurableApplicationContext context) throws Exception {
        return context.getBean(SampleDataLoader.class)
                .outcome()
                .get(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS);
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Path freshDataDirectory() {
        try {
            Path base = Path.of(System.getProperty("piu.test.work-dir", "target/it"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "data-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
