package org.piu.targeting.engine.rule;

import java.util.List;
import java.util.Set;

/**
 * A rule document that passed validation, with its typed condition trees and scope.
 *
 * @param unless     null when the rule has no exonerating conditions
 * @param directions empty when the rule applies in every direction
 * @param routes     {@code ORIGIN-DESTINATION} patterns with {@code *}; empty when on every route
 * @param warnings   problems that do not exclude the rule (e.g. review date passed)
 */
public record CheckedRule(
        RuleRevision revision,
        CheckedCondition when,
        CheckedCondition unless,
        Set<String> directions,
        Set<String> routes,
        List<RuleProblem> warnings) {

    public RuleDocument document() {
        return revision.rule();
    }

    public boolean usesWatchlist() {
        return when.usesWatchlist() || (unless != null && unless.usesWatchlist());
    }
}
