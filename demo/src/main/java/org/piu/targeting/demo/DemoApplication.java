package org.piu.targeting.demo;

import java.util.Map;
import org.piu.targeting.workbench.PiuTargetingApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The demo: the production application ({@link PiuTargetingApplication}, unchanged) plus what only a demonstration
 * needs, registered here and nowhere else. {@code ./piu run} starts it; the application jar
 * ({@code rule-workbench/target/piu-targeting-exec.jar}) contains none of it.
 *
 * <p>Sample data is on by default here ({@code piu.sample-data.enabled=true} as a default property, so the command
 * line and the environment still override it) and off in the application.
 */
@Configuration(proxyBeanMethods = false)
@Import(SampleDataLoader.class)
public class DemoApplication {

    /** The demo's settings where they differ from the application's defaults. */
    static final Map<String, Object> DEFAULTS = Map.of("piu.sample-data.enabled", "true");

    public static void main(String[] args) {
        application().run(args);
    }

    static SpringApplication application() {
        SpringApplication app = PiuTargetingApplication.application(DemoApplication.class);
        app.setDefaultProperties(DEFAULTS);
        return app;
    }
}
