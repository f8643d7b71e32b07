package org.piu.targeting.workbench;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
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
        SpringApplication app = new SpringApplication(PiuTargetingApplication.class);
        // Refuse early, in one line, when another instance holds the port or the data directory.
        app.addListeners(new SingleInstanceGuard());
        app.run(args);
    }
}
