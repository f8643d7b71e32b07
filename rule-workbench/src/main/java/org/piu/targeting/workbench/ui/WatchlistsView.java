package org.piu.targeting.workbench.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.importer.RejectedRow;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.screening.WatchlistMatch;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.store.ImportFailedException;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;

/**
 * Watchlists passengers are screened against: entry counts and thresholds for everyone; creating lists and loading
 * entries for admins; and a quick screening of one name, with the explanation of every match.
 */
@Route("watchlists")
@PageTitle("Watchlists · PIU Targeting")
@RolesAllowed({"AUTHOR", "APPROVER", "COMPLIANCE", "ADMIN"})
public class WatchlistsView extends VerticalLayout {

    /** A list and how many entries it serves now. */
    record WatchlistRow(Watchlist list, long entries) {}

    /** The form's bean: a Watchlist is immutable and validates itself, so the form edits this and builds one. */
    public static class WatchlistDraft {
        private String name = "";
        private String description = "";
        private String legalSource = "";
        private String category = "";
        private Double alertThreshold = Watchlist.DEFAULT_ALERT_THRESHOLD;
        private Double reviewThreshold = Watchlist.DEFAULT_REVIEW_THRESHOLD;

        static WatchlistDraft of(Watchlist w) {
            WatchlistDraft d = new WatchlistDraft();
            d.name = w.name();
            d.description = w.description();
            d.legalSource = w.legalSource();
            d.category = w.category();
            d.alertThreshold = w.alertThreshold();
            d.reviewThreshold = w.reviewThreshold();
            return d;
        }

        Watchlist toWatchlist() {
            return new Watchlist(name.strip(), description, legalSource, category, alertThreshold, reviewThreshold);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description == null ? "" : description;
        }

        public String getLegalSource() {
            return legalSource;
        }

        public void setLegalSource(String legalSource) {
            this.legalSource = legalSource == null ? "" : legalSource;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category == null ? "" : category;
        }

        public Double getAlertThreshold() {
            return alertThreshold;
        }

        public void setAlertThreshold(Double alertThreshold) {
            this.alertThreshold = alertThreshold;
        }

        public Double getReviewThreshold() {
            return reviewThreshold;
        }

        public void setReviewThreshold(Double reviewThreshold) {
            this.reviewThreshold = reviewThreshold;
        }
    }

    private final WatchlistStore watchlists;
    private final WatchlistScreener screening;
    private final boolean admin;
    private final Grid<WatchlistRow> grid = new Grid<>();
    private final Binder<WatchlistDraft> binder = new Binder<>(WatchlistDraft.class);
    private final TextField name = new TextField("Name");
    private final Select<ImportFormat> format = new Select<>();
    private final Div importReport = new Div();
    private final MultiSelectComboBox<String> screenLists = new MultiSelectComboBox<>("Lists");
    private final Div screeningOutcome = new Div();
    private final Grid<WatchlistMatch> matches = new Grid<>();
    private String uploadTarget;

