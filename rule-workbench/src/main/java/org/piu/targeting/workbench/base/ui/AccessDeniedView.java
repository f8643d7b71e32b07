package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A view the user's roles do not open: said in the shell (whose menu shows what they may open), with who to ask,
 * instead of the browser's bare 403 page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        add(
                new H2(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation(
                        "error.access-denied.text", "/" + event.getLocation().getPath())),
                new Anchor(".", getTranslation("error.back-to-dashboard")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("error.access-denied.title"));
    }
}
