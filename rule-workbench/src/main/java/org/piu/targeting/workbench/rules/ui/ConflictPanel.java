package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.piu.targeting.repo.ConflictException;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;

/**
 * Someone saved the asset after the editor opened it: who, when and at which revision, a reassurance that the
 * author's text is still there, and the two ways forward — compare with their version, or keep one's own text and
 * save it over theirs. The choice is announced as a {@link ChoiceEvent}.
 */
class ConflictPanel extends Div {

    /** What the author chose to do about the conflict. */
    enum Choice {
        COMPARE,
        KEEP_MINE
    }

    /** The author chose; the event carries the conflict it is about. */
    static final class ChoiceEvent extends ComponentEvent<ConflictPanel> {
        private final Choice choice;
        private final ConflictException conflict;

        ChoiceEvent(ConflictPanel source, Choice choice, ConflictException conflict) {
            super(source, true);
            this.choice = choice;
            this.conflict = conflict;
        }

        Choice choice() {
            return choice;
        }

        /** Their revision: the one to compare with, or to save over. */
        String theirRevision() {
            return conflict.currentRevision();
        }
    }

    ConflictPanel() {
        setId("conflict");
        addClassName("conflict");
        setVisible(false);
    }

    Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    /** @param asset the asset as users call it ("rule R-1") */
    void show(String asset, ConflictException e) {
        removeAll();
        setVisible(true);
        add(new Div(getTranslation(
                "rules.conflict.text",
                e.changedBy(),
                asset,
                WorkbenchFormat.when(e.changedAt()),
                WorkbenchFormat.revision(e.currentRevision()))));
        Button theirs = new Button(
                getTranslation("rules.conflict.compare"), ev -> fireEvent(new ChoiceEvent(this, Choice.COMPARE, e)));
        theirs.setId("conflict-compare");
        Button keepMine = new Button(
                getTranslation("rules.conflict.keep-mine"),
                ev -> fireEvent(new ChoiceEvent(this, Choice.KEEP_MINE, e)));
        keepMine.setId("conflict-rebase");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(theirs, keepMine));
    }

    void hide() {
        setVisible(false);
    }
}
