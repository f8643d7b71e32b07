package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.GrantedAuthority;

/** The workbench shell: navigation by task, the signed-in user and their roles, sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final AccessAnnotationChecker access;

    public MainLayout(AuthenticationContext auth, AccessAnnotationChecker access) {
        this.access = access;
        Span title = new Span("PIU Targeting");
        title.addClassName("app-title");

        String user = auth.getPrincipalName().orElse("?");
        String roles = auth.getAuthenticatedUser(org.springframework.security.core.userdetails.UserDetails.class)
                .map(u -> u.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(a -> a.replace("ROLE_", "").toLowerCase(java.util.Locale.ROOT))
                        .sorted()
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""))
                .orElse("");
        Span who = new Span(user + (roles.isEmpty() ? "" : " (" + roles + ")"));
        who.addClassName("signed-in-user");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
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
        for (WorkbenchView view : WorkbenchView.values()) {
            if (access.hasAccess(view.viewClass())) {
                nav.addItem(new SideNavItem(
                        view.label(), view.viewClass(), view.icon().create()));
            }
        }
        return nav;
    }
}
