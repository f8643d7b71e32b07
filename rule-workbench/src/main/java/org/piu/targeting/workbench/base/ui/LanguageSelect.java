package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.function.Consumer;

/** The languages the workbench speaks, each in its own name, so that a user finds theirs whatever the page speaks. */
public class LanguageSelect extends Select<Language> {

    /** @param onChoice what to do when the user picks another language (store it, show the page in it) */
    public LanguageSelect(Consumer<Language> onChoice) {
        setId("language");
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setValue(UserLanguage.current());
        setAriaLabel(getTranslation("shell.language"));
        setTooltipText(getTranslation("shell.language"));
        addThemeVariants(SelectVariant.LUMO_SMALL);
        setWidth("9.5em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != e.getOldValue()) {
                onChoice.accept(e.getValue());
            }
        });
    }
}
