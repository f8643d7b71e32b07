package org.piu.targeting.workbench.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.piu.targeting.workbench.archive.ArchivedFlight;
import org.piu.targeting.workbench.assessment.AssessmentService;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;

/**
 * Recently assessed flights from the archive, in figures; for those who may see passengers' personal data, a click
 * opens the flight's hits for review.
 */
@Route("assessments")
@Menu(order = 4, title = "menu.assessments", icon = "vaadin:airplane")
@RolesAllowed(Permissions.USE_WORKBENCH)
public class AssessmentsView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT = 200;

    private final Grid<ArchivedFlight> grid = new Grid<>();
    private List<ArchivedFlight> flights = List.of();

    public AssessmentsView(AssessmentService assessments, AccessAnnotationChecker access) {
        addClassName("assessments-view");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArchivedFlight::flightKey)
                .setHeader(getTranslation("assessments.grid.flight"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(f -> WorkbenchFormat.when(f.receivedAt()))
                .setHeader(getTranslation("assessments.grid.received"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(ArchivedFlight::source)
                .setHeader(getTranslation("assessments.grid.source"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(f -> StatusBadge.of(f.screening()))
                .setHeader(getTranslation("assessments.grid.screening"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ArchivedFlight::passengers)
                .setHeader(getTranslation("assessments.grid.passengers"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(ArchivedFlight::passengersWithHits)
                .setHeader(getTranslation("assessments.grid.with-hits"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(ArchivedFlight::ruleHits)
                .setHeader(getTranslation("assessments.grid.rule-hits"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ArchivedFlight::watchlistHits)
                .setHeader(getTranslation("assessments.grid.watchlist-hits"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ArchivedFlight::maxRiskScore)
                .setHeader(getTranslation("assessments.grid.max-risk-score"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(f -> f.releaseId() == null ? getTranslation("common.none") : f.releaseId())
                .setHeader(getTranslation("assessments.grid.release"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (access.hasAccess(AssessmentDetailView.class)) { // only officers see the passengers
            RowActivation.onClickOrEnter(
                    grid,
                    flight -> getUI().ifPresent(ui ->
                            ui.navigate(AssessmentDetailView.class, new RouteParameters("id", flight.id()))));
        }
        grid.setSizeFull();

        Checkbox onlyHits = new Checkbox(getTranslation("assessments.only-hits"));
        onlyHits.setId("only-hits");
        onlyHits.addValueChangeListener(e -> grid.setItems(
                e.getValue()
                        ? flights.stream()
                                .filter(f -> f.passengersWithHits() > 0)
                                .toList()
                        : flights));

        try {
            flights = assessments.recent(RECENT);
        } catch (RuntimeException e) {
            Toast.error(getTranslation("assessments.archive-unavailable", e.getMessage()));
        }
        grid.setItems(flights);
        add(new H2(getTranslation("assessments.title")), new HumanReviewBanner(), onlyHits, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("assessments.title"));
    }
}
