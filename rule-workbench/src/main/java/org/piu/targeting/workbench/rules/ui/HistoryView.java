package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetNotFoundException;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.AssetNames;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.RuleAssetService;

/** One asset's life: who did what, when and why; selecting an entry shows what that revision changed. */
@Route("history")
@Menu(order = 6, title = "menu.history", icon = "vaadin:time-backward")
@RolesAllowed(Permissions.USE_WORKBENCH)
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RuleAssetService assets;
    private final Select<AssetKind> kind = new Select<>();
    private final ComboBox<String> asset = new ComboBox<>();
    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Paragraph diffTitle = new Paragraph();
    private final AssetDiffPanel diff = new AssetDiffPanel();
    private List<HistoryEntry> entries = List.of();

    public HistoryView(RuleAssetService assets) {
        this.assets = assets;
        addClassName("history-view");

        kind.setLabel(getTranslation("history.kind"));
        kind.setItems(AssetKind.values());
        kind.setItemLabelGenerator(k -> AssetNames.plural(this, k));
        kind.setValue(AssetKind.RULE);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadIds();
            }
        });
        asset.setLabel(getTranslation("history.asset"));
        asset.setId("history-asset");
        asset.setWidth("360px");
        asset.addValueChangeListener(e -> showHistory());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(h -> WorkbenchFormat.when(h.time()))
                .setHeader(getTranslation("history.grid.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::actor)
                .setHeader(getTranslation("history.grid.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> {
                    String action =
                            getTranslation("history.action." + h.action().name().toLowerCase(Locale.ROOT));
                    return h.release() > 0 ? getTranslation("history.action.in-release", action, h.release()) : action;
                })
                .setHeader(getTranslation("history.grid.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::justification)
                .setHeader(getTranslation("history.grid.justification"))
                .setFlexGrow(3);
        grid.addComponentColumn(h -> StatusBadge.of(h.status()))
                .setHeader(getTranslation("history.grid.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> WorkbenchFormat.revision(h.revision()))
                .setHeader(getTranslation("history.grid.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> showDiff(e.getValue()));
        RowActivation.enterSelects(grid);
        grid.setHeight("320px");
        grid.setWidthFull();

        HorizontalLayout bar = new HorizontalLayout(kind, asset);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("history.title")),
                new Paragraph(getTranslation("history.intro")),
                bar,
                grid,
                diffTitle,
                diff);
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("menu.history"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("kind").ifPresent(folder -> {
            try {
                kind.setValue(AssetKind.fromFolder(folder));
            } catch (IllegalArgumentException unknown) {
                kind.setValue(AssetKind.RULE);
            }
        });
        loadIds();
        query.getSingleParameter("id").ifPresent(asset::setValue);
    }

    private void loadIds() {
        asset.setItems(
                assets.list(kind.getValue()).stream().map(v -> v.asset().id()).toList());
        asset.clear();
        grid.setItems(List.of());
        diff.removeAll();
        diffTitle.setText("");
    }

    private void showHistory() {
        if (asset.getValue() == null) {
            return;
        }
        try {
            entries = assets.history(kind.getValue(), asset.getValue()).reversed();
        } catch (AssetNotFoundException e) {
            entries = List.of();
            Toast.error(e.getMessage());
        }
        grid.setItems(entries);
        diff.removeAll();
        diffTitle.setText("");
    }

    /** The revision the entry concerns against the content revision before it. */
    private void showDiff(HistoryEntry entry) {
        diff.removeAll();
        if (entry == null) {
            diffTitle.setText("");
            return;
        }
        List<String> revisions = entries.reversed().stream()
                .filter(h -> h.action().createsRevision())
                .map(HistoryEntry::revision)
                .distinct()
                .toList();
        int at = revisions.indexOf(entry.revision());
        if (at <= 0) {
            AssetVersion first = assets.get(kind.getValue(), asset.getValue(), entry.revision());
            diffTitle.setText(getTranslation("history.first-revision", first.version(), first.author()));
            diff.showNew(first.text());
            return;
        }
        diffTitle.setText(getTranslation("history.revision-changed", WorkbenchFormat.revision(entry.revision())));
        diff.show(assets.diff(kind.getValue(), asset.getValue(), revisions.get(at - 1), entry.revision()));
    }
}
