package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A coloured label for a lifecycle status, audit outcome or decision, in the user's language ({@code status.draft});
 * the colour follows the code ({@code status-draft}), whatever the language.
 */
public final class StatusBadge {

    private StatusBadge() {}

    public static Span of(Enum<?> status) {
        return of(status == null ? "" : status.name());
    }

    public static Span of(String status) {
        String code = status.toLowerCase(Locale.ROOT);
        Span badge = new Span();
        badge.setText(WorkbenchTranslations.has("status." + code) ? badge.getTranslation("status." + code) : status);
        badge.addClassNames("status", "status-" + code);
        return badge;
    }
}
