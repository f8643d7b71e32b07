package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.FieldChange;
import org.piu.targeting.workbench.base.ui.WorkbenchFormat;

/** A revision diff as an approver reads it: the field-level changes first, then the text diff line by line. */
class AssetDiffPanel extends Div {

    AssetDiffPanel() {
        addClassName("asset-diff");
    }

    void show(AssetDiff diff) {
        removeAll();
        add(new H4("Changes from " + WorkbenchFormat.revision(diff.fromRevision()) + " to "
                + WorkbenchFormat.revision(diff.toRevision())));
        if (!diff.structured()) {
            add(new Div("One of the revisions is not a readable YAML document: only the text diff is available."));
        } else if (diff.changes().isEmpty()) {
            add(new Div("No field changed."));
        } else {
            UnorderedList fields = new UnorderedList();
            fields.addClassName("field-changes");
            for (FieldChange change : diff.changes()) {
                ListItem item = new ListItem(change.describe());
                item.addClassName("field-change-" + change.kind().name().toLowerCase(Locale.ROOT));
                fields.add(item);
            }
            add(fields);
        }
        add(textDiff(diff.unifiedDiff()));
    }

    /** A first revision has nothing to compare with: every line is new. */
    void showNew(String text) {
        removeAll();
        add(new H4("New asset: no approved revision to compare with; every line is new"));
        StringBuilder unified = new StringBuilder();
        text.lines().forEach(line -> unified.append('+').append(line).append('\n'));
        add(textDiff(unified.toString()));
    }

    private static Pre textDiff(String unified) {
        Pre pre = new Pre();
        pre.addClassNames("text-diff", "mono");
        if (unified == null || unified.isBlank()) {
            pre.setText("(texts are identical)");
            return pre;
        }
        unified.lines().forEach(line -> {
            Span span = new Span(line + "\n");
            if (line.startsWith("+++")
                    || line.startsWith("---")
                    || line.startsWith("diff ")
                    || line.startsWith("index ")) {
                span.addClassName("diff-header");
            } else if (line.startsWith("+")) {
                span.addClassName("diff-added");
            } else if (line.startsWith("-")) {
                span.addClassName("diff-removed");
            } else if (line.startsWith("@@")) {
                span.addClassName("diff-hunk");
            }
            pre.add(span);
        });
        return pre;
    }
}
