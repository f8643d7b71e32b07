package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.AssetNames;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.RuleAssetService;

/** Rules, named lists and scenarios at their latest revision; a click opens the editor. */
@Route("rules")
@Menu(order = 1, title = "menu.rules", icon = "vaadin:file-code")
@RolesAllowed(Permissions.USE_WORKBENCH)
public class RulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One line of the list: the stored version and its title, read once. */
    record AssetRow(AssetVersion version, String title) {
        boolean matches(String filter) {
            if (filter == null || filter.isBlank()) {
                return true;
            }
            String f = filter.toLowerCase(Locale.ROOT);
            return (version.asset().id() + " " + title + " " + version.status() + " " + version.author())
                    .toLowerCase(Locale.ROOT)
                    .contains(f);
        }
    }

    private final RuleAssetService assets;
    private final Grid<AssetRow> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Tabs kinds = new Tabs();
    private final Map<Tab, AssetKind> tabKinds = new LinkedHashMap<>();
    private final Button create = new Button();
    private List<AssetRow> rows = List.of();
    private AssetKind kind = AssetKind.RULE;

    public RulesView(RuleAssetService assets, AuthenticationContext auth) {
        this.assets = assets;
        addClassName("rules-view");
        setSizeFull();

        for (AssetKind k : AssetKind.values()) {
            Tab tab = new Tab(AssetNames.plural(this, k));
            tab.setId("kind-" + k.folder());
            tabKinds.put(tab, k);
            kinds.add(tab);
        }
        kinds.addSelectedChangeListener(e -> {
            kind = tabKinds.get(e.getSelectedTab());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "rules?kind=" + kind.folder()));
            refresh();
        });

        filter.setAriaLabel(getTranslation("rules.list.filter"));
        filter.setPlaceholder(getTranslation("rules.list.filter"));
        filter.setId("asset-filter");
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("360px");
        filter.addValueChangeListener(e -> applyFilter());

        create.setId("new-asset");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(AssetEditorView.class, new RouteParameters("kind", kind.folder()))));
        create.setVisible(auth.hasRole(Permissions.EDIT_ASSETS));

        grid.addClassName("asset-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.version().asset().id())
                .setHeader(getTranslation("rules.list.id"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AssetRow::title)
                .setHeader(getTranslation("rules.list.title"))
                .setSortable(true)
                .setWidth("14em") // the sorted header keeps its room however wide the ids in the other columns
                .setFlexGrow(3);
        grid.addComponentColumn(r -> StatusBadge.of(r.version().status()))
                .setHeader(getTranslation("rules.list.status"))
                .setComparator(r -> r.version().status())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.version().version())
                .setHeader(getTranslation("rules.list.version"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1); // auto width ignores the sort indicator of a header wider than its values
        grid.addColumn(r -> r.version().author())
                .setHeader(getTranslation("rules.list.author"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1); // auto width ignores the sort indicator of a header wider than its values
        grid.addColumn(r -> WorkbenchFormat.when(r.version().savedAt()))
                .setHeader(getTranslation("rules.list.saved"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.version().publishedRevision() == null
                        ? ""
                        : WorkbenchFormat.revision(r.version().publishedRevision()))
                .setHeader(getTranslation("rules.list.in-active-release"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        RowActivation.onClickOrEnter(
                grid,
                row -> getUI().ifPresent(ui -> ui.navigate(
                        AssetEditorView.class,
                        new RouteParameters(Map.of(
                                "kind",
                                kind.folder(),
                                "id",
                                row.version().asset().id())))));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("rules.list.heading")), kinds, toolbar, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("kind").ifPresent(folder -> {
            try {
                AssetKind k = AssetKind.fromFolder(folder);
                tabKinds.forEach((tab, tk) -> {
                    if (tk == k) {
                        kinds.setSelectedTab(tab);
                    }
                });
                kind = k;
            } catch (IllegalArgumentException unknown) {
                kind = AssetKind.RULE;
            }
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("menu.rules"));
    }

    private void refresh() {
        create.setText(AssetNames.newOne(this, kind));
        rows = assets.list(kind).stream()
                .map(v -> new AssetRow(v, WorkbenchFormat.title(v.text())))
                .toList();
        applyFilter();
    }

    private void applyFilter() {
        grid.setItems(rows.stream().filter(r -> r.matches(filter.getValue())).toList());
    }
}
