package org.piu.targeting.workbench.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.piu.targeting.engine.assess.Assessment;

/**
 * The Assessment of DESIGN.md §4, plus how this request relates to earlier ones.
 *
 * @param contentHash SHA-256 of what the pipeline sent; the same content again is a duplicate
 * @param duplicate   true when this exact content was assessed before: the earlier result is returned unchanged
 * @param archived    false when the archive could not store the result (the pipeline may resend it)
 */
public record AssessmentResult(@JsonUnwrapped Assessment assessment, String contentHash, boolean duplicate,
                               boolean archived) {
}
