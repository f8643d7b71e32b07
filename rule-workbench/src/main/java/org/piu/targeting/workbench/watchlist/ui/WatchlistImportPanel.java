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
import com.vaadin.flow.component.upload.UploadI18N;
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
        format.setLabel(getTranslation("watchlists.import.format"));
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case CSV -> getTranslation("watchlists.import.format.csv");
            case JSON_LINES -> getTranslation("watchlists.import.format.json-lines");
            case UN_XML -> getTranslation("watchlists.import.format.un-xml");
        });
        format.setPlaceholder(getTranslation("watchlists.import.format.from-file-name"));
        format.setWidth("480px");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            ImportFormat chosen = format.getValue() != null ? format.getValue() : formatOf(metadata.fileName());
            Runnable show = load(target, chosen, bytes);
            ui.access(show::run);
        }));
        upload.setI18n(uploadTexts());
        upload.setId("watchlist-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".csv", ".jsonl", ".ndjson", ".json", ".xml");
        upload.addAllFinishedListener(e -> fireEvent(new EntriesLoadedEvent(this)));
        report.setId("import-report");
        add(
                new H3(getTranslation("watchlists.import.title")),
                new Paragraph(getTranslation("watchlists.import.intro")),
                format,
                upload,
                report);
        setPadding(false);
    }

    /** The upload's own texts (button, drop zone, progress and errors) in the user's language. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("upload.add-file"))
                        .setMany(getTranslation("upload.add-file")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("upload.drop-file"))
                        .setMany(getTranslation("upload.drop-file")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remaining"))
                                .setUnknown(getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("upload.error.server"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(getTranslation("upload.error.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start"))
                        .setRemove(getTranslation("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
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
            return () -> showFailure(getTranslation("watchlists.import.no-list"), List.of());
        }
        try {
            ImportReport loaded =
                    watchlists.importEntries(list, chosen, new ByteArrayInputStream(bytes), ImportProgress.NONE);
            return () -> showReport(loaded);
        } catch (ImportFailedException e) {
            return () -> showFailure(e.getMessage(), e.rejected());
        } catch (RuntimeException e) {
            return () -> showFailure(getTranslation("watchlists.import.failed", list, e.getMessage()), List.of());
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
        report.add(new Paragraph(getTranslation(
                "watchlists.import.loaded",
                loaded.imported(),
                loaded.watchlist(),
                loaded.millis(),
                loaded.rejected().size())));
        report.add(rejectedGrid(loaded.rejected()));
        fireEvent(new EntriesLoadedEvent(this));
    }

    private void showFailure(String message, List<RejectedRow> rejected) {
        report.removeAll();
        Div error = new Div(message);
        error.addClassName("refusal");
        report.add(error, rejectedGrid(rejected));
    }

    /** The rows' reasons are the importer's, in English: the same text the API answers with. */
    private Grid<RejectedRow> rejectedGrid(List<RejectedRow> rejected) {
        Grid<RejectedRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(RejectedRow::row)
                .setHeader(getTranslation("watchlists.import.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RejectedRow::reason).setHeader(getTranslation("watchlists.import.reason"));
        grid.setItems(rejected);
        grid.setAllRowsVisible(true);
        grid.setVisible(!rejected.isEmpty());
        return grid;
    }
}
