package org.piu.targeting.workbench.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.workbench.archive.ArchivedFlight;
import org.piu.targeting.workbench.assessment.AssessmentService;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.piu.targeting.workbench.rules.ui.ApprovalsView;
import org.piu.targeting.workbench.rules.ui.ReleasesView;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** Start page: is the system healthy, which rules are active, what waits for approval, which flights need review. */
@Route("")
@PageTitle("Dashboard · PIU Targeting")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(
            Map<String, HealthIndicator> health,
            ReleaseService releases,
            RuleAssetService assets,
            AssessmentService assessments,
            AccessAnnotationChecker access) {
        addClassName("dashboard-view");
        add(new H2("Dashboard"));

        FlexLayout cards = new FlexLayout();
        cards.addClassName("dashboard-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Div healthCard = card("System health");
        health.forEach((name, indicator) -> {
            Status status = indicator.health().getStatus();
            Div line = new Div(name.replaceAll("(HealthIndicator|HealthContributor)$", "") + ": " + status.getCode());
            line.addClassName(Status.UP.equals(status) ? "health-up" : "health-down");
            healthCard.add(line);
        });
        cards.add(healthCard);

        Div releaseCard = card("Active release");
        releaseCard.setId("active-release-card");
        releases.active()
                .ifPresentOrElse(
                        r -> {
                            long rules = r.assets().stream()
                                    .filter(a -> a.asset().kind() == AssetKind.RULE)
                                    .count();
                            int compiled = releases.activeCompiled()
                                    .map(c -> c.rules().size())
                                    .orElse(0);
                            releaseCard.add(
                                    big("Release " + r.number()),
                                    new Div(rules + " rules (" + compiled + " compiled and evaluating)"),
                                    new Div("published " + WorkbenchFormat.when(r.createdAt()) + " by "
                                            + r.createdBy()));
                        },
                        () -> releaseCard.add(big("None"), new Div("Assessments apply watchlist screening only.")));
        link(releaseCard, access, "All releases", ReleasesView.class);
        cards.add(releaseCard);

        long submitted = Arrays.stream(AssetKind.values())
                .flatMap(k -> assets.list(k).stream())
                .filter(v -> v.status() == AssetStatus.SUBMITTED)
                .count();
        Div approvalCard = card("Awaiting approval");
        approvalCard.setId("awaiting-approval-card");
        approvalCard.add(
                big(String.valueOf(submitted)), new Div("submitted revision(s) of rules, lists and scenarios"));
        link(approvalCard, access, "Review them", ApprovalsView.class);
        cards.add(approvalCard);
        add(cards);

        add(new H3("Recent flights with hits"), new HumanReviewBanner());
        List<ArchivedFlight> flagged;
        try {
            flagged = assessments.recent(AssessmentsView.RECENT).stream()
                    .filter(f -> f.passengersWithHits() > 0)
                    .limit(10)
                    .toList();
        } catch (RuntimeException e) {
            add(new Paragraph("The archive is unavailable: " + e.getMessage()));
            return;
        }
        if (flagged.isEmpty()) {
            add(new Paragraph("No recently assessed flight has a hit."));
            return;
        }
        Grid<ArchivedFlight> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArchivedFlight::flightKey).setHeader("Flight").setAutoWidth(true);
        grid.addColumn(f -> WorkbenchFormat.when(f.receivedAt()))
                .setHeader("Received")
                .setAutoWidth(true);
        grid.addColumn(ArchivedFlight::passengersWithHits)
                .setHeader("Passengers with hits")
                .setAutoWidth(true);
        grid.addColumn(ArchivedFlight::maxRiskScore).setHeader("Max risk score").setAutoWidth(true);
        grid.addColumn(f -> String.join(", ", f.hitRuleIds())).setHeader("Rules hit");
        grid.setItems(flagged);
        grid.setAllRowsVisible(true);
        if (access.hasAccess(AssessmentDetailView.class)) { // only officers see the passengers
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                    AssessmentDetailView.class,
                    new RouteParameters("id", e.getItem().id()))));
        }
        add(grid);
    }

    private static Div card(String title) {
        Div card = new Div();
        card.addClassName("dashboard-card");
        Span heading = new Span(title);
        heading.addClassName("card-title");
        card.add(heading);
        return card;
    }

    private static Div big(String text) {
        Div d = new Div(text);
        d.addClassName("card-figure");
        return d;
    }

    private static void link(Div card, AccessAnnotationChecker access, String text, Class<? extends Component> view) {
        if (access.hasAccess(view)) {
            card.add(new RouterLink(text, view));
        }
    }
}
