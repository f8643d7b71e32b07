package org.piu.targeting.workbench.assessment.ui;

import com.vaadin.flow.component.html.Div;

/** The reminder that automated results are leads for a person to review, never decisions. */
class HumanReviewBanner extends Div {

    HumanReviewBanner() {
        super("Every automated hit must be reviewed individually by a person before any action is taken"
                + " (EU PNR Directive art. 7(6)). A hit is a reason to look, not a finding.");
        addClassName("human-review-banner");
        setId("human-review-banner");
    }
}
