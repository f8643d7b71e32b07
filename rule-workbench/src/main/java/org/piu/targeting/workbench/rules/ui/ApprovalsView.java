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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.rules.RuleAssetService;

/**
 * Revisions waiting for a second person: what changed since the last approved revision, and approve or reject with
 * a comment. Four-eyes is the repository's rule; a refused approval is shown here and recorded in the audit trail.
 */
@Route("approvals")
@PageTitle("Approvals · PIU Targeting")
@Menu(order = 2, title = "Approvals", icon = "vaadin:check-square-o")
@RolesAllowed(Permissions.DECIDE_APPROVALS)
public class ApprovalsView extends VerticalLayout {

    private final RuleAssetService assets;
    private final String user;
    private final Grid<AssetVersion> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Paragraph detailMeta = new Paragraph();
    private final Div refusal = new Div();
    private final AssetDiffPanel diff = new AssetDiffPanel();
    private final TextArea comment = new TextArea("Comment");
    private AssetVersion selected;

    public ApprovalsView(RuleAssetService assets, AuthenticationContext auth) {
        this.assets = assets;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("approvals-view");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(v -> v.asset().kind().folder())
                .setHeader("Kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.asset().id()).setHeader("Id").setAutoWidth(true);
        grid.addColumn(v -> WorkbenchFormat.title(v.text())).setHeader("Title").setFlexGrow(2);
        grid.addColumn(AssetVersion::version)
                .setHeader("Version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> String.join(
                        ", ", v.authorsSinceApproval().isEmpty() ? List.of(v.author()) : v.authorsSinceApproval()))
                .setHeader("Authors")
                .setAutoWidth(true);
        grid.addColumn(v -> WorkbenchFormat.when(v.savedAt()))
                .setHeader("Saved")
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setSizeFull();

        refusal.setId("approval-refusal");
        refusal.addClassName("refusal");
        refusal.setVisible(false);
        comment.setId("approval-comment");
        comment.setWidthFull();
        comment.setHelperText("Recorded with the approval or rejection; required to reject.");
        Button approve = new Button("Approve", VaadinIcon.CHECK.create(), e -> approve());
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button("Reject", VaadinIcon.CLOSE.create(), e -> reject());
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
        add(
                new H2("Approvals"),
                new Paragraph("Submitted revisions of rules, named lists and scenarios. Nobody may"
                        + " approve a revision they edited (four-eyes principle)."),
                split);
        expand(split);
        refresh();
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
        detailTitle.setText(version.asset().name() + " version " + version.version());
        List<String> authors =
                version.authorsSinceApproval().isEmpty() ? List.of(version.author()) : version.authorsSinceApproval();
        detailMeta.setText("Edited by " + String.join(", ", authors) + "; revision "
                + WorkbenchFormat.revision(version.revision()) + " saved " + WorkbenchFormat.when(version.savedAt())
                + (authors.contains(user) ? ". You edited this revision: four-eyes forbids you to approve it." : "."));
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
            Toast.success("Approved " + v.asset().name() + " version " + v.version()
                    + ". Publish a release to make it active.");
            refresh();
        } catch (FourEyesViolationException e) {
            refusal.removeAll();
            refusal.add(
                    new Div("Approval refused — four-eyes principle: " + e.getMessage()),
                    new Div(
                            "Another approver must review this revision. The refused attempt is recorded in the audit trail."));
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
            comment.setErrorMessage("Say why, so that the author can fix it.");
            return;
        }
        AssetVersion v = selected;
        assets.reject(v.asset().kind(), v.asset().id(), v.revision(), user, comment.getValue());
        Toast.success("Rejected " + v.asset().name() + " version " + v.version() + ".");
        refresh();
    }
}
