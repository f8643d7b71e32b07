package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.history.FieldChange;
import org.piu.targeting.repo.history.FieldDiff;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;

/** The version someone else saved during an edit conflict: what the author's text changes in it, and its text. */
class TheirVersionDialog extends Dialog {

    TheirVersionDialog(AssetVersion theirs, String mine) {
        setHeaderTitle(getTranslation(
                "rules.theirs.title", theirs.version(), theirs.author(), WorkbenchFormat.when(theirs.savedAt())));
        setWidth("900px");
        List<FieldChange> changes = FieldDiff.between(theirs.text(), mine);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (changes != null && !changes.isEmpty()) {
            content.add(new Span(getTranslation("rules.theirs.changes")));
            changes.forEach(c -> content.add(new Div(c.describe())));
        }
        Pre pre = new Pre(theirs.text());
        pre.addClassName("mono");
        content.add(new Span(getTranslation("rules.theirs.text")), pre);
        add(content);
        getFooter().add(new Button(getTranslation("common.close"), ev -> close()));
    }
}
