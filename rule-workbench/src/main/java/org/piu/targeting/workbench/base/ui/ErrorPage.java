package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that says, inside the shell, why the address shows nothing, with the way back to the dashboard. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Shows the title and the explanation, which names the address ({@code {0}}). */
    void show(BeforeEnterEvent event, String textKey) {
        removeAll();
        add(
                new H2(getTranslation(titleKey)),
                new Paragraph(getTranslation(textKey, "/" + event.getLocation().getPath())),
                new Anchor(".", getTranslation("error.back-to-dashboard")));
    }

    @Override
    public String getPageTitle() {
        return WorkbenchFormat.pageTitle(getTranslation(titleKey));
    }
}
