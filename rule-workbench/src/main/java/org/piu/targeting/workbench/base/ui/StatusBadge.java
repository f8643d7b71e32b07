package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A coloured label for a lifecycle status, audit outcome or decision. */
public final class StatusBadge {

    private StatusBadge() {}

    public static Span of(Enum<?> status) {
        return of(status == null ? "" : status.name());
    }

    public static Span of(String status) {
        Span badge = new Span(status);
        badge.addClassNames("status", "status-" + status.toLowerCase(Locale.ROOT));
        return badge;
    }
}
