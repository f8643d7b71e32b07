package org.piu.targeting.workbench.rules;

import java.util.List;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.repo.Revision;

/** A saved draft and the warnings its author should look at before submitting it. */
public record SavedAsset(Revision revision, List<RuleProblem> warnings) {
    public SavedAsset {
        warnings = List.copyOf(warnings);
    }
}
