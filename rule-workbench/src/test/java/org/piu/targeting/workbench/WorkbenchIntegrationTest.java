package org.piu.targeting.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.piu.targeting.matching.elasticsearch.TestElasticsearch;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole application on a random port, against the real Elasticsearch node shared by this test JVM, with a fresh
 * data directory and fixed demo credentials. Test classes share one Spring context (same configuration).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "PIU_DEMO_PASSWORD=" + WorkbenchIntegrationTest.PASSWORD,
            "PIU_DEMO_API_KEY=" + WorkbenchIntegrationTest.API_KEY,
            "piu.sample-data.enabled=false",
            // refused calls and API sign-ins are coalesced in windows this long (default PT1M): tests see them closed
            "piu.audit.coalesce-window=PT2S"
        })
public @interface WorkbenchIntegrationTest {
    String PASSWORD = "demo-password-for-tests";
    String API_KEY = "piu_test_pipeline_key_0123456789abcdef";

    /** Registers the shared node and a per-JVM data directory. */
    final class Properties {
        private static final Path DATA_DIR = createDataDir();

        private Properties() {}

        public static void register(DynamicPropertyRegistry registry) {
            registry.add("piu.elasticsearch.uris", () -> TestElasticsearch.uri().toString());
            registry.add("piu.data-dir", DATA_DIR::toString);
        }

        public static Path dataDir() {
            return DATA_DIR;
        }

        private static Path createDataDir() {
            try {
                Path base = Path.of(System.getProperty("piu.test.work-dir", "target/it"));
                Files.createDirectories(base);
                return Files.createTempDirectory(base.toAbsolutePath(), "data-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
