package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.ConflictException;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.AssetNames;
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
@RolesAllowed(Permissions.USE_WORKBENCH)
public class AssetEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RuleAssetService assets;
    private final String user;
    private final boolean author;

    private final H2 heading = new H2();
    private final HorizontalLayout state = new HorizontalLayout();
    private final TextField idField = new TextField();
    private final TextArea text = new TextArea();
    private final ProblemList problems = new ProblemList();
    private final ConflictPanel conflict = new ConflictPanel();
    private final FieldCatalogPanel catalog;
    private final AssetActions actions;

    private AssetKind kind = AssetKind.RULE;
    private String id;
    /** The revision this editor's text started from: sent as base revision with the next save. */
    private String baseRevision;

    private AssetVersion current;
    private String savedText = "";

    public AssetEditorView(RuleAssetService assets, FieldCatalog fields, AuthenticationContext auth) {
        this.assets = assets;
        this.user = auth.getPrincipalName().orElseThrow();
        this.author = auth.hasRole(Permissions.EDIT_ASSETS);
        addClassName("asset-editor-view");

        idField.setLabel(getTranslation("rules.editor.id"));
        idField.setId("asset-id");
        idField.setHelperText(getTranslation("rules.editor.id.help"));
        idField.setWidth("320px");
        idField.addValueChangeListener(e -> {
            if (e.isFromClient() && savedText.isEmpty()) {
                heading.setText(AssetNames.newOne(this, kind) + " " + e.getValue());
            }
        });

        text.setId("asset-text");
        text.addClassName("yaml-editor");
        text.setWidthFull();
        text.setHeight("58vh");
        text.setLabel(getTranslation("rules.editor.document"));
        text.getElement().setAttribute("spellcheck", "false");

        actions = new AssetActions(author, auth.hasRole(Permissions.RETIRE_ASSETS));
        actions.addActionListener(e -> {
            switch (e.action()) {
                case VALIDATE -> validate();
                case SAVE -> askToSave();
                case SUBMIT -> askToSubmit();
                case RETIRE -> askToRetire();
            }
        });
        conflict.addChoiceListener(e -> {
            switch (e.choice()) {
                case COMPARE -> showTheirs(e.theirRevision());
                case KEEP_MINE -> {
                    baseRevision = e.theirRevision();
                    conflict.hide();
                    askToSave();
                }
            }
        });
        state.addClassName("asset-state");
        state.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout editor = new VerticalLayout(idField, text, actions, conflict, problems);
        editor.setPadding(false);
        editor.setWidthFull();

        catalog = new FieldCatalogPanel(fields.fields(), this::insert);
        HorizontalLayout body = new HorizontalLayout(editor, catalog);
        body.setWidthFull();
        body.setFlexGrow(1, editor);
        add(new RouterLink(getTranslation("rules.editor.back"), RulesView.class), heading, state, body);
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(id == null ? AssetNames.newOne(this, kind) : id);
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
        if (id == null) {
            openNew();
            return;
        }
        var found = assets.get(kind, id);
        if (found.isEmpty()) {
            Toast.error(getTranslation("rules.editor.not-found", AssetNames.name(this, kind, id)));
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
        heading.setText(AssetNames.newOne(this, kind));
        idField.setVisible(true);
        idField.setReadOnly(false);
        text.setValue(AssetTemplates.template(this, kind, ""));
        text.setReadOnly(!author);
        state.removeAll();
        state.add(new Span(getTranslation("rules.editor.not-saved-yet")));
        actions.linkHistory(kind, null);
        actions.update(null);
    }

    private void open(AssetVersion version) {
        current = version;
        baseRevision = version.revision();
        savedText = version.text();
        heading.setText(AssetNames.heading(this, kind, id) + titleSuffix(version.text()));
        idField.setValue(id);
        idField.setVisible(false);
        text.setValue(version.text());
        text.setReadOnly(!author || version.status() == AssetStatus.RETIRED);
        showState(version);
        actions.linkHistory(kind, id);
        actions.update(version);
    }

    private static String titleSuffix(String yaml) {
        String title = WorkbenchFormat.title(yaml);
        return title.isEmpty() ? "" : " — " + title;
    }

    private void showState(AssetVersion v) {
        state.removeAll();
        Span revision = new Span(getTranslation("rules.editor.state.revision", WorkbenchFormat.revision(v.revision())));
        revision.getElement().setAttribute("title", v.revision());
        state.add(
                StatusBadge.of(v.status()),
                new Span(getTranslation("rules.editor.state.version", v.version())),
                revision,
                new Span(getTranslation("rules.editor.state.saved", v.author(), WorkbenchFormat.when(v.savedAt()))));
        if (v.approvedRevision() != null) {
            state.add(new Span(getTranslation(
                    "rules.editor.state.approved", WorkbenchFormat.revision(v.approvedRevision()), v.approvedBy())));
        }
        if (v.publishedRevision() != null) {
            state.add(new Span(
                    getTranslation("rules.editor.state.published", WorkbenchFormat.revision(v.publishedRevision()))));
        }
    }

    private String currentId() {
        return id != null ? id : idField.getValue().strip();
    }

    private void validate() {
        String assetId = currentId();
        if (assetId.isEmpty()) {
            idField.setInvalid(true);
            idField.setErrorMessage(getTranslation("rules.editor.id.required"));
            return;
        }
        AssetCheck check = assets.check(kind, assetId, text.getValue());
        problems.show(check.problems(), getTranslation("rules.editor.valid"));
    }

    private void askToSave() {
        String assetId = currentId();
        if (assetId.isEmpty()) {
            idField.setInvalid(true);
            idField.setErrorMessage(getTranslation("rules.editor.id.required"));
            return;
        }
        new ReasonDialog(
                        getTranslation("rules.editor.save.title", AssetNames.name(this, kind, assetId)),
                        getTranslation("rules.editor.save.explanation"),
                        getTranslation("rules.editor.justification"),
                        getTranslation("rules.editor.save.confirm"),
                        true,
                        justification -> save(assetId, justification))
                .open();
    }

    private void save(String assetId, String justification) {
        String mine = text.getValue();
        try {
            SavedAsset saved = assets.save(kind, assetId, mine, user, justification, baseRevision);
            conflict.hide();
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
                heading.setText(AssetNames.heading(this, kind, assetId) + titleSuffix(mine));
                idField.setVisible(false);
                actions.linkHistory(kind, assetId);
            });
            actions.update(current);
            problems.show(saved.warnings(), getTranslation("rules.editor.saved.no-warnings"));
            Toast.success(getTranslation(
                    "rules.editor.saved",
                    AssetNames.name(this, kind, assetId),
                    current == null ? "?" : String.valueOf(current.version())));
        } catch (ConflictException e) {
            conflict.show(AssetNames.name(this, kind, assetId), e);
        } catch (InvalidAssetException e) {
            problems.show(e.problems(), "");
            Toast.error(getTranslation("rules.editor.not-saved"));
        }
    }

    /** Someone saved since this editor opened: their version beside the author's text, which stays as it is. */
    private void showTheirs(String revision) {
        new TheirVersionDialog(assets.get(kind, currentId(), revision), text.getValue()).open();
    }

    private void askToSubmit() {
        if (!text.getValue().equals(savedText)) {
            Toast.error(getTranslation("rules.editor.submit.unsaved"));
            return;
        }
        new ReasonDialog(
                        getTranslation("rules.editor.submit.title", AssetNames.name(this, kind, id)),
                        getTranslation("rules.editor.submit.explanation"),
                        getTranslation("rules.editor.submit.comment"),
                        getTranslation("rules.editor.submit.confirm"),
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
            actions.update(current);
            Toast.success(getTranslation("rules.editor.submitted", AssetNames.name(this, kind, id)));
        } catch (InvalidAssetException e) {
            problems.show(e.problems(), "");
            Toast.error(getTranslation("rules.editor.not-submitted"));
        }
    }

    private void askToRetire() {
        new ReasonDialog(
                        getTranslation("rules.editor.retire.title", AssetNames.name(this, kind, id)),
                        getTranslation("rules.editor.retire.explanation"),
                        getTranslation("rules.editor.justification"),
                        getTranslation("rules.editor.retire.confirm"),
                        true,
                        justification -> {
                            assets.retire(kind, id, user, justification);
                            assets.get(kind, id).ifPresent(this::open);
                            Toast.success(getTranslation("rules.editor.retired", AssetNames.name(this, kind, id)));
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
