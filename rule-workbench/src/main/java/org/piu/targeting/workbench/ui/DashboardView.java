package org.piu.targeting.workbench.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** Start page: is the system healthy, and where to go next. */
@Route("")
@PageTitle("Dashboard · PIU Targeting")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(java.util.Map<String, HealthIndicator> health) {
        addClassName("dashboard-view");
        add(new H2("Dashboard"));
        health.forEach((name, indicator) -> {
            Status status = indicator.health().getStatus();
            Paragraph line = new Paragraph(name + ": " + status.getCode());
            line.addClassName(Status.UP.equals(status) ? "health-up" : "health-down");
            add(line);
        });
    }
}
