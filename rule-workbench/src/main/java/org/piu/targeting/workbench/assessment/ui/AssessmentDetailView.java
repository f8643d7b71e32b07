package org.piu.targeting.workbench.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.assess.Hit;
import org.piu.targeting.engine.assess.HitType;
import org.piu.targeting.engine.assess.PassengerAssessment;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.TravelDocument;
import org.piu.targeting.workbench.archive.ArchivedFlight;
import org.piu.targeting.workbench.assessment.AssessmentService;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;

/**
 * The human review surface of one flight: each passenger with hits, and for each hit the rule and revision, the
 * release, severity, score and the conditions that matched with the passenger's actual values. It shows personal
 * data, so only those who may see it open it, and each passenger shown is recorded in the consultation log.
 */
@Route("assessments/:id")
@RolesAllowed(Permissions.VIEW_PERSONAL_DATA)
public class AssessmentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The purpose the consultation log records for a view of this page. */
    static final String PURPOSE = "assessment review (flight assessment view)";

    private final AssessmentService assessments;
    private final String user;
    private String title = "";

    public AssessmentDetailView(AssessmentService assessments, AuthenticationContext auth) {
        this.assessments = assessments;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("assessment-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("assessment.title");
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<ArchivedFlight> found;
        try {
            found = assessments.consult(id, user, PURPOSE);
        } catch (RuntimeException e) {
            add(new Paragraph(getTranslation("assessment.detail.unavailable", e.getMessage())));
            return;
        }
        if (found.isEmpty()) {
            add(
                    new RouterLink(getTranslation("assessment.back"), AssessmentsView.class),
                    new Paragraph(getTranslation("assessment.not-found")));
            return;
        }
        show(found.get());
    }

    private void show(ArchivedFlight flight) {
        Assessment a = flight.assessment();
        title = getTranslation("assessment.heading", flight.flightKey());
        add(
                new RouterLink(getTranslation("assessment.back"), AssessmentsView.class),
                new H2(title),
                new HumanReviewBanner());
        var f = flight.manifest() == null ? null : flight.manifest().flight();
        String route = f == null
                ? ""
                : getTranslation(
                                "assessment.route",
                                f.origin(),
                                f.destination(),
                                f.departure() == null ? "?" : WorkbenchFormat.local(f.departure()))
                        + " ";
        String release = a.release() == null
                ? getTranslation("common.none")
                : getTranslation(
                        "assessment.release",
                        a.release().id(),
                        WorkbenchFormat.revision(a.release().hash()));
        Paragraph summary = new Paragraph(route
                + getTranslation(
                        "assessment.summary",
                        WorkbenchFormat.when(flight.receivedAt()),
                        flight.source(),
                        flight.passengers(),
                        flight.passengersWithHits(),
                        release));
        summary.setId("flight-summary");
        Span screening = StatusBadge.of(a.screening());
        add(summary, new Div(new Span(getTranslation("assessment.screening") + " "), screening));
        if (flight.masked()) {
            add(new Paragraph(getTranslation("assessment.masked")));
        }
        if (!a.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.addClassName("assessment-warnings");
            a.warnings().forEach(w -> warnings.add(new ListItem(w)));
            add(warnings);
        }
        var flagged = a.passengers().stream()
                .filter(p -> !p.hits().isEmpty())
                .sorted(Comparator.comparingInt(PassengerAssessment::riskScore).reversed())
                .toList();
        if (flagged.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.no-hits")));
        }
        flagged.forEach(p -> add(passenger(flight, p)));
    }

    private Div passenger(ArchivedFlight flight, PassengerAssessment assessed) {
        Div card = new Div();
        card.addClassName("passenger-card");
        Optional<Passenger> p = flight.manifest() == null
                ? Optional.empty()
                : flight.manifest().passengers().stream()
                        .filter(x -> x.id().equals(assessed.id()))
                        .findFirst();
        String name = p.map(x -> x.surname() + ", " + x.givenNames())
                .orElse(getTranslation("assessment.passenger", assessed.id()));
        card.add(new H3(getTranslation("assessment.passenger.heading", name, assessed.riskScore())));
        p.ifPresent(x -> card.add(new Paragraph(getTranslation(
                        "assessment.passenger.details",
                        x.id(),
                        x.type() == null
                                ? ""
                                : getTranslation(
                                        "passenger-type." + x.type().name().toLowerCase(Locale.ROOT)),
                        x.dateOfBirth() == null ? "?" : x.dateOfBirth().toString(),
                        x.nationality() == null ? "?" : x.nationality(),
                        x.bookingRef() == null ? "-" : x.bookingRef(),
                        x.seat() == null ? "-" : x.seat())
                + x.documents().stream().findFirst().map(this::document).orElse(""))));

        Grid<Hit> hits = new Grid<>();
        hits.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        hits.addColumn(h -> getTranslation("hit-type." + h.type().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("assessment.hits.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(h -> h.type() == HitType.WATCHLIST
                        ? h.list() + " / " + h.entryId()
                        : h.ruleId() + (h.title() == null ? "" : " — " + h.title()))
                .setHeader(getTranslation("assessment.hits.rule-or-entry"))
                .setFlexGrow(2);
        hits.addColumn(h -> WorkbenchFormat.revision(h.ruleRevision()))
                .setHeader(getTranslation("assessment.hits.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(h -> flight.releaseId() == null ? "" : flight.releaseId())
                .setHeader(getTranslation("assessment.hits.release"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addComponentColumn(h -> {
                    Span s = new Span(
                            h.severity() == null
                                    ? ""
                                    : getTranslation(
                                            "severity." + h.severity().name().toLowerCase(Locale.ROOT)));
                    if (h.severity() != null) {
                        s.addClassName("severity-" + h.severity().name());
                    }
                    return s;
                })
                .setHeader(getTranslation("assessment.hits.severity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(h -> h.matchScore() == null
                        ? String.valueOf(h.score())
                        : getTranslation(
                                "assessment.hits.score-with-match",
                                h.score(),
                                String.format(Locale.ROOT, "%.2f", h.matchScore())))
                .setHeader(getTranslation("assessment.hits.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addComponentColumn(h -> {
                    UnorderedList reasons = new UnorderedList();
                    reasons.addClassName("hit-reasons");
                    h.reasons().forEach(r -> reasons.add(new ListItem(r)));
                    return reasons;
                })
                .setHeader(getTranslation("assessment.hits.why"))
                .setFlexGrow(4);
        hits.setItems(assessed.hits());
        hits.setAllRowsVisible(true);
        card.add(hits);
        return card;
    }

    private String document(TravelDocument d) {
        return " · "
                + getTranslation(
                        "assessment.passenger.document",
                        d.type(),
                        d.number(),
                        d.issuingCountry(),
                        d.expiry() == null ? "?" : d.expiry().toString());
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(title);
    }
}
