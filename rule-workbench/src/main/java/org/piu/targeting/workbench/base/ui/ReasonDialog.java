package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks why before an action that the audit trail records: saving, submitting, approving, publishing. The text
 * becomes the commit message, so a required reason cannot be blank.
 */
public class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    public ReasonDialog(
            String title,
            String explanation,
            String label,
            String confirm,
            boolean required,
            Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setWidth("560px");
        reason.setLabel(label);
        reason.setId("reason");
        reason.setWidthFull();
        reason.setMinHeight("120px");
        reason.setRequired(required);
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        add(reason);
        Button ok = new Button(confirm, e -> {
            String text = reason.getValue() == null ? "" : reason.getValue().strip();
            if (required && text.isEmpty()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("reason-dialog.required"));
                return;
            }
            close();
            onConfirm.accept(text);
        });
        ok.setId("reason-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }
}