    public WatchlistsView(WatchlistStore watchlists, WatchlistScreener screening, AuthenticationContext auth) {
        this.watchlists = watchlists;
        this.screening = screening;
        this.admin = auth.hasRole("ADMIN");
        addClassName("watchlists-view");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.list().name())
                .setHeader("List")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.list().description()).setHeader("Description").setFlexGrow(2);
        grid.addColumn(r -> r.list().category())
                .setHeader("Category")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.list().legalSource()).setHeader("Legal source").setFlexGrow(1);
        grid.addColumn(WatchlistRow::entries)
                .setHeader("Entries")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.list().alertThreshold())
                .setHeader("Alert ≥")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.list().reviewThreshold())
                .setHeader("Review ≥")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                binder.readBean(WatchlistDraft.of(e.getValue().list()));
                name.setReadOnly(true);
                uploadTarget = e.getValue().list().name();
            }
        });
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        add(
                new H2("Watchlists"),
                new Paragraph("Passengers are screened against every list. A match at or above"
                        + " the review threshold is reported for review; at or above the alert threshold it is an alert"
                        + " (still to be confirmed by a person)."),
                grid);
        if (admin) {
            add(listForm(), upload());
        }
        add(screenForm());
        refresh();
    }

    private VerticalLayout listForm() {
        TextField description = new TextField("Description");
        TextField legalSource = new TextField("Legal source");
        TextField category = new TextField("Category");
        NumberField alert = new NumberField("Alert threshold (0–1)");
        NumberField review = new NumberField("Review threshold (0–1)");
        name.setId("watchlist-name");
        alert.setStep(0.01);
        review.setStep(0.01);
        binder.forField(name).asRequired("A list needs a name").bind(WatchlistDraft::getName, WatchlistDraft::setName);
        binder.bind(description, WatchlistDraft::getDescription, WatchlistDraft::setDescription);
        binder.bind(legalSource, WatchlistDraft::getLegalSource, WatchlistDraft::setLegalSource);
        binder.bind(category, WatchlistDraft::getCategory, WatchlistDraft::setCategory);
        binder.forField(alert)
                .asRequired()
                .withValidator(v -> v > 0 && v <= 1, "Between 0 and 1")
                .bind(WatchlistDraft::getAlertThreshold, WatchlistDraft::setAlertThreshold);
        binder.forField(review)
                .asRequired()
                .withValidator(v -> v > 0 && v <= 1, "Between 0 and 1")
                .bind(WatchlistDraft::getReviewThreshold, WatchlistDraft::setReviewThreshold);
        binder.readBean(new WatchlistDraft());

        Button save = new Button("Save list", e -> saveList());
        save.setId("save-watchlist");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button("New list", e -> {
            grid.asSingleSelect().clear();
            binder.readBean(new WatchlistDraft());
            name.setReadOnly(false);
        });
        FormLayout form = new FormLayout(name, description, category, legalSource, alert, review);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        VerticalLayout box =
                new VerticalLayout(new H3("Create or update a list"), form, new HorizontalLayout(save, clear));
        box.setPadding(false);
        return box;
    }

    private void saveList() {
        WatchlistDraft draft = new WatchlistDraft();
        try {
            binder.writeBean(draft);
            Watchlist saved = watchlists.createOrUpdate(draft.toWatchlist());
            Toast.success("Saved watchlist " + saved.name() + ".");
            uploadTarget = saved.name();
            refresh();
        } catch (ValidationException e) {
            Toast.error("Check the highlighted fields.");
        } catch (RuntimeException e) {
            Toast.error("Not saved: " + e.getMessage());
        }
    }

    private VerticalLayout upload() {
        format.setLabel("Format");
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case CSV -> "CSV (entry_id,names,date_of_birth,gender,nationality,document_number)";
            case JSON_LINES -> "JSON lines";
            case UN_XML -> "UN Security Council consolidated list (XML)";
        });
        format.setPlaceholder("From the file name");
        format.setWidth("480px");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String list = uploadTarget;
            ImportFormat chosen = format.getValue() != null ? format.getValue() : formatOf(metadata.fileName());
            Runnable show;
            if (list == null) {
                ui.access(() -> showFailure("Select (or save) the list to load first, then upload again.", List.of()));
                return;
            }
            try {
                ImportReport report =
                        watchlists.importEntries(list, chosen, new ByteArrayInputStream(bytes), ImportProgress.NONE);
                show = () -> showReport(report);
            } catch (ImportFailedException e) {
                show = () -> showFailure(e.getMessage(), e.rejected());
            } catch (RuntimeException e) {
                show = () -> showFailure("Import into '" + list + "' failed: " + e.getMessage(), List.of());
            }
            ui.access(show::run);
        }));
        upload.setId("watchlist-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".csv", ".jsonl", ".ndjson", ".json", ".xml");
        upload.addAllFinishedListener(e -> refresh());
        importReport.setId("import-report");
        VerticalLayout box = new VerticalLayout(
                new H3("Load entries"),
                new Paragraph(
                        "Replaces the entries of the"
                                + " selected list once the new ones are searchable; rejected rows are listed with their reason."),
                format,
                upload,
                importReport);
        box.setPadding(false);
        return box;
    }

    static ImportFormat formatOf(String fileName) {
        String f = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (f.endsWith(".xml")) {
            return ImportFormat.UN_XML;
        }
        if (f.endsWith(".jsonl") || f.endsWith(".ndjson") || f.endsWith(".json")) {
            return ImportFormat.JSON_LINES;
        }
        return ImportFormat.CSV;
    }

    private void showReport(ImportReport report) {
        importReport.removeAll();
        importReport.add(new Paragraph("Loaded " + report.imported() + " entries into " + report.watchlist() + " in "
                + report.millis() + " ms; " + report.rejected().size() + " rows rejected."));
        importReport.add(rejectedGrid(report.rejected()));
        refresh();
    }

    private void showFailure(String message, List<RejectedRow> rejected) {
        importReport.removeAll();
        Div error = new Div(message);
        error.addClassName("refusal");
        importReport.add(error, rejectedGrid(rejected));
    }

    private static Grid<RejectedRow> rejectedGrid(List<RejectedRow> rejected) {
        Grid<RejectedRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(RejectedRow::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RejectedRow::reason).setHeader("Reason");
        grid.setItems(rejected);
        grid.setAllRowsVisible(true);
        grid.setVisible(!rejected.isEmpty());
        return grid;
    }

    private VerticalLayout screenForm() {
        TextField person = new TextField("Name");
        person.setId("screen-name");
        person.setPlaceholder("SURNAME, Given names — any script");
        person.setWidth("320px");
        TextField dob = new TextField("Date of birth");
        dob.setId("screen-dob");
        dob.setPlaceholder("YYYY-MM-DD, YYYY-MM or YYYY");
        TextField nationality = new TextField("Nationality");
        nationality.setId("screen-nationality");
        nationality.setPlaceholder("ISO 3166 alpha-3");
        nationality.setWidth("140px");
        screenLists.setWidth("280px");
        Button screen = new Button("Screen", e -> screen(person.getValue(), dob.getValue(), nationality.getValue()));
        screen.setId("screen");
        screen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(person, dob, nationality, screenLists, screen);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        matches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        matches.addColumn(WatchlistMatch::list)
                .setHeader("List")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(WatchlistMatch::entryId)
                .setHeader("Entry")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(WatchlistMatch::matchedName).setHeader("Matched name").setAutoWidth(true);
        matches.addColumn(m -> String.format(Locale.ROOT, "%.2f", m.score()))
                .setHeader("Score")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addComponentColumn(m -> StatusBadge.of(m.decision()))
                .setHeader("Decision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(m -> String.join("; ", m.explanation()))
                .setHeader("Explanation")
                .setFlexGrow(3);
        matches.setAllRowsVisible(true);
        matches.setVisible(false);
        screeningOutcome.setId("screening-outcome");

        VerticalLayout box = new VerticalLayout(new H3("Screen a name"), bar, screeningOutcome, matches);
        box.setPadding(false);
        return box;
    }

    private void screen(String person, String dob, String nationality) {
        if (person == null || person.isBlank()) {
            Toast.error("Enter a name to screen.");
            return;
        }
        DateOfBirth birth;
        try {
            birth = DateOfBirth.parse(dob).orElse(null);
        } catch (IllegalArgumentException e) {
            Toast.error(e.getMessage());
            return;
        }
        List<String> lists = screenLists.getSelectedItems().isEmpty()
                ? watchlists.lists().stream().map(Watchlist::name).toList()
                : List.copyOf(screenLists.getSelectedItems());
        if (lists.isEmpty()) {
            Toast.error("There is no watchlist to screen against yet.");
            return;
        }
        String nat = nationality == null || nationality.isBlank()
                ? null
                : nationality.strip().toUpperCase(Locale.ROOT);
        ScreeningResult result = screening.screen(
                lists,
                List.of(new PersonQuery("query", person.strip(), null, null, birth, Gender.UNKNOWN, nat, null, null)));
        List<WatchlistMatch> found =
                result.results().stream().flatMap(r -> r.matches().stream()).toList();
        screeningOutcome.removeAll();
        String status = result.complete()
                ? "Screening complete against " + String.join(", ", lists) + ": "
                : "Screening DEGRADED (" + result.reason() + "): an empty result does not mean no match. ";
        screeningOutcome.add(new Paragraph(status + found.size() + " match(es) at or above the review threshold."));
        matches.setItems(found);
        matches.setVisible(!found.isEmpty());
    }

    private void refresh() {
        List<WatchlistRow> rows;
        try {
            rows = watchlists.lists().stream()
                    .map(w -> new WatchlistRow(w, watchlists.size(w.name())))
                    .toList();
        } catch (RuntimeException e) {
            Toast.error("Watchlists are unavailable: " + e.getMessage());
            rows = List.of();
        }
        grid.setItems(rows);
        screenLists.setItems(rows.stream().map(r -> r.list().name()).toList());
    }
}
