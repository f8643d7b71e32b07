package org.piu.targeting.workbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.rule.RuleProblem;

/** The labels around the problems come from the bundles, so the list is built inside a (browserless) Vaadin session. */
class ProblemListTest extends BrowserlessTest {

    /** No views: the list is a component on its own, and the shell needs the running application. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of(ProblemListTest.class.getPackageName() + ".noviews");
    }

    @Test
    void shows_path_message_and_the_legal_reason_of_each_problem() {
        ProblemList list = new ProblemList();
        list.show(
                List.of(
                        new RuleProblem(
                                "R-1",
                                "when.all[0].field",
                                RuleProblem.Level.ERROR,
                                "passenger.religion is a special category of personal data",
                                "EU PNR Directive art. 6(4)"),
                        RuleProblem.warning("R-1", "reviewBy", "review date has passed")),
                "none");

        String text = text(list);
        assertThat(list.isVisible()).isTrue();
        assertThat(text)
                .contains("ERROR", "when.all[0].field", "special category", "Legal reason: EU PNR Directive art. 6(4)")
                .contains("WARNING", "reviewBy", "review date has passed");
    }

    @Test
    void says_so_when_there_is_nothing_wrong() {
        ProblemList list = new ProblemList();
        list.show(List.of(), "No problems.");
        assertThat(text(list)).isEqualTo("No problems.");
        list.clear();
        assertThat(list.isVisible()).isFalse();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }
}
