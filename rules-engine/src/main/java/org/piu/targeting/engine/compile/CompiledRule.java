package org.piu.targeting.engine.compile;

import org.piu.targeting.engine.rule.CheckedRule;
import org.piu.targeting.engine.rule.RuleDocument;

/**
 * A rule of a release: its position (which names it in the DRL as {@code r<index>}), the validated rule, and the
 * DRL generated for it.
 */
public record CompiledRule(int index, CheckedRule checked, String drl) {

    public String ruleId() {
        return checked.document().id();
    }

    public String revision() {
        return checked.revision().revision();
    }

    public RuleDocument document() {
        return checked.document();
    }
}
