package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.piu.targeting.workbench.base.security.Role;

/**
 * The workbench shell: navigation by task, the signed-in user and their roles, the language, sign out. The
 * navigation lists the views annotated with {@code @Menu} that the user may open, in their menu order: a new view
 * adds itself. A menu title is a translation key ({@code @Menu(title = "menu.rules")}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, UserLanguage language) {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        title.setTitle(getTranslation("app.unit"));

        String user = auth.getPrincipalName().orElse("?");
        // the user's roles, not the permissions they grant (those are authorities too)
        String roles = Arrays.stream(Role.values())
                .filter(role -> auth.hasRole(role.name()))
                .map(role -> getTranslation("role." + role.name().toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining(", "));
        Span who = new Span(user + (roles.isEmpty() ? "" : " (" + roles + ")"));
        who.addClassName("signed-in-user");
        Button logout = new Button(getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(
                new DrawerToggle(), title, who, new LanguageSelect(l -> language.choose(user, l)), logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        // only the entries the user's permissions allow: Vaadin filters them with the views' access annotations
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon())));
        }
        return nav;
    }
}
