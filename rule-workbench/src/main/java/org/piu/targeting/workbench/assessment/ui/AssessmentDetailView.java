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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Flight assessment · PIU Targeting")
@RolesAllowed(Permissions.VIEW_PERSONAL_DATA)
public class AssessmentDetailView extends VerticalLayout implements BeforeEnterObserver {

    /** The purpose the consultation log records for a view of this page. */
    static final String PURPOSE = "assessment review (flight assessment view)";

    private final AssessmentService assessments;
    private final String user;

    public AssessmentDetailView(AssessmentService assessments, AuthenticationContext auth) {
        this.assessments = assessments;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("assessment-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
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
                    new RouterLink("← Assessed flights", AssessmentsView.class),
                    new Paragraph(
                            "No archived assessment with id " + id + " (it may have passed its retention period)."));
            return;
        }
        show(found.get());
    }

    private void show(ArchivedFlight flight) {
        Assessment a = flight.assessment();
        add(
                new RouterLink("← Assessed flights", AssessmentsView.class),
                new H2("Flight " + flight.flightKey()),
                new HumanReviewBanner());
        var f = flight.manifest() == null ? null : flight.manifest().flight();
        String route = f == null
                ? ""
                : f.origin() + " → " + f.destination() + ", departs "
                        + (f.departure() == null ? "?" : f.departure().toString()) + ". ";
        Paragraph summary = new Paragraph(route + "Received " + WorkbenchFormat.when(flight.receivedAt()) + " ("
                + flight.source() + "); " + flight.passengers() + " passengers, " + flight.passengersWithHits()
                + " with hits; release "
                + (a.release() == null
                        ? "none"
                        : a.release().id() + " (hash " + a.release().hash() + ")") + ".");
        summary.setId("flight-summary");
        Span screening = StatusBadge.of(a.screening());
        add(summary, new Div(new Span("Watchlist screening: "), screening));
        if (flight.masked()) {
            add(new Paragraph("Depersonalised: names, contacts, payment and API data are masked after the retention"
                    + " period (EU PNR Directive art. 12)."));
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
            add(new Paragraph("No passenger of this flight was hit by a rule or a watchlist."));
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
        String name = p.map(x -> x.surname() + ", " + x.givenNames()).orElse("passenger " + assessed.id());
        H3 title = new H3(name + " — risk score " + assessed.riskScore());
        card.add(title);
        p.ifPresent(x -> card.add(new Paragraph("Id " + x.id() + " · " + (x.type() == null ? "" : x.type()) + " · born "
                + (x.dateOfBirth() == null ? "?" : x.dateOfBirth()) + " · nationality "
                + (x.nationality() == null ? "?" : x.nationality()) + " · booking "
                + (x.bookingRef() == null ? "-" : x.bookingRef()) + " · seat " + (x.seat() == null ? "-" : x.seat())
                + x.documents().stream()
                        .findFirst()
                        .map(AssessmentDetailView::document)
                        .orElse(""))));

        Grid<Hit> hits = new Grid<>();
        hits.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        hits.addColumn(h -> h.type().name())
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(h -> h.type() == HitType.WATCHLIST
                        ? h.list() + " / " + h.entryId()
                        : h.ruleId() + (h.title() == null ? "" : " — " + h.title()))
                .setHeader("Rule / entry")
                .setFlexGrow(2);
        hits.addColumn(h -> WorkbenchFormat.revision(h.ruleRevision()))
                .setHeader("Revision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(h -> flight.releaseId() == null ? "" : flight.releaseId())
                .setHeader("Release")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addComponentColumn(h -> {
                    Span s = new Span(h.severity() == null ? "" : h.severity().name());
                    if (h.severity() != null) {
                        s.addClassName("severity-" + h.severity().name());
                    }
                    return s;
                })
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(h -> h.score()
                        + (h.matchScore() == null ? "" : String.format(Locale.ROOT, " (match %.2f)", h.matchScore())))
                .setHeader("Score")
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addComponentColumn(h -> {
                    UnorderedList reasons = new UnorderedList();
                    reasons.addClassName("hit-reasons");
                    h.reasons().forEach(r -> reasons.add(new ListItem(r)));
                    return reasons;
                })
                .setHeader("Why (matched conditions with the passenger's values)")
                .setFlexGrow(4);
        hits.setItems(assessed.hits());
        hits.setAllRowsVisible(true);
        card.add(hits);
        return card;
    }

    private static String document(TravelDocument d) {
        return " · document " + d.type() + " " + d.number() + " (" + d.issuingCountry() + ", expires " + d.expiry()
                + ")";
    }
}
