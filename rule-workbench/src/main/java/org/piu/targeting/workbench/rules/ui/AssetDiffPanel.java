package org.piu.targeting.workbench.rules.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
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
        add(new H4(getTranslation(
                "rules.diff.title",
                WorkbenchFormat.revision(diff.fromRevision()),
                WorkbenchFormat.revision(diff.toRevision()))));
        if (!diff.structured()) {
            add(new Div(getTranslation("rules.diff.unstructured")));
        } else if (diff.changes().isEmpty()) {
            add(new Div(getTranslation("rules.diff.no-field-changed")));
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
        add(new H4(getTranslation("rules.diff.new")));
        StringBuilder unified = new StringBuilder();
        text.lines().forEach(line -> unified.append('+').append(line).append('\n'));
        add(textDiff(unified.toString()));
    }

    /**
     * The text diff without Git's headers ({@code diff --git}, {@code index}, the {@code ---}/{@code +++} file
     * names): the panel's title already says which revisions are compared, and the sharded file path is the
     * repository's business, not the reader's. Headers are what comes before the first hunk ({@code @@}).
     */
    private Pre textDiff(String unified) {
        Pre pre = new Pre();
        pre.addClassNames("text-diff", "mono");
        if (unified == null || unified.isBlank()) {
            pre.setText(getTranslation("rules.diff.identical"));
            return pre;
        }
        List<String> lines = unified.lines().toList();
        int firstHunk = 0;
        while (firstHunk < lines.size() && gitHeader(lines.get(firstHunk))) {
            firstHunk++;
        }
        lines.subList(firstHunk, lines.size()).forEach(line -> {
            Span span = new Span(line + "\n");
            if (line.startsWith("+")) {
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

    private static boolean gitHeader(String line) {
        return line.startsWith("diff --git ")
                || line.startsWith("index ")
                || line.startsWith("new file mode ")
                || line.startsWith("deleted file mode ")
                || line.startsWith("--- ")
                || line.startsWith("+++ ");
    }
}
