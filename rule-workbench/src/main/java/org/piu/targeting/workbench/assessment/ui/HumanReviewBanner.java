package org.piu.targeting.workbench.assessment.ui;

import com.vaadin.flow.component.html.Div;

/** The reminder that automated results are leads for a person to review, never decisions. */
class HumanReviewBanner extends Div {

    HumanReviewBanner() {
        setText(getTranslation("assessments.human-review"));
        addClassName("human-review-banner");
        setId("human-review-banner");
    }
}
