package org.piu.targeting.workbench.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.engine.rule.RuleProblem;

/**
 * What is wrong with a document (the problems' texts are the rules engine's, in English, as the API returns them;
 * the labels around them are in the user's language), each problem with the path to fix ({@code when.all[2].field}) and, where the law is
 * the reason, the legal basis — the author must see why, not only that.
 */
public class ProblemList extends Div {

    public ProblemList() {
        addClassName("problem-list");
        setVisible(false);
    }

    public void show(List<RuleProblem> problems, String whenNone) {
        removeAll();
        setVisible(true);
        if (problems.isEmpty()) {
            Div ok = new Div(whenNone);
            ok.addClassName("problem-none");
            add(ok);
            return;
        }
        for (RuleProblem p : problems) {
            Div row = new Div();
            row.addClassNames("problem", p.isError() ? "problem-error" : "problem-warning");
            Span level =
                    new Span(getTranslation("problem.level." + p.level().name().toLowerCase(Locale.ROOT)));
            level.addClassName("problem-level");
            Span path = new Span(
                    p.path() == null || p.path().isEmpty() ? getTranslation("problem.whole-document") : p.path());
            path.addClassName("problem-path");
            row.add(level, path, new Span(p.message()));
            if (p.legalReason() != null) {
                Div legal = new Div(getTranslation("problem.legal-reason", p.legalReason()));
                legal.addClassName("problem-legal");
                row.add(legal);
            }
            add(row);
        }
    }

    public void clear() {
        removeAll();
        setVisible(false);
    }
}
