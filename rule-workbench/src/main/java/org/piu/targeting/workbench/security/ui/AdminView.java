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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.ui.StatusBadge;
import org.piu.targeting.workbench.base.ui.Toast;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;
import org.piu.targeting.workbench.security.AccountStore;
import org.piu.targeting.workbench.security.ApiKey;
import org.piu.targeting.workbench.security.IssuedApiKey;
import org.piu.targeting.workbench.security.UserAccount;

/** Pipeline API keys (created, shown once, revoked) and the workbench users with their roles. */
@Route("admin")
@Menu(order = 8, title = "menu.admin", icon = "vaadin:cog")
@RolesAllowed(Permissions.MANAGE_ACCOUNTS)
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountStore accounts;
    private final String user;
    private final Grid<ApiKey> keys = new Grid<>();

    public AdminView(AccountStore accounts, AuthenticationContext auth) {
        this.accounts = accounts;
        this.user = auth.getPrincipalName().orElseThrow();
        addClassName("admin-view");

        keys.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        keys.addColumn(ApiKey::id)
                .setHeader(getTranslation("admin.keys.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        keys.addColumn(ApiKey::name)
                .setHeader(getTranslation("admin.keys.client"))
                .setFlexGrow(2);
        keys.addColumn(k -> WorkbenchFormat.when(k.createdAt()))
                .setHeader(getTranslation("admin.keys.created"))
                .setAutoWidth(true);
        keys.addColumn(ApiKey::createdBy)
                .setHeader(getTranslation("admin.keys.by"))
                .setAutoWidth(true);
        keys.addComponentColumn(k -> StatusBadge.of(k.active() ? "ACTIVE" : "REVOKED"))
                .setHeader(getTranslation("admin.keys.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        keys.addColumn(k -> k.active() ? "" : WorkbenchFormat.when(k.revokedAt()))
                .setHeader(getTranslation("admin.keys.revoked"))
                .setAutoWidth(true);
        keys.addComponentColumn(k -> {
                    Button revoke = new Button(getTranslation("admin.keys.revoke"), e -> askToRevoke(k));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.setEnabled(k.active());
                    return revoke;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        keys.setAllRowsVisible(true);
        keys.setWidthFull();

        TextField name = new TextField(getTranslation("admin.keys.client-name"));
        name.setId("api-key-name");
        name.setPlaceholder(getTranslation("admin.keys.client-name.placeholder"));
        name.setWidth("320px");
        Button create = new Button(getTranslation("admin.keys.create"), VaadinIcon.KEY.create(), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("admin.keys.client-name.required"));
                return;
            }
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
        users.addColumn(UserAccount::username)
                .setHeader(getTranslation("admin.users.user"))
                .setAutoWidth(true);
        users.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("admin.users.name"))
                .setAutoWidth(true);
        users.addColumn(u -> u.roles().stream()
                        .map(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.users.roles"));
        users.addColumn(u -> getTranslation(u.enabled() ? "admin.users.enabled" : "admin.users.disabled"))
                .setHeader(getTranslation("admin.users.status"))
                .setAutoWidth(true);
        users.setItems(accounts.users().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList());
        users.setAllRowsVisible(true);

        add(
                new H2(getTranslation("admin.title")),
                new H3(getTranslation("admin.keys.title")),
                new Paragraph(getTranslation("admin.keys.intro")),
                bar,
                keys,
                new H3(getTranslation("admin.users.title")),
                users);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("admin.title"));
    }

    private void refresh() {
        keys.setItems(accounts.apiKeys().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
                .toList());
    }

    private void showSecret(IssuedApiKey issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.secret.title", issued.key().name()));
        TextField secret = new TextField(getTranslation("admin.secret.label"));
        secret.setId("api-key-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Span warning = new Span(getTranslation("admin.secret.warning"));
        warning.addClassName("refusal");
        dialog.add(new VerticalLayout(secret, warning));
        dialog.setWidth("600px");
        Button done = new Button(getTranslation("admin.secret.done"), e -> dialog.close());
        done.setId("api-key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void askToRevoke(ApiKey key) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("admin.revoke.title", key.name(), key.id()));
        confirm.add(new Paragraph(getTranslation("admin.revoke.text")));
        Button revoke = new Button(getTranslation("admin.revoke.confirm"), e -> {
            accounts.revokeApiKey(key.id());
            confirm.close();
            refresh();
            Toast.success(getTranslation("admin.revoke.done", key.name(), key.id()));
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("common.cancel"), e -> confirm.close()), revoke);
        confirm.open();
    }
}
