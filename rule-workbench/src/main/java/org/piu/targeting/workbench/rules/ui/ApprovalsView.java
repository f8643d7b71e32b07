package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.FourEyesViolationException;
import org.piu.targeting.repo.RulesRepositoryException;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.AssetNames;
import org.piu.targeting.workbench.base.ui.RowActivation;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.RuleAssetService;

/**
 * Revisions waiting for a second person: what changed since the last approved revision, and approve or reject with
 * a comment. Four-eyes is the repository's rule; a refused approval is shown here and recorded in the audit trail.
 */
@Route("approvals")
@Menu(order = 2, title = "menu.approvals", icon = "vaadin:check-square-o")
@RolesAllowed(Permissions.DECIDE_APPROVALS)
public class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final RuleAssetService assets;
    private final String user;
    private final Grid<AssetVersion> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Paragraph detailMeta = new Paragraph();
    private final Div refusal = new Div();
    private final AssetDiffPanel diff = new AssetDiffPanel();
    private final TextArea comment = new TextArea();
    private AssetVersion selected;

    public ApprovalsView(RuleAssetService assets, AuthenticationContext auth) {
        this.assets = assets;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("approvals-view");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(v -> AssetNames.singular(this, v.asset().kind()))
                .setHeader(getTranslation("approvals.grid.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.asset().id())
                .setHeader(getTranslation("approvals.grid.id"))
                .setAutoWidth(true);
        grid.addColumn(v -> WorkbenchFormat.title(v.text()))
                .setHeader(getTranslation("approvals.grid.title"))
                .setFlexGrow(2);
        grid.addColumn(AssetVersion::version)
                .setHeader(getTranslation("approvals.grid.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> String.join(
                        ", ", v.authorsSinceApproval().isEmpty() ? List.of(v.author()) : v.authorsSinceApproval()))
                .setHeader(getTranslation("approvals.grid.authors"))
                .setAutoWidth(true);
        grid.addColumn(v -> WorkbenchFormat.when(v.savedAt()))
                .setHeader(getTranslation("approvals.grid.saved"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        RowActivation.enterSelects(grid);
        grid.setSizeFull();

        refusal.setId("approval-refusal");
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        comment.setLabel(getTranslation("approvals.comment"));
        comment.setId("approval-comment");
        comment.setWidthFull();
        comment.setHelperText(getTranslation("approvals.comment.help"));
        Button approve = new Button(getTranslation("approvals.approve"), VaadinIcon.CHECK.create(), e -> approve());
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("approvals.reject"), VaadinIcon.CLOSE.create(), e -> reject());
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        detailMeta.addClassName("hint");
        detail.add(detailTitle, detailMeta, refusal, diff, comment, new HorizontalLayout(approve, reject));
        detail.setVisible(false);

        VerticalLayout left = new VerticalLayout(grid);
        left.setPadding(false);
        left.setSizeFull();
        SplitLayout split = new SplitLayout(left, detail);
        split.setSplitterPosition(45);
        split.setSizeFull();
        add(new H2(getTranslation("approvals.title")), new Paragraph(getTranslation("approvals.intro")), split);
        expand(split);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("approvals.title"));
    }

    private void refresh() {
        List<AssetVersion> waiting = Arrays.stream(AssetKind.values())
                .flatMap(k -> assets.list(k).stream())
                .filter(v -> v.status() == AssetStatus.SUBMITTED)
                .toList();
        grid.setItems(waiting);
        if (waiting.isEmpty()) {
            detail.setVisible(false);
        }
    }

    private void show(AssetVersion version) {
        selected = version;
        refusal.setVisible(false);
        if (version == null) {
            detail.setVisible(false);
            return;
        }
        detail.setVisible(true);
        detailTitle.setText(getTranslation(
                "approvals.detail.title",
                AssetNames.heading(this, version.asset().kind(), version.asset().id()),
                version.version()));
        List<String> authors =
                version.authorsSinceApproval().isEmpty() ? List.of(version.author()) : version.authorsSinceApproval();
        String meta = getTranslation(
                "approvals.detail.meta",
                String.join(", ", authors),
                WorkbenchFormat.revision(version.revision()),
                WorkbenchFormat.when(version.savedAt()));
        detailMeta.setText(
                authors.contains(user) ? meta + " " + getTranslation("approvals.detail.own-revision") : meta);
        if (version.approvedRevision() == null) {
            diff.showNew(version.text());
        } else {
            diff.show(assets.diff(
                    version.asset().kind(), version.asset().id(), version.approvedRevision(), version.revision()));
        }
        comment.clear();
    }

    private void approve() {
        if (selected == null) {
            return;
        }
        AssetVersion v = selected;
        try {
            assets.approve(v.asset().kind(), v.asset().id(), v.revision(), user, comment.getValue());
            Toast.success(getTranslation(
                    "approvals.approved",
                    AssetNames.name(this, v.asset().kind(), v.asset().id()),
                    v.version()));
            refresh();
        } catch (FourEyesViolationException e) {
            refusal.removeAll();
            refusal.add(
                    new Div(getTranslation("approvals.refused", e.getMessage())),
                    new Div(getTranslation("approvals.refused.next")));
            refusal.setVisible(true);
        } catch (RulesRepositoryException e) {
            refresh(); // someone else decided on it meanwhile: the list is stale (the error handler says why)
            throw e;
        }
    }

    private void reject() {
        if (selected == null) {
            return;
        }
        if (comment.getValue() == null || comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage(getTranslation("approvals.reject.reason-required"));
            return;
        }
        AssetVersion v = selected;
        assets.reject(v.asset().kind(), v.asset().id(), v.revision(), user, comment.getValue());
        Toast.success(getTranslation(
                "approvals.rejected",
                AssetNames.name(this, v.asset().kind(), v.asset().id()),
                v.version()));
        refresh();
    }
}
