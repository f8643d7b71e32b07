package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseDiff;
import org.piu.targeting.repo.release.ReleaseRefusedException;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.AssetNames;
import org.piu.targeting.workbench.base.ui.ReasonDialog;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.ReleaseService;
import org.piu.targeting.workbench.rules.RuleAssetService;

/**
 * Releases: every published set with who, when, why and its content hash; the active one marked; publish the
 * approved assets (refused with the problems when a rule does not compile or a scenario fails); roll back; compare.
 */
@Route("releases")
@Menu(order = 3, title = "menu.releases", icon = "vaadin:rocket")
@RolesAllowed(Permissions.SEE_RELEASES)
public class ReleasesView extends VerticalLayout implements HasDynamicTitle {

    private final ReleaseService releases;
    private final RuleAssetService assets;
    private final String user;
    private final Grid<Release> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Div refusal = new Div();
    private final ComboBox<Integer> from = new ComboBox<>();
    private final ComboBox<Integer> to = new ComboBox<>();
    private final Div diff = new Div();
    private Optional<Release> active = Optional.empty();

    public ReleasesView(ReleaseService releases, RuleAssetService assets, AuthenticationContext auth) {
        this.releases = releases;
        this.assets = assets;
        this.user = auth.getPrincipalName().orElseThrow();
        boolean approver = auth.hasRole(Permissions.PUBLISH_RELEASES);
        addClassName("releases-view");
        from.setLabel(getTranslation("releases.compare.from"));
        to.setLabel(getTranslation("releases.compare.to"));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(
                        r -> active.filter(a -> a.number() == r.number()).isPresent()
                                ? StatusBadge.of("ACTIVE")
                                : new Span())
                .setHeader(getTranslation("releases.grid.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Release::number)
                .setHeader(getTranslation("releases.grid.release"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> WorkbenchFormat.when(r.createdAt()))
                .setHeader(getTranslation("releases.grid.published"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Release::createdBy)
                .setHeader(getTranslation("releases.grid.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.rollbackOf() > 0
                        ? getTranslation("releases.grid.rollback", r.justification(), r.rollbackOf())
                        : r.justification())
                .setHeader(getTranslation("releases.grid.justification"))
                .setFlexGrow(3);
        grid.addColumn(r -> count(r, AssetKind.RULE))
                .setHeader(getTranslation("releases.grid.rules"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.assets().size())
                .setHeader(getTranslation("releases.grid.assets"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
                    Span hash = new Span(r.contentHash()
                                    .substring(0, Math.min(16, r.contentHash().length())) + "…");
                    hash.addClassName("mono");
                    hash.getElement().setAttribute("title", r.contentHash());
                    return hash;
                })
                .setHeader(getTranslation("releases.grid.hash"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            Release r = e.getValue();
            if (r != null && r.number() > 1) {
                from.setValue(r.number() - 1);
                to.setValue(r.number());
                compare();
            }
        });
        RowActivation.enterSelects(grid);
        grid.setHeight("45vh");
        grid.setWidthFull();

        Button publish =
                new Button(getTranslation("releases.publish"), VaadinIcon.ROCKET.create(), e -> askToPublish());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rollback =
                new Button(getTranslation("releases.rollback"), VaadinIcon.ROTATE_LEFT.create(), e -> askToRollback());
        rollback.setId("rollback");
        publish.setVisible(approver);
        rollback.setVisible(approver);

        refusal.setId("release-refusal");
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        summary.setId("release-summary");

        Button compareButton = new Button(getTranslation("releases.compare"), e -> compare());
        compareButton.setId("compare-releases");
        HorizontalLayout compareBar = new HorizontalLayout(from, to, compareButton);
        compareBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        diff.addClassName("release-diff");

        HorizontalLayout toolbar = new HorizontalLayout(publish, rollback);
        add(
                new H2(getTranslation("releases.title")),
                summary,
                toolbar,
                refusal,
                grid,
                new H4(getTranslation("releases.compare.title")),
                compareBar,
                diff);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("releases.title"));
    }

    private static long count(Release r, AssetKind kind) {
        return r.assets().stream().filter(a -> a.asset().kind() == kind).count();
    }

    private void refresh() {
        active = releases.active();
        List<Release> all = releases.releases().stream()
                .sorted(Comparator.comparingInt(Release::number).reversed())
                .toList();
        grid.setItems(all);
        List<Integer> numbers = all.stream().map(Release::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        long approvedWaiting = Arrays.stream(AssetKind.values())
                .flatMap(k -> assets.list(k).stream())
                .filter(v -> v.status() == AssetStatus.APPROVED)
                .count();
        String activeText = active.map(r -> getTranslation(
                        "releases.summary.active",
                        r.number(),
                        count(r, AssetKind.RULE),
                        WorkbenchFormat.when(r.createdAt()),
                        r.createdBy()))
                .orElse(getTranslation("releases.summary.none"));
        summary.setText(activeText + " " + getTranslation("releases.summary.waiting", approvedWaiting));
    }

    private void askToPublish() {
        new ReasonDialog(
                        getTranslation("releases.publish.title"),
                        getTranslation("releases.publish.explanation"),
                        getTranslation("releases.justification"),
                        getTranslation("releases.publish.confirm"),
                        true,
                        this::publish)
                .open();
    }

    private void publish(String justification) {
        refusal.setVisible(false);
        try {
            Release r = releases.publish(user, justification);
            Toast.success(
                    getTranslation("releases.published", r.number(), r.assets().size()));
            refresh();
        } catch (ReleaseRefusedException e) {
            showRefusal(getTranslation("releases.publish.refused"), e);
        }
    }

    private void askToRollback() {
        Release target = grid.asSingleSelect().getValue();
        if (target == null) {
            Toast.error(getTranslation("releases.rollback.select"));
            return;
        }
        new ReasonDialog(
                        getTranslation("releases.rollback.title", target.number()),
                        getTranslation("releases.rollback.explanation", target.number()),
                        getTranslation("releases.justification"),
                        getTranslation("releases.rollback.confirm"),
                        true,
                        justification -> {
                            refusal.setVisible(false);
                            try {
                                Release r = releases.rollback(user, justification, target.number());
                                Toast.success(getTranslation("releases.rolled-back", r.number(), target.number()));
                                refresh();
                            } catch (ReleaseRefusedException e) {
                                showRefusal(getTranslation("releases.rollback.refused"), e);
                            }
                        })
                .open();
    }

    private void showRefusal(String title, ReleaseRefusedException e) {
        refusal.removeAll();
        refusal.add(new Div(title + ": " + (e.problems().isEmpty() ? e.getMessage() : "")));
        UnorderedList list = new UnorderedList();
        e.problems().forEach(p -> list.add(new ListItem(p)));
        refusal.add(list);
        refusal.setVisible(true);
    }

    private void compare() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            diff.add(new Paragraph(getTranslation("releases.compare.choose")));
            return;
        }
        ReleaseDiff d = releases.diff(from.getValue(), to.getValue());
        diff.add(new Paragraph(getTranslation(
                "releases.compare.summary",
                d.from(),
                d.to(),
                d.added().size(),
                d.removed().size(),
                d.changed().size())));
        UnorderedList list = new UnorderedList();
        d.added()
                .forEach(a -> list.add(item(
                        "diff-added",
                        getTranslation(
                                "releases.compare.added",
                                AssetNames.name(
                                        this, a.asset().kind(), a.asset().id()),
                                WorkbenchFormat.revision(a.revision())))));
        d.removed()
                .forEach(a -> list.add(item(
                        "diff-removed",
                        getTranslation(
                                "releases.compare.removed",
                                AssetNames.name(
                                        this, a.asset().kind(), a.asset().id()),
                                WorkbenchFormat.revision(a.revision())))));
        d.changed()
                .forEach(c -> list.add(item(
                        "diff-changed",
                        getTranslation(
                                "releases.compare.changed",
                                AssetNames.name(
                                        this, c.asset().kind(), c.asset().id()),
                                WorkbenchFormat.revision(c.fromRevision()),
                                WorkbenchFormat.revision(c.toRevision())))));
        diff.add(list);
    }

    private static ListItem item(String className, String text) {
        ListItem item = new ListItem(text);
        item.addClassName(className);
        return item;
    }
}
