package org.piu.targeting.workbench.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.workbench.audit.AuditLogVerification;
import org.piu.targeting.workbench.audit.AuditQuery;
import org.piu.targeting.workbench.audit.AuditService;
import org.piu.targeting.workbench.audit.AuditService.ActiveRules;
import org.piu.targeting.workbench.audit.AuditService.ExportFormat;
import org.piu.targeting.workbench.audit.AuditService.IntegrityReport;
import org.piu.targeting.workbench.audit.AuditService.Period;
import org.piu.targeting.workbench.audit.AuditTrailEntry;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;

/**
 * For compliance officers: the audit trail of a period — every action on the rules (refusals and conflicts
 * included) and everything else (sign-ins, refused calls, consultations of personal data, exports) — filtered by user,
 * action, subject and outcome, exported as CSV or JSON; proof that neither store was rewritten; and the rules that
 * were active at any moment.
 */
@Route("audit")
@PageTitle("Audit · PIU Targeting")
@Menu(order = 7, title = "Audit", icon = "vaadin:clipboard-check")
@RolesAllowed(Permissions.READ_AUDIT)
public class AuditView extends VerticalLayout {

    private final AuditService audit;
    private final String user;
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC, inclusive)");
    private final TextField userFilter = new TextField();
    private final TextField actionFilter = new TextField();
    private final TextField subjectFilter = new TextField();
    private final Select<String> outcomeFilter = new Select<>();
    private final Grid<AuditTrailEntry> events = new Grid<>();
    private final Div verification = new Div();
    private final DateTimePicker activeAt = new DateTimePicker("Moment (UTC)");
    private final Div activeRules = new Div();
    /** The period the exports cover; read by the download requests, which run outside the UI's lock. */
    private volatile LocalDate exportFrom;

    private volatile LocalDate exportTo;

    /** The filters the exports apply, for the same reason. */
    private volatile Filters exportFilters = new Filters("", "", "", "");

    private record Filters(String user, String action, String subject, String outcome) {}

    public AuditView(AuditService audit, AuthenticationContext auth) {
        this.audit = audit;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("audit-view");

        Period recent = audit.period(null, null);
        from.setValue(recent.fromDate());
        to.setValue(recent.toDate());
        exportFrom = from.getValue();
        exportTo = to.getValue();
        from.addValueChangeListener(e -> exportFrom = e.getValue());
        to.addValueChangeListener(e -> exportTo = e.getValue());
        Button show = new Button("Show events", e -> loadEvents());
        show.setId("show-audit");
        Anchor csv = new Anchor(download(ExportFormat.CSV), "Export CSV");
        csv.setId("export-csv");
        Anchor json = new Anchor(download(ExportFormat.JSON), "Export JSON");
        json.setId("export-json");
        HorizontalLayout period = new HorizontalLayout(from, to, show, csv, json);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);

        userFilter.setLabel(getTranslation("audit.filter.user"));
        userFilter.setId("filter-user");
        actionFilter.setLabel(getTranslation("audit.filter.action"));
        actionFilter.setId("filter-action");
        actionFilter.setPlaceholder("sign-in, consultation, approve …");
        subjectFilter.setLabel(getTranslation("audit.filter.subject"));
        subjectFilter.setId("filter-subject");
        subjectFilter.setPlaceholder("rules/R-1, 9U172-2026-11-22/P1 …");
        outcomeFilter.setLabel(getTranslation("audit.filter.outcome"));
        outcomeFilter.setId("filter-outcome");
        outcomeFilter.setItems("", "SUCCESS", "REFUSED", "CONFLICT");
        outcomeFilter.setItemLabelGenerator(o -> o.isEmpty() ? getTranslation("audit.filter.any") : o);
        outcomeFilter.setValue("");
        HorizontalLayout filters = new HorizontalLayout(userFilter, actionFilter, subjectFilter, outcomeFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        events.addColumn(e -> WorkbenchFormat.when(e.time()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(AuditTrailEntry::user)
                .setHeader("User")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(AuditTrailEntry::action)
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(AuditTrailEntry::subject)
                .setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(e -> WorkbenchFormat.revision(e.revision()))
                .setHeader("Revision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addComponentColumn(e -> StatusBadge.of(e.outcome()))
                .setHeader("Outcome")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(AuditTrailEntry::detail).setHeader("Detail").setFlexGrow(3);
        events.addColumn(e -> e.source() + " " + e.reference())
                .setHeader(getTranslation("audit.column.recorded"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.setHeight("45vh");
        events.setWidthFull();

        Button verify = new Button("Verify integrity", VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verification.setId("verification");

        activeAt.setValue(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        Button showActive = new Button("Show active rules", e -> showActiveAt());
        showActive.setId("show-active-at");
        HorizontalLayout activeBar = new HorizontalLayout(activeAt, showActive);
        activeBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(
                new H2("Audit trail"),
                new Paragraph(getTranslation("audit.intro")),
                period,
                filters,
                events,
                new H3("Integrity"),
                new Paragraph(getTranslation("audit.integrity.intro")),
                verify,
                verification,
                new H3("Rules active at a moment"),
                activeBar,
                activeRules);
        loadEvents();
    }

    private void loadEvents() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            Toast.error("Choose a period whose start is not after its end.");
            return;
        }
        Filters current = new Filters(
                userFilter.getValue(), actionFilter.getValue(), subjectFilter.getValue(), outcomeFilter.getValue());
        exportFilters = current;
        events.setItems(audit.trail(query(new Period(from.getValue(), to.getValue()), current, AuditQuery.MAX_LIMIT))
                .reversed());
    }

    private AuditQuery query(Period period, Filters f, Integer limit) {
        return audit.query(period, f.user(), f.action(), f.subject(), f.outcome(), limit);
    }

    private DownloadHandler download(ExportFormat format) {
        String actor = user;
        return event -> {
            Period period = new Period(exportFrom, exportTo);
            event.setFileName(audit.exportFileName(period, format));
            event.setContentType(format.contentType());
            PrintWriter out = event.getWriter();
            audit.export(query(period, exportFilters, null), format, actor, out);
            out.flush();
        };
    }

    private void verify() {
        IntegrityReport report = audit.verify();
        VerificationReport history = report.repository();
        AuditLogVerification logged = report.auditLog();
        verification.removeAll();
        Div headline = new Div((report.intact() ? "Intact: " : "NOT intact: ")
                + getTranslation(
                        "audit.integrity.checked",
                        history.anchorsChecked(),
                        history.releasesChecked(),
                        logged.entriesChecked(),
                        logged.anchorsChecked(),
                        WorkbenchFormat.when(report.checkedAt())));
        headline.addClassName(report.intact() ? "verification-intact" : "verification-broken");
        verification.add(headline);
        if (!history.problems().isEmpty() || !logged.problems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            history.problems()
                    .forEach(p -> list.add(new ListItem(
                            p.ref() + " " + p.objectId() + " (anchor line " + p.anchorLine() + "): " + p.message())));
            logged.problems()
                    .forEach(p -> list.add(new ListItem(
                            getTranslation("audit.integrity.log-problem", p.sequence(), p.kind(), p.message()))));
            verification.add(list);
        }
        loadEvents();
    }

    private void showActiveAt() {
        activeRules.removeAll();
        if (activeAt.getValue() == null) {
            return;
        }
        Instant at = activeAt.getValue().toInstant(ZoneOffset.UTC);
        ActiveRules active = audit.activeAt(at);
        if (active.release().isEmpty()) {
            activeRules.add(new Paragraph("No release was active at " + WorkbenchFormat.when(at) + "."));
            return;
        }
        Release r = active.release().get();
        activeRules.add(new Paragraph("At " + WorkbenchFormat.when(at) + " release " + r.number() + " was active,"
                + " published " + WorkbenchFormat.when(r.createdAt()) + " by " + r.createdBy() + " (\""
                + r.justification() + "\"), content hash " + r.contentHash() + "."));
        Map<AssetRef, String> texts = active.texts();
        Grid<Map.Entry<AssetRef, String>> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.getKey().name()).setHeader("Asset").setAutoWidth(true);
        grid.addColumn(e -> r.assets().stream()
                        .filter(a -> a.asset().equals(e.getKey()))
                        .findFirst()
                        .map(a -> WorkbenchFormat.revision(a.revision()))
                        .orElse(""))
                .setHeader("Revision")
                .setAutoWidth(true);
        grid.addColumn(e -> WorkbenchFormat.title(e.getValue()))
                .setHeader("Title")
                .setFlexGrow(2);
        grid.addItemClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(e.getItem().getKey().name() + " in release " + r.number());
            Pre pre = new Pre(e.getItem().getValue());
            pre.addClassName("mono");
            dialog.add(pre);
            dialog.setWidth("800px");
            dialog.getFooter().add(new Button("Close", ev -> dialog.close()));
            dialog.open();
        });
        grid.setItems(List.copyOf(texts.entrySet()));
        grid.setAllRowsVisible(true);
        activeRules.add(grid);
    }
}
