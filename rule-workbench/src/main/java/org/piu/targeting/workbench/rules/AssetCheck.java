package org.piu.targeting.workbench.rules;

import java.util.List;
import org.piu.targeting.engine.rule.RuleProblem;

/**
 * The outcome of reading and validating an asset's text.
 *
 * @param blocking problems that forbid even saving a draft: an unreadable document, a document whose id is not its
 *                 name, a rule that targets sensitive data (these carry the legal reason)
 * @param problems every problem, blocking or not; errors among them forbid submitting for approval
 */
public record AssetCheck(List<RuleProblem> blocking, List<RuleProblem> problems) {
    public AssetCheck {
        blocking = List.copyOf(blocking);
        problems = List.copyOf(problems);
    }

    public List<RuleProblem> errors() {
        return problems.stream()
                .filter(p -> p.level() == RuleProblem.Level.ERROR)
                .toList();
    }
}
