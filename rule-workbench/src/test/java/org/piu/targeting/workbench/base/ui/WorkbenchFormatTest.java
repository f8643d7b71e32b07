package org.piu.targeting.workbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkbenchFormatTest {

    @Test
    void reads_the_title_of_a_half_written_draft_without_parsing_it() {
        String draft = """
                id: R-1
                title: "Cash one-way booking"
                when:
                  all: [ {field: payment.cash, op: eq""";
        assertThat(WorkbenchFormat.title(draft)).isEqualTo("Cash one-way booking");
        assertThat(WorkbenchFormat.title("id: L-1\nvalues: [A]")).isEmpty();
        assertThat(WorkbenchFormat.title("description: no title: here")).isEmpty();
    }

    @Test
    void shows_times_in_utc_and_revisions_as_git_does() {
        assertThat(WorkbenchFormat.when(Instant.parse("2026-11-22T17:05:09Z"))).isEqualTo("2026-11-22 17:05:09 UTC");
        assertThat(WorkbenchFormat.revision("0123456789abcdef0123")).isEqualTo("01234567");
        assertThat(WorkbenchFormat.revision("release-12")).isEqualTo("release-12");
        assertThat(WorkbenchFormat.revision(null)).isEmpty();
    }
}
