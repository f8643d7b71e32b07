package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.ConflictException;
import org.piu.targeting.repo.RulesRepositoryException;
import org.piu.targeting.repo.history.FieldChange;
import org.piu.targeting.repo.history.FieldDiff;
import org.piu.targeting.workbench.base.ui.ProblemList;
import org.piu.targeting.workbench.base.ui.ReasonDialog;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.AssetCheck;
import org.piu.targeting.workbench.rules.InvalidAssetException;
import org.piu.targeting.workbench.rules.RuleAssetService;
import org.piu.targeting.workbench.rules.SavedAsset;

/**
 * The editor of one rule, named list or scenario. It remembers the revision it was opened at and sends it with
 * every save, so a concurrent change is a conflict that names who changed what and when — and whatever happens,
 * the author's text stays in the editor: the workbench never loses work.
 */
@Route("edit/:kind/:id?")
@RolesAllowed({"AUTHOR", "APPROVER", "COMPLIANCE", "ADMIN"})
public class AssetEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RuleAssetService assets;
    private final String user;
    private final boolean author;

    private final H2 heading = new H2();
    private final HorizontalLayout state = new HorizontalLayout();
    private final TextField idField = new TextField("Id");
    private final TextArea text = new TextArea();
    private final ProblemList problems = new ProblemList();
    private final Div conflict = new Div();
    private final FieldCatalogPanel catalog;
    private final Button validate = new Button("Validate", VaadinIcon.CHECK_CIRCLE_O.create());
    private final Button save = new Button("Save draft…", VaadinIcon.DISC.create());
    private final Button submit = new Button("Submit for approval…", VaadinIcon.PAPERPLANE_O.create());
    private final Button retire = new Button("Retire…", VaadinIcon.ARCHIVE.create());
    private final RouterLink historyLink = new RouterLink();

    private AssetKind kind = AssetKind.RULE;
    private String id;
    /** The revision this editor's text started from: sent as base revision with the next save. */
    private String baseRevision;

    private AssetVersion current;
    private String savedText = "";

    public AssetEditorView(RuleAssetService assets, FieldCatalog fields, AuthenticationContext auth) {
        this.assets = assets;
        this.user = auth.getPrincipalName().orElseThrow();
        this.author = auth.hasRole("AUTHOR");
        addClassName("asset-editor-view");

        idField.setId("asset-id");
        idField.setHelperText("Letters, digits, '.', '_' or '-'; cannot change after the first save");
        idField.setWidth("320px");
        idField.addValueChangeListener(e -> {
            if (e.isFromClient() && savedText.isEmpty()) {
                heading.setText("New " + KindLabels.singular(kind) + " " + e.getValue());
            }
        });

        text.setId("asset-text");
        text.addClassName("yaml-editor");
        text.setWidthFull();
        text.setHeight("58vh");
        text.setLabel("Document (YAML)");
        text.getElement().setAttribute("spellcheck", "false");

        validate.setId("validate");
        validate.addClickListener(e -> validate());
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> askToSave());
        submit.setId("submit");
        submit.addClickListener(e -> askToSubmit());
        retire.setId("retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.addClickListener(e -> askToRetire());
        save.setVisible(author);
        submit.setVisible(author);
        retire.setVisible(author || auth.hasRole("APPROVER"));

        conflict.setId("conflict");
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        state.addClassName("asset-state");
        state.setAlignItems(FlexComponent.Alignment.BASELINE);

        HorizontalLayout actions = new HorizontalLayout(validate, save, submit, retire, historyLink);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout editor = new VerticalLayout(idField, text, actions, conflict, problems);
        editor.setPadding(false);
        editor.setWidthFull();

        catalog = new FieldCatalogPanel(fields.fields(), this::insert);
        HorizontalLayout body = new HorizontalLayout(editor, catalog);
        body.setWidthFull();
        body.setFlexGrow(1, editor);
        add(new RouterLink("← All rules, lists and scenarios", RulesView.class), heading, state, body);
    }

    @Override
    public String getPageTitle() {
        return (id == null ? "New " + KindLabels.singular(kind) : id) + " · PIU Targeting";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            kind = AssetKind.fromFolder(event.getRouteParameters().get("kind").orElse("rules"));
        } catch (IllegalArgumentException unknown) {
            event.forwardTo(RulesView.class);
            return;
        }
        id = event.getRouteParameters().get("id").orElse(null);
        catalog.setVisible(kind == AssetKind.RULE);
        historyLink.setText("History");
        if (id == null) {
            openNew();
            return;
        }
        var found = assets.get(kind, id);
        if (found.isEmpty()) {
            Toast.error("There is no " + KindLabels.singular(kind) + " '" + id + "': start a new one.");
            id = null;
            openNew();
            return;
        }
        open(found.get());
    }

    private void openNew() {
        current = null;
        baseRevision = null;
        savedText = "";
        heading.setText("New " + KindLabels.singular(kind));
        idField.setVisible(true);
        idField.setReadOnly(false);
        text.setValue(KindLabels.template(kind, ""));
        text.setReadOnly(!author);
        state.removeAll();
        state.add(new Span("Not saved yet."));
        historyLink.setVisible(false);
        updateButtons();
    }

    private void open(AssetVersion version) {
        current = version;
        baseRevision = version.revision();
        savedText = version.text();
        heading.setText(KindLabels.singular(kind).substring(0, 1).toUpperCase()
                + KindLabels.singular(kind).substring(1) + " " + id + titleSuffix(version.text()));
        idField.setValue(id);
        idField.setVisible(false);
        text.setValue(version.text());
        text.setReadOnly(!author || version.status() == AssetStatus.RETIRED);
        showState(version);
        historyLink.setVisible(true);
        historyLink.setRoute(HistoryView.class);
        historyLink.setQueryParameters(QueryParameters.simple(Map.of("kind", kind.folder(), "id", id)));
        updateButtons();
    }

    private static String titleSuffix(String yaml) {
        String title = WorkbenchFormat.title(yaml);
        return title.isEmpty() ? "" : " — " + title;
    }

    private void showState(AssetVersion v) {
        state.removeAll();
        Span revision = new Span("revision " + WorkbenchFormat.revision(v.revision()));
        revision.getElement().setAttribute("title", v.revision());
        state.add(
                StatusBadge.of(v.status()),
                new Span("version " + v.version()),
                revision,
                new Span("saved by " + v.author() + " at " + WorkbenchFormat.when(v.savedAt())));
        if (v.approvedRevision() != null) {
            state.add(new Span(
                    "last approved: " + WorkbenchFormat.revision(v.approvedRevision()) + " by " + v.approvedBy()));
        }
        if (v.publishedRevision() != null) {
            state.add(new Span("in active release: " + WorkbenchFormat.revision(v.publishedRevision())));
        }
    }

    private void updateButtons() {
        boolean retired = current != null && current.status() == AssetStatus.RETIRED;
        save.setEnabled(!retired);
        submit.setEnabled(
                current != null && (current.status() == AssetStatus.DRAFT || current.status() == AssetStatus.REJECTED));
        retire.setEnabled(current != null && !retired);
    }

    private String currentId() {
        return id != null ? id : idField.getValue().strip();
    }

    private void validate() {
        String assetId = currentId();
        if (assetId.isEmpty()) {
            idField.setInvalid(true);
            idField.setErrorMessage("An id is required");
            return;
        }
        try {
            AssetCheck check = assets.check(kind, assetId, text.getValue());
            problems.show(
                    check.problems(),
                    "No problems: the document is valid against the field catalog, the"
                            + " sensitive-data policy and the named lists.");
        } catch (IllegalArgumentException e) {
            Toast.error(e.getMessage());
        }
    }

    private void askToSave() {
        String assetId = currentId();
        if (assetId.isEmpty()) {
            idField.setInvalid(true);
            idField.setErrorMessage("An id is required");
            return;
        }
        new ReasonDialog(
                        "Save draft of " + assetId,
                        "The justification is recorded with the revision and shown to the approver.",
                        "Justification",
                        "Save draft",
                        true,
                        justification -> save(assetId, justification))
                .open();
    }

    private void save(String assetId, String justification) {
        String mine = text.getValue();
        try {
            SavedAsset saved = assets.save(kind, assetId, mine, user, justification, baseRevision);
            conflict.setVisible(false);
            baseRevision = saved.revision().revision();
            savedText = mine;
            if (id == null) {
                id = assetId;
                getUI().ifPresent(ui ->
                        ui.getPage().getHistory().replaceState(null, "edit/" + kind.folder() + "/" + assetId));
            }
            assets.get(kind, assetId).ifPresent(v -> {
                current = v;
                showState(v);
                heading.setText(KindLabels.singular(kind) + " " + assetId + titleSuffix(mine));
                idField.setVisible(false);
                historyLink.setVisible(true);
                historyLink.setRoute(HistoryView.class);
                historyLink.setQueryParameters(QueryParameters.simple(Map.of("kind", kind.folder(), "id", assetId)));
            });
            updateButtons();
            problems.show(saved.warnings(), "Saved without warnings.");
            Toast.success("Saved " + kind.folder() + "/" + assetId + " as version "
                    + (current == null ? "?" : current.version()) + " (draft).");
        } catch (ConflictException e) {
            showConflict(assetId, e);
        } catch (InvalidAssetException e) {
            problems.show(e.problems(), "");
            Toast.error("Not saved: the document has problems that forbid saving it (listed below).");
        } catch (RulesRepositoryException | IllegalArgumentException e) {
            Toast.error("Not saved: " + e.getMessage());
        }
    }

    /** Someone saved since this editor opened: say who and when, keep the author's text, offer the way forward. */
    private void showConflict(String assetId, ConflictException e) {
        conflict.removeAll();
        conflict.setVisible(true);
        conflict.add(new Div("Not saved: " + e.changedBy() + " changed " + kind.folder() + "/" + assetId + " at "
                + WorkbenchFormat.when(e.changedAt()) + " (revision " + WorkbenchFormat.revision(e.currentRevision())
                + ") after you opened it. Your text is still in the editor; nothing was overwritten."));
        Button theirs = new Button("Compare with their version", ev -> showTheirs(assetId, e.currentRevision()));
        theirs.setId("conflict-compare");
        Button rebase = new Button("Keep my text and save over their version…", ev -> {
            baseRevision = e.currentRevision();
            conflict.setVisible(false);
            askToSave();
        });
        rebase.setId("conflict-rebase");
        rebase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new HorizontalLayout(theirs, rebase));
    }

    private void showTheirs(String assetId, String revision) {
        AssetVersion theirs = assets.get(kind, assetId, revision);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Version " + theirs.version() + " by " + theirs.author() + " ("
                + WorkbenchFormat.when(theirs.savedAt()) + ")");
        dialog.setWidth("900px");
        List<FieldChange> changes = FieldDiff.between(theirs.text(), text.getValue());
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (changes != null && !changes.isEmpty()) {
            content.add(new Span("What your text changes compared with theirs:"));
            changes.forEach(c -> content.add(new Div(c.describe())));
        }
        Pre pre = new Pre(theirs.text());
        pre.addClassName("mono");
        content.add(new Span("Their text:"), pre);
        dialog.add(content);
        dialog.getFooter().add(new Button("Close", ev -> dialog.close()));
        dialog.open();
    }

    private void askToSubmit() {
        if (!text.getValue().equals(savedText)) {
            Toast.error("The editor has unsaved changes: save the draft first, then submit that revision.");
            return;
        }
        new ReasonDialog(
                        "Submit " + kind.folder() + "/" + id + " for approval",
                        "A second person must approve this revision before it can be published.",
                        "Comment for the approver",
                        "Submit",
                        false,
                        this::submit)
                .open();
    }

    private void submit(String comment) {
        try {
            assets.submit(kind, id, baseRevision, user, comment);
            assets.get(kind, id).ifPresent(v -> {
                current = v;
                showState(v);
            });
            updateButtons();
            Toast.success("Submitted " + kind.folder() + "/" + id + " for approval.");
        } catch (InvalidAssetException e) {
            problems.show(e.problems(), "");
            Toast.error("Not submitted: the revision has errors (listed below).");
        } catch (RulesRepositoryException | IllegalArgumentException e) {
            Toast.error("Not submitted: " + e.getMessage());
        }
    }

    private void askToRetire() {
        new ReasonDialog(
                        "Retire " + kind.folder() + "/" + id,
                        "A retired asset leaves the next release; its history stays.",
                        "Justification",
                        "Retire",
                        true,
                        justification -> {
                            try {
                                assets.retire(kind, id, user, justification);
                                assets.get(kind, id).ifPresent(this::open);
                                Toast.success("Retired " + kind.folder() + "/" + id + ".");
                            } catch (RulesRepositoryException | IllegalArgumentException e) {
                                Toast.error("Not retired: " + e.getMessage());
                            }
                        })
                .open();
    }

    /** Inserts a catalog field id at the cursor of the editor (or replaces the selection). */
    private void insert(String fieldId) {
        if (text.isReadOnly()) {
            return;
        }
        text.getElement().executeJs("""
                const ta = this.inputElement;
                const start = ta.selectionStart ?? ta.value.length;
                const end = ta.selectionEnd ?? start;
                ta.setRangeText($0, start, end, 'end');
                this.value = ta.value;
                this.dispatchEvent(new Event('change'));
                ta.focus();""", fieldId);
    }
}
