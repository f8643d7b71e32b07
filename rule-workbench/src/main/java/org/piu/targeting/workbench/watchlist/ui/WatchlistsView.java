package org.piu.targeting.workbench.watchlist.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.watchlist.WatchlistService;
import org.piu.targeting.workbench.watchlist.WatchlistService.ListSize;

/**
 * Watchlists passengers are screened against: entry counts and thresholds for everyone; creating lists and loading
 * entries for those who manage watchlists ({@link WatchlistForm}, {@link WatchlistImportPanel}); and a quick
 * screening of one name, with the explanation of every match ({@link ScreenNamePanel}).
 */
@Route("watchlists")
@Menu(order = 5, title = "menu.watchlists", icon = "vaadin:users")
@RolesAllowed(Permissions.USE_WORKBENCH)
public class WatchlistsView extends VerticalLayout implements HasDynamicTitle {

    private final WatchlistService watchlists;
    private final Grid<ListSize> grid = new Grid<>();
    private final WatchlistForm form = new WatchlistForm();
    private final WatchlistImportPanel importPanel;
    private final ScreenNamePanel screenName;

    public WatchlistsView(WatchlistService watchlists, AuthenticationContext auth) {
        this.watchlists = watchlists;
        this.importPanel = new WatchlistImportPanel(watchlists);
        this.screenName = new ScreenNamePanel(watchlists);
        addClassName("watchlists-view");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.watchlist().name())
                .setHeader(getTranslation("watchlists.grid.list"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.watchlist().description())
                .setHeader(getTranslation("watchlists.grid.description"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.watchlist().category())
                .setHeader(getTranslation("watchlists.grid.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.watchlist().legalSource())
                .setHeader(getTranslation("watchlists.grid.legal-source"))
                .setFlexGrow(1);
        grid.addColumn(ListSize::entries)
                .setHeader(getTranslation("watchlists.grid.entries"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.watchlist().alertThreshold())
                .setHeader(getTranslation("watchlists.grid.alert"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.watchlist().reviewThreshold())
                .setHeader(getTranslation("watchlists.grid.review"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                form.edit(e.getValue().watchlist());
                importPanel.setTarget(e.getValue().watchlist().name());
            }
        });
        RowActivation.enterSelects(grid);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        form.addSaveListener(e -> save(e.watchlist()));
        form.addClearListener(e -> grid.asSingleSelect().clear());
        importPanel.addEntriesLoadedListener(e -> refresh());

        add(new H2(getTranslation("watchlists.title")), new Paragraph(getTranslation("watchlists.intro")), grid);
        if (auth.hasRole(Permissions.MANAGE_WATCHLISTS)) {
            add(form, importPanel);
        }
        if (auth.hasRole(Permissions.VIEW_PERSONAL_DATA)) { // screening any person is a search for personal data
            add(screenName);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("watchlists.title"));
    }

    private void save(Watchlist list) {
        Watchlist saved = watchlists.save(list);
        Toast.success(getTranslation("watchlists.saved", saved.name()));
        importPanel.setTarget(saved.name());
        refresh();
    }

    private void refresh() {
        List<ListSize> rows;
        try {
            rows = watchlists.sizes();
        } catch (RuntimeException e) {
            // the page still opens (with the screening form) when Elasticsearch is down
            Toast.error(getTranslation("watchlists.unavailable", e.getMessage()));
            rows = List.of();
        }
        grid.setItems(rows);
        screenName.setLists(rows.stream().map(r -> r.watchlist().name()).toList());
    }
}
