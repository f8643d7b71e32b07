package org.piu.targeting.workbench.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.security.Role;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.security.AccountStore;
import org.piu.targeting.workbench.security.ApiKey;
import org.piu.targeting.workbench.security.IssuedApiKey;
import org.piu.targeting.workbench.security.UserAccount;

/** Pipeline API keys (created, shown once, revoked) and the workbench users with their roles. */
@Route("admin")
@PageTitle("Administration · PIU Targeting")
@Menu(order = 8, title = "Administration", icon = "vaadin:cog")
@RolesAllowed(Permissions.MANAGE_ACCOUNTS)
public class AdminView extends VerticalLayout {

    private final AccountStore accounts;
    private final String user;
    private final Grid<ApiKey> keys = new Grid<>();

    public AdminView(AccountStore accounts, AuthenticationContext auth) {
        this.accounts = accounts;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("admin-view");

        keys.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        keys.addColumn(ApiKey::id).setHeader("Key id").setAutoWidth(true).setFlexGrow(0);
        keys.addColumn(ApiKey::name).setHeader("Client").setFlexGrow(2);
        keys.addColumn(k -> WorkbenchFormat.when(k.createdAt()))
                .setHeader("Created")
                .setAutoWidth(true);
        keys.addColumn(ApiKey::createdBy).setHeader("By").setAutoWidth(true);
        keys.addComponentColumn(k -> StatusBadge.of(k.active() ? "ACTIVE" : "REVOKED"))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        keys.addColumn(k -> k.active() ? "" : WorkbenchFormat.when(k.revokedAt()))
                .setHeader("Revoked")
                .setAutoWidth(true);
        keys.addComponentColumn(k -> {
                    Button revoke = new Button("Revoke…", e -> askToRevoke(k));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.setEnabled(k.active());
                    return revoke;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        keys.setAllRowsVisible(true);
        keys.setWidthFull();

        TextField name = new TextField("Client name");
        name.setId("api-key-name");
        name.setPlaceholder("e.g. ingest pipeline production");
        name.setWidth("320px");
        Button create = new Button("Create key", VaadinIcon.KEY.create(), e -> {
            try {
                IssuedApiKey issued = accounts.issueApiKey(name.getValue(), user, null);
                name.clear();
                refresh();
                showSecret(issued);
            } catch (IllegalArgumentException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(name, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        Grid<UserAccount> users = new Grid<>();
        users.addThemeVariants(GridVariant.LUMO_COMPACT);
        users.addColumn(UserAccount::username).setHeader("User").setAutoWidth(true);
        users.addColumn(UserAccount::displayName).setHeader("Name").setAutoWidth(true);
        users.addColumn(u -> u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles");
        users.addColumn(u -> u.enabled() ? "enabled" : "disabled")
                .setHeader("Status")
                .setAutoWidth(true);
        users.setItems(accounts.users().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList());
        users.setAllRowsVisible(true);

        add(
                new H2("Administration"),
                new H3("Pipeline API keys"),
                new Paragraph(
                        "A key lets the ingest pipeline"
                                + " submit flights and messages, nothing else. Only a hash is stored: the secret is shown once."),
                bar,
                keys,
                new H3("Workbench users"),
                users);
        refresh();
    }

    private void refresh() {
        keys.setItems(accounts.apiKeys().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
                .toList());
    }

    private void showSecret(IssuedApiKey issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("API key for " + issued.key().name());
        TextField secret = new TextField("Secret (send as X-API-Key)");
        secret.setId("api-key-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Span warning = new Span("Copy it now: it is shown only once and cannot be recovered.");
        warning.addClassName("refusal");
        dialog.add(new VerticalLayout(secret, warning));
        dialog.setWidth("600px");
        Button done = new Button("I have stored the secret", e -> dialog.close());
        done.setId("api-key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void askToRevoke(ApiKey key) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Revoke " + key.id() + " (" + key.name() + ")?");
        confirm.add(new Paragraph("The client using this key is refused from now on."));
        Button revoke = new Button("Revoke", e -> {
            accounts.revokeApiKey(key.id());
            confirm.close();
            refresh();
            Toast.success("Revoked " + key.id() + ".");
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), revoke);
        confirm.open();
    }
}
