package org.piu.targeting.engine.rule;

/**
 * A rule document at one revision of the rules repository (e.g. a commit id or a sequence number); every hit
 * names the revision that produced it.
 */
public record RuleRevision(RuleDocument rule, String revision) {
    public RuleRevision {
        if (rule == null) {
            throw new IllegalArgumentException("rule revision without a rule document");
        }
        if (revision == null || revision.isBlank()) {
            throw new IllegalArgumentException("rule " + rule.id() + " has no revision");
        }
    }
}
