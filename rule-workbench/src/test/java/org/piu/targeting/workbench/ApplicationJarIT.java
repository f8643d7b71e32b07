package org.piu.targeting.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

/**
 * The application jar as it is shipped (Spring Boot's executable jar, built by {@code package}; run by failsafe
 * after it): it holds the application and Vaadin's production bundle, and nothing of the demo — no class or
 * resource of the sample-data generators, the load driver or the sample loader, in its own classes or in any jar
 * it nests.
 */
class ApplicationJarIT {

    /** Packages that exist only for demonstrations and benchmarks. */
    private static final List<String> DEMO_ONLY = List.of("org/piu/targeting/sample/", "org/piu/targeting/demo/");

    private static final Path JAR = Path.of(System.getProperty("piu.application-jar", "target/piu-targeting-exec.jar"));

    @Test
    void holds_the_application_and_its_production_bundle() throws IOException {
        assertThat(JAR).as("the application jar (run `package` first)").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class"))
                    .isEqualTo(PiuTargetingApplication.class.getName());
            assertThat(jar.getEntry("BOOT-INF/classes/org/piu/targeting/workbench/PiuTargetingApplication.class"))
                    .isNotNull();
            // Boot keeps the application's META-INF at the root of the jar
            JarEntry buildInfo = jar.getJarEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(buildInfo).as("Vaadin's build info").isNotNull();
            try (InputStream in = jar.getInputStream(buildInfo)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .containsPattern("\"productionMode\"\\s*:\\s*true");
            }
        }
    }

    @Test
    void contains_no_sample_data_generator_load_driver_or_sample_loader() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (demoOnly(name.replaceFirst("^BOOT-INF/classes/", ""))) {
                    found.add(name);
                }
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    nested.add(name);
                    try (JarInputStream lib = new JarInputStream(jar.getInputStream(entry))) {
                        for (JarEntry inner = lib.getNextJarEntry(); inner != null; inner = lib.getNextJarEntry()) {
                            if (demoOnly(inner.getName())) {
                                found.add(name + "!/" + inner.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(nested).as("nested libraries").anyMatch(n -> n.contains("/rules-engine-"));
        assertThat(found).as("demo-only classes and resources in " + JAR).isEmpty();
        assertThat(nested.stream().filter(n -> n.contains("/sample-data-") || n.contains("/demo-")))
                .as("demo-only libraries in " + JAR)
                .isEmpty();
    }

    private static boolean demoOnly(String entry) {
        return DEMO_ONLY.stream().anyMatch(entry::startsWith);
    }
}
