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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
import org.piu.targeting.workbench.base.ui.AssetNames;
import org.piu.targeting.workbench.base.ui.IsoDatePicker;
import org.piu.targeting.workbench.base.ui.IsoDateTimePicker;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.base.ui.WorkbenchTranslations;

/**
 * For compliance officers: the audit trail of a period — every action on the rules (refusals and conflicts
 * included) and everything else (sign-ins, refused calls, consultations of personal data, exports) — filtered by user,
 * action, subject and outcome, exported as CSV or JSON; proof that neither store was rewritten; and the rules that
 * were active at any moment.
 */
@Route("audit")
@Menu(order = 7, title = "menu.audit", icon = "vaadin:clipboard-check")
@RolesAllowed(Permissions.READ_AUDIT)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final String user;
    private final DatePicker from = new IsoDatePicker(getTranslation("audit.from"));
    private final DatePicker to = new IsoDatePicker(getTranslation("audit.to"));
    private final TextField userFilter = new TextField();
    private final TextField actionFilter = new TextField();
    private final TextField subjectFilter = new TextField();
    private final Select<String> outcomeFilter = new Select<>();
    private final Grid<AuditTrailEntry> events = new Grid<>();
    private final Div verification = new Div();
    private final DateTimePicker activeAt = new IsoDateTimePicker(getTranslation("audit.active.moment"));
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
        Button show = new Button(getTranslation("audit.show"), e -> loadEvents());
        show.setId("show-audit");
        Anchor csv = new Anchor(download(ExportFormat.CSV), getTranslation("audit.export.csv"));
        csv.setId("export-csv");
        Anchor json = new Anchor(download(ExportFormat.JSON), getTranslation("audit.export.json"));
        json.setId("export-json");
        HorizontalLayout period = new HorizontalLayout(from, to, show, csv, json);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);

        userFilter.setLabel(getTranslation("audit.filter.user"));
        userFilter.setId("filter-user");
        actionFilter.setLabel(getTranslation("audit.filter.action"));
        actionFilter.setId("filter-action");
        actionFilter.setPlaceholder(getTranslation("audit.filter.action.placeholder"));
        subjectFilter.setLabel(getTranslation("audit.filter.subject"));
        subjectFilter.setId("filter-subject");
        subjectFilter.setPlaceholder(getTranslation("audit.filter.subject.placeholder"));
        outcomeFilter.setLabel(getTranslation("audit.filter.outcome"));
        outcomeFilter.setId("filter-outcome");
        outcomeFilter.setItems("", "SUCCESS", "REFUSED", "CONFLICT");
        outcomeFilter.setItemLabelGenerator(o -> o.isEmpty()
                ? getTranslation("audit.filter.any")
                : getTranslation("status." + o.toLowerCase(Locale.ROOT)));
        outcomeFilter.setValue("");
        HorizontalLayout filters = new HorizontalLayout(userFilter, actionFilter, subjectFilter, outcomeFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        events.addColumn(e -> WorkbenchFormat.when(e.time()))
                .setHeader(getTranslation("audit.grid.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(AuditTrailEntry::user)
                .setHeader(getTranslation("audit.grid.user"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(e -> action(e.action()))
                .setHeader(getTranslation("audit.grid.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(e -> subject(e))
                .setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(e -> WorkbenchFormat.revision(e.revision()))
                .setHeader(getTranslation("audit.grid.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addComponentColumn(e -> StatusBadge.of(e.outcome()))
                .setHeader(getTranslation("audit.grid.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(this::detail)
                .setHeader(getTranslation("audit.grid.detail"))
                .setWidth("14em") // never narrower than its header, whatever the other columns take
                .setFlexGrow(3);
        events.addColumn(e -> getTranslation("audit.source." + e.source(), WorkbenchFormat.revision(e.reference())))
                .setHeader(getTranslation("audit.column.recorded"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.setHeight("45vh");
        events.setWidthFull();

        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verification.setId("verification");

        activeAt.setValue(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        Button showActive = new Button(getTranslation("audit.active.show"), e -> showActiveAt());
        showActive.setId("show-active-at");
        HorizontalLayout activeBar = new HorizontalLayout(activeAt, showActive);
        activeBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(
                new H2(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")),
                period,
                filters,
                events,
                new H3(getTranslation("audit.integrity")),
                new Paragraph(getTranslation("audit.integrity.intro")),
                verify,
                verification,
                new H3(getTranslation("audit.active")),
                activeBar,
                activeRules);
        loadEvents();
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("audit.title"));
    }

    /**
     * An audited action in the user's language when it is one of the repository's ({@code approve}); a refused API
     * call ({@code POST /api/v1/releases}) as it was made.
     */
    private String action(String action) {
        String key = "audit.action." + action;
        return action != null && WorkbenchTranslations.has(key) ? getTranslation(key) : action;
    }

    /** What an audit line concerns: a rule, list or scenario as users call it ("rule R-1"), anything else as recorded. */
    private String subject(AuditTrailEntry e) {
        return AssetNames.name(this, e.subject());
    }

    /**
     * The justification or comment of a rule change; the details of an audit log entry by name, and how often it
     * happened until when (in the workbench's time format, not the record's).
     */
    private String detail(AuditTrailEntry e) {
        String detail = AuditTrailEntry.AUDIT_LOG.equals(e.source())
                ? new TreeMap<>(e.details())
                        .entrySet().stream()
                                .map(d -> d.getKey() + "=" + d.getValue())
                                .collect(Collectors.joining(", "))
                : e.detail();
        if (e.count() <= 1) {
            return detail;
        }
        String repeated = getTranslation("audit.grid.repeated", e.count(), WorkbenchFormat.when(e.lastTime()));
        return detail == null || detail.isEmpty() ? repeated : detail + "; " + repeated;
    }

    private void loadEvents() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            Toast.error(getTranslation("audit.period.invalid"));
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
        Div headline = new Div(getTranslation(
                report.intact() ? "audit.integrity.intact" : "audit.integrity.broken",
                getTranslation(
                        "audit.integrity.checked",
                        history.anchorsChecked(),
                        history.releasesChecked(),
                        logged.entriesChecked(),
                        logged.anchorsChecked(),
                        WorkbenchFormat.when(report.checkedAt()))));
        headline.addClassName(report.intact() ? "verification-intact" : "verification-broken");
        verification.add(headline);
        if (!history.problems().isEmpty() || !logged.problems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            history.problems()
                    .forEach(p -> list.add(new ListItem(getTranslation(
                            "audit.integrity.problem", p.ref(), p.objectId(), p.anchorLine(), p.message()))));
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
            activeRules.add(new Paragraph(getTranslation("audit.active.none", WorkbenchFormat.when(at))));
            return;
        }
        Release r = active.release().get();
        activeRules.add(new Paragraph(getTranslation(
                "audit.active.release",
                WorkbenchFormat.when(at),
                r.number(),
                WorkbenchFormat.when(r.createdAt()),
                r.createdBy(),
                r.justification(),
                r.contentHash())));
        Map<AssetRef, String> texts = active.texts();
        Grid<Map.Entry<AssetRef, String>> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> AssetNames.name(this, e.getKey().name()))
                .setHeader(getTranslation("audit.grid.asset"))
                .setAutoWidth(true);
        grid.addColumn(e -> r.assets().stream()
                        .filter(a -> a.asset().equals(e.getKey()))
                        .findFirst()
                        .map(a -> WorkbenchFormat.revision(a.revision()))
                        .orElse(""))
                .setHeader(getTranslation("audit.grid.revision"))
                .setAutoWidth(true);
        grid.addColumn(e -> WorkbenchFormat.title(e.getValue()))
                .setHeader(getTranslation("audit.grid.title"))
                .setFlexGrow(2);
        RowActivation.onClickOrEnter(grid, item -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(
                    "audit.active.text", AssetNames.name(this, item.getKey().name()), r.number()));
            Pre pre = new Pre(item.getValue());
            pre.addClassName("mono");
            dialog.add(pre);
            dialog.setWidth("800px");
            dialog.getFooter().add(new Button(getTranslation("common.close"), ev -> dialog.close()));
            dialog.open();
        });
        grid.setItems(List.copyOf(texts.entrySet()));
        grid.setAllRowsVisible(true);
        activeRules.add(grid);
    }
}
