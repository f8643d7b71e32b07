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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.base.ui.WorkbenchTranslations;
import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.piu.targeting.workbench.rules.ui.ApprovalsView;
import org.piu.targeting.workbench.rules.ui.ReleasesView;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** Start page: is the system healthy, which rules are active, what waits for approval, which flights need review. */
@Route("")
@Menu(order = 0, title = "menu.dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(
            Map<String, HealthIndicator> health,
            ReleaseService releases,
            RuleAssetService assets,
            AssessmentService assessments,
            AccessAnnotationChecker access) {
        addClassName("dashboard-view");
        add(new H2(getTranslation("dashboard.title")));

        FlexLayout cards = new FlexLayout();
        cards.addClassName("dashboard-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Div healthCard = card(getTranslation("dashboard.health"));
        healthCard.setId("health-card");
        health.forEach((name, indicator) -> {
            Status status = indicator.health().getStatus();
            boolean up = Status.UP.equals(status);
            Div line = new Div(getTranslation(
                    up ? "dashboard.health.up" : "dashboard.health.down", component(name), status.getCode()));
            line.addClassName(up ? "health-up" : "health-down");
            healthCard.add(line);
        });
        cards.add(healthCard);

        Div releaseCard = card(getTranslation("dashboard.release"));
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
                                    big(getTranslation("dashboard.release.number", r.number())),
                                    new Div(getTranslation("dashboard.release.rules", rules, compiled)),
                                    new Div(getTranslation(
                                            "dashboard.release.published",
                                            WorkbenchFormat.when(r.createdAt()),
                                            r.createdBy())));
                        },
                        () -> releaseCard.add(
                                big(getTranslation("dashboard.release.none")),
                                new Div(getTranslation("dashboard.release.none.text"))));
        link(releaseCard, access, getTranslation("dashboard.release.all"), ReleasesView.class);
        cards.add(releaseCard);

        long submitted = Arrays.stream(AssetKind.values())
                .flatMap(k -> assets.list(k).stream())
                .filter(v -> v.status() == AssetStatus.SUBMITTED)
                .count();
        Div approvalCard = card(getTranslation("dashboard.approvals"));
        approvalCard.setId("awaiting-approval-card");
        approvalCard.add(big(String.valueOf(submitted)), new Div(getTranslation("dashboard.approvals.text")));
        link(approvalCard, access, getTranslation("dashboard.approvals.review"), ApprovalsView.class);
        cards.add(approvalCard);
        add(cards);

        add(new H3(getTranslation("dashboard.flights")), new HumanReviewBanner());
        List<ArchivedFlight> flagged;
        try {
            flagged = assessments.recent(AssessmentsView.RECENT).stream()
                    .filter(f -> f.passengersWithHits() > 0)
                    .limit(10)
                    .toList();
        } catch (RuntimeException e) {
            add(new Paragraph(getTranslation("assessments.archive-unavailable", e.getMessage())));
            return;
        }
        if (flagged.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.flights.none")));
            return;
        }
        Grid<ArchivedFlight> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArchivedFlight::flightKey)
                .setHeader(getTranslation("assessments.grid.flight"))
                .setAutoWidth(true);
        grid.addColumn(f -> WorkbenchFormat.when(f.receivedAt()))
                .setHeader(getTranslation("assessments.grid.received"))
                .setAutoWidth(true);
        grid.addColumn(ArchivedFlight::passengersWithHits)
                .setHeader(getTranslation("dashboard.flights.passengers-with-hits"))
                .setAutoWidth(true);
        grid.addColumn(ArchivedFlight::maxRiskScore)
                .setHeader(getTranslation("assessments.grid.max-risk-score"))
                .setAutoWidth(true);
        grid.addColumn(f -> String.join(", ", f.hitRuleIds()))
                .setHeader(getTranslation("dashboard.flights.rules-hit"))
                .setAutoWidth(true);
        grid.setItems(flagged);
        grid.setAllRowsVisible(true);
        if (access.hasAccess(AssessmentDetailView.class)) { // only officers see the passengers
            RowActivation.onClickOrEnter(
                    grid,
                    flight -> getUI().ifPresent(ui ->
                            ui.navigate(AssessmentDetailView.class, new RouteParameters("id", flight.id()))));
        }
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("dashboard.title"));
    }

    /**
     * A health component as users call it ("Rules repository"), not by its bean name ({@code rulesRepository}); an
     * unknown one by its name.
     */
    private String component(String beanName) {
        String name = beanName.replaceAll("(HealthIndicator|HealthContributor)$", "");
        return WorkbenchTranslations.has("dashboard.health." + name)
                ? getTranslation("dashboard.health." + name)
                : name;
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
