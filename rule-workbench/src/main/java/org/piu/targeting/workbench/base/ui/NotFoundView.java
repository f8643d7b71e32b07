package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address the workbench does not know: said in the shell, with the way back, instead of a bare error text. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        add(
                new H2(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation(
                        "error.not-found.text", "/" + event.getLocation().getPath())),
                new Anchor(".", getTranslation("error.back-to-dashboard")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation("error.not-found.title"));
    }
}
