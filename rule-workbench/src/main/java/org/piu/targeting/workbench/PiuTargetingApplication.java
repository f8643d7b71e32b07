package org.piu.targeting.workbench;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.List;
import org.piu.targeting.workbench.base.config.SingleInstanceGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The PIU Targeting application: rule workbench (Vaadin) and the REST API of the ingest pipeline. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("piu.css")
public class PiuTargetingApplication implements AppShellConfigurator {

    /** The browser tab's icon: a shield carrying an aircraft (icons/piu.svg, public like the stylesheet). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/piu.svg", "any");
    }

    public static void main(String[] args) {
        application().run(args);
    }

    /**
     * The application as {@link #main} starts it, plus the given configuration classes: the demo (module
     * {@code demo}) adds its sample data loader this way, so that it runs exactly the production application.
     */
    public static SpringApplication application(Class<?>... additionalSources) {
        SpringApplication app = new SpringApplication(PiuTargetingApplication.class);
        app.addPrimarySources(List.of(additionalSources));
        // Refuse early, in one line, when another instance holds the port or the data directory.
        app.addListeners(new SingleInstanceGuard());
        return app;
    }
}
