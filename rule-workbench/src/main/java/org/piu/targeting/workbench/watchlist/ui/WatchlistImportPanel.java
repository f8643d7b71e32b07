package org.piu.targeting.workbench.watchlist.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.importer.RejectedRow;
import org.piu.targeting.matching.watchlist.store.ImportFailedException;
import org.piu.targeting.workbench.watchlist.WatchlistService;

/**
 * Loads a file of entries into the selected list (CSV, JSON lines or the UN consolidated list) and shows what came
 * of it: the counts and every rejected row with its reason, or why the import failed while the previous entries
 * keep serving. Announces a finished upload as an {@link EntriesLoadedEvent} so that the counts can be refreshed.
 */
class WatchlistImportPanel extends VerticalLayout {

    /** An upload was processed (loaded or refused). */
    static final class EntriesLoadedEvent extends ComponentEvent<WatchlistImportPanel> {
        EntriesLoadedEvent(WatchlistImportPanel source) {
            super(source, false);
        }
    }

    private final WatchlistService watchlists;
    private final Select<ImportFormat> format = new Select<>();
    private final Div report = new Div();
    /** The list the next upload loads; read by the upload handler, which runs outside the UI's lock. */
    private volatile String target;

    WatchlistImportPanel(WatchlistService watchlists) {
        this.watchlists = watchlists;
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
            ImportFormat chosen = format.getValue() != null ? format.getValue() : formatOf(metadata.fileName());
            Runnable show = load(target, chosen, bytes);
            ui.access(show::run);
        }));
        upload.setId("watchlist-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".csv", ".jsonl", ".ndjson", ".json", ".xml");
        upload.addAllFinishedListener(e -> fireEvent(new EntriesLoadedEvent(this)));
        report.setId("import-report");
        add(
                new H3("Load entries"),
                new Paragraph(
                        "Replaces the entries of the"
                                + " selected list once the new ones are searchable; rejected rows are listed with their reason."),
                format,
                upload,
                report);
        setPadding(false);
    }

    Registration addEntriesLoadedListener(ComponentEventListener<EntriesLoadedEvent> listener) {
        return addListener(EntriesLoadedEvent.class, listener);
    }

    /** The list the next upload loads; null until one is selected or saved. */
    void setTarget(String list) {
        this.target = list;
    }

    /**
     * Imports outside the UI's lock and returns what to show. A refused import is shown in the panel with its rows,
     * not as a notification: the author needs the list of rejected rows to fix the file.
     */
    private Runnable load(String list, ImportFormat chosen, byte[] bytes) {
        if (list == null) {
            return () -> showFailure("Select (or save) the list to load first, then upload again.", List.of());
        }
        try {
            ImportReport loaded =
                    watchlists.importEntries(list, chosen, new ByteArrayInputStream(bytes), ImportProgress.NONE);
            return () -> showReport(loaded);
        } catch (ImportFailedException e) {
            return () -> showFailure(e.getMessage(), e.rejected());
        } catch (RuntimeException e) {
            return () -> showFailure("Import into '" + list + "' failed: " + e.getMessage(), List.of());
        }
    }

    /** The format a file's name suggests; CSV unless it says XML or JSON. */
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

    private void showReport(ImportReport loaded) {
        report.removeAll();
        report.add(new Paragraph("Loaded " + loaded.imported() + " entries into " + loaded.watchlist() + " in "
                + loaded.millis() + " ms; " + loaded.rejected().size() + " rows rejected."));
        report.add(rejectedGrid(loaded.rejected()));
        fireEvent(new EntriesLoadedEvent(this));
    }

    private void showFailure(String message, List<RejectedRow> rejected) {
        report.removeAll();
        Div error = new Div(message);
        error.addClassName("refusal");
        report.add(error, rejectedGrid(rejected));
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
}
