package org.piu.targeting.workbench.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A coloured label for a lifecycle status, audit outcome or decision. */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(Enum<?> status) {
        return of(status == null ? "" : status.name());
    }

    static Span of(String status) {
        Span badge = new Span(status);
        badge.addClassNames("status", "status-" + status.toLowerCase(Locale.ROOT));
        return badge;
    }
}
