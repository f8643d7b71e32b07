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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import org.piu.targeting.workbench.base.ui.ReasonDialog;
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
@PageTitle("Releases · PIU Targeting")
@Menu(order = 3, title = "Releases", icon = "vaadin:rocket")
@RolesAllowed(Permissions.SEE_RELEASES)
public class ReleasesView extends VerticalLayout {

    private final ReleaseService releases;
    private final RuleAssetService assets;
    private final String user;
    private final Grid<Release> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Div refusal = new Div();
    private final ComboBox<Integer> from = new ComboBox<>("From release");
    private final ComboBox<Integer> to = new ComboBox<>("To release");
    private final Div diff = new Div();
    private Optional<Release> active = Optional.empty();

    public ReleasesView(ReleaseService releases, RuleAssetService assets, AuthenticationContext auth) {
        this.releases = releases;
        this.assets = assets;
        this.user = auth.getPrincipalName().orElseThrow();
        boolean approver = auth.hasRole(Permissions.PUBLISH_RELEASES);
        addClassName("releases-view");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(
                        r -> active.filter(a -> a.number() == r.number()).isPresent()
                                ? StatusBadge.of("ACTIVE")
                                : new Span())
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Release::number).setHeader("Release").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> WorkbenchFormat.when(r.createdAt()))
                .setHeader("Published")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Release::createdBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r ->
                        r.justification() + (r.rollbackOf() > 0 ? " (rollback to release " + r.rollbackOf() + ")" : ""))
                .setHeader("Justification")
                .setFlexGrow(3);
        grid.addColumn(r -> count(r, AssetKind.RULE))
                .setHeader("Rules")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.assets().size())
                .setHeader("Assets")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
                    Span hash = new Span(r.contentHash()
                                    .substring(0, Math.min(16, r.contentHash().length())) + "…");
                    hash.addClassName("mono");
                    hash.getElement().setAttribute("title", r.contentHash());
                    return hash;
                })
                .setHeader("Content hash")
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
        grid.setHeight("45vh");
        grid.setWidthFull();

        Button publish = new Button("Publish release…", VaadinIcon.ROCKET.create(), e -> askToPublish());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rollback = new Button("Roll back to selected…", VaadinIcon.ROTATE_LEFT.create(), e -> askToRollback());
        rollback.setId("rollback");
        publish.setVisible(approver);
        rollback.setVisible(approver);

        refusal.setId("release-refusal");
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        summary.setId("release-summary");

        Button compareButton = new Button("Compare", e -> compare());
        compareButton.setId("compare-releases");
        HorizontalLayout compareBar = new HorizontalLayout(from, to, compareButton);
        compareBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        diff.addClassName("release-diff");

        HorizontalLayout toolbar = new HorizontalLayout(publish, rollback);
        add(new H2("Releases"), summary, toolbar, refusal, grid, new H4("Compare two releases"), compareBar, diff);
        refresh();
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
        String activeText = active.map(r -> "Active: release " + r.number() + " with " + count(r, AssetKind.RULE)
                        + " rules, published " + WorkbenchFormat.when(r.createdAt()) + " by " + r.createdBy() + ".")
                .orElse("No release is active yet: assessments apply watchlist screening only.");
        summary.setText(activeText + " " + approvedWaiting + " approved revision(s) not yet in the active release.");
    }

    private void askToPublish() {
        new ReasonDialog(
                        "Publish a new release",
                        "Every approved rule, named list and scenario goes into the release. It is refused unless every rule"
                                + " compiles and every scenario passes.",
                        "Justification",
                        "Publish",
                        true,
                        this::publish)
                .open();
    }

    private void publish(String justification) {
        refusal.setVisible(false);
        try {
            Release r = releases.publish(user, justification);
            Toast.success("Published and activated release " + r.number() + " ("
                    + r.assets().size() + " assets).");
            refresh();
        } catch (ReleaseRefusedException e) {
            showRefusal("Publishing refused", e);
        }
    }

    private void askToRollback() {
        Release target = grid.asSingleSelect().getValue();
        if (target == null) {
            Toast.error("Select the release to roll back to.");
            return;
        }
        new ReasonDialog(
                        "Roll back to release " + target.number(),
                        "A new release equal to release " + target.number()
                                + " is published and activated; history is kept.",
                        "Justification",
                        "Roll back",
                        true,
                        justification -> {
                            refusal.setVisible(false);
                            try {
                                Release r = releases.rollback(user, justification, target.number());
                                Toast.success("Release " + r.number() + " restores release " + target.number()
                                        + " and is active.");
                                refresh();
                            } catch (ReleaseRefusedException e) {
                                showRefusal("Rollback refused", e);
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
            diff.add(new Paragraph("Choose two releases."));
            return;
        }
        ReleaseDiff d = releases.diff(from.getValue(), to.getValue());
        diff.add(new Paragraph("From release " + d.from() + " to release " + d.to() + ": "
                + d.added().size() + " added, " + d.removed().size() + " removed, "
                + d.changed().size() + " changed."));
        UnorderedList list = new UnorderedList();
        d.added()
                .forEach(a -> list.add(item(
                        "diff-added", "added " + a.asset().name() + " at " + WorkbenchFormat.revision(a.revision()))));
        d.removed()
                .forEach(a -> list.add(item(
                        "diff-removed",
                        "removed " + a.asset().name() + " (was " + WorkbenchFormat.revision(a.revision()) + ")")));
        d.changed()
                .forEach(c -> list.add(item(
                        "diff-changed",
                        "changed " + c.asset().name() + ": " + WorkbenchFormat.revision(c.fromRevision()) + " → "
                                + WorkbenchFormat.revision(c.toRevision()))));
        diff.add(list);
    }

    private static ListItem item(String className, String text) {
        ListItem item = new ListItem(text);
        item.addClassName(className);
        return item;
    }
}
