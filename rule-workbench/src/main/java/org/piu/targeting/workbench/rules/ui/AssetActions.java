package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.AssetVersion;

/**
 * What can be done with the asset in the editor: validate, save a draft, submit it, retire it, see its history.
 * Which buttons a user sees follows their permissions; which are enabled follows the asset's status. A click is
 * announced as an {@link ActionEvent}: the editor decides what happens.
 */
class AssetActions extends HorizontalLayout {

    /** The actions the buttons stand for. */
    enum Action {
        VALIDATE,
        SAVE,
        SUBMIT,
        RETIRE
    }

    /** A button was clicked. */
    static final class ActionEvent extends ComponentEvent<AssetActions> {
        private final Action action;

        ActionEvent(AssetActions source, Action action) {
            super(source, true);
            this.action = action;
        }

        Action action() {
            return action;
        }
    }

    private final Button validate =
            button("validate", "rules.editor.validate", VaadinIcon.CHECK_CIRCLE_O, Action.VALIDATE);
    private final Button save = button("save-draft", "rules.editor.save", VaadinIcon.DISC, Action.SAVE);
    private final Button submit = button("submit", "rules.editor.submit", VaadinIcon.PAPERPLANE_O, Action.SUBMIT);
    private final Button retire = button("retire", "rules.editor.retire", VaadinIcon.ARCHIVE, Action.RETIRE);
    private final RouterLink history = new RouterLink();

    /**
     * @param mayEdit   the user may save and submit drafts
     * @param mayRetire the user may retire assets
     */
    AssetActions(boolean mayEdit, boolean mayRetire) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        save.setVisible(mayEdit);
        submit.setVisible(mayEdit);
        retire.setVisible(mayRetire);
        history.setText(getTranslation("rules.editor.history"));
        history.setVisible(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(validate, save, submit, retire, history);
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    /** Enables what the asset's status allows; {@code current} is null for an asset not saved yet. */
    void update(AssetVersion current) {
        boolean retired = current != null && current.status() == AssetStatus.RETIRED;
        save.setEnabled(!retired);
        submit.setEnabled(
                current != null && (current.status() == AssetStatus.DRAFT || current.status() == AssetStatus.REJECTED));
        retire.setEnabled(current != null && !retired);
    }

    /** Links to the history of a saved asset; {@code id} null hides the link. */
    void linkHistory(AssetKind kind, String id) {
        history.setVisible(id != null);
        if (id != null) {
            history.setRoute(HistoryView.class);
            history.setQueryParameters(QueryParameters.simple(Map.of("kind", kind.folder(), "id", id)));
        }
    }

    private Button button(String id, String textKey, VaadinIcon icon, Action action) {
        Button button =
                new Button(getTranslation(textKey), icon.create(), e -> fireEvent(new ActionEvent(this, action)));
        button.setId(id);
        return button;
    }
}
