package org.piu.targeting.workbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.watchlist.store.WatchlistNotFoundException;
import org.piu.targeting.repo.LifecycleViolationException;

/** What the workbench's one error handler tells the user: a refusal's own words, never a Java class name. */
class UiErrorHandlerTest {

    @Test
    void a_refusal_of_the_rules_repository_is_shown_in_its_own_words() {
        var refusal = new LifecycleViolationException("rules/R-1 is APPROVED, not SUBMITTED: nothing to approve");
        assertThat(UiErrorHandler.refusal(refusal))
                .contains("rules/R-1 is APPROVED, not SUBMITTED: nothing to approve");
    }

    @Test
    void a_refusal_wrapped_by_the_framework_is_still_found() {
        var wrapped = new RuntimeException("listener failed", new WatchlistNotFoundException("ui-sanctions"));
        assertThat(UiErrorHandler.refusal(wrapped))
                .hasValueSatisfying(m -> assertThat(m).contains("ui-sanctions"));
    }

    @Test
    void an_invalid_input_is_shown_with_its_message() {
        assertThat(UiErrorHandler.refusal(new IllegalArgumentException("'1985-13-02' is not a date")))
                .contains("'1985-13-02' is not a date");
    }

    @Test
    void a_fault_is_not_shown_as_a_refusal() {
        assertThat(UiErrorHandler.refusal(new NullPointerException("x is null")))
                .isEmpty();
        assertThat(UiErrorHandler.refusal(new UncheckedIOException(new IOException("disk full"))))
                .isEmpty();
        WorkbenchTranslations translations = new WorkbenchTranslations();
        for (Language language : Language.values()) {
            assertThat(translations.getTranslation(UiErrorHandler.FAULT, language.locale()))
                    .doesNotStartWith("!")
                    .doesNotContain("Exception")
                    .doesNotContain("java.");
        }
    }
}
