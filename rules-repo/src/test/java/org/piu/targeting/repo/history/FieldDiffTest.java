package org.piu.targeting.repo.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDiffTest {

    @Test
    void reports_changed_scalar_added_condition_and_list_values() {
        String before = """
                severity: HIGH
                when:
                  all:
                    - {field: payment.type, op: eq, value: CASH}
                values: [IST, TBS]
                """;
        String after = """
                severity: MEDIUM
                when:
                  all:
                    - {field: payment.type, op: eq, value: CASH}
                    - {field: booking.hoursBeforeDeparture, op: lt, value: 24}
                values: [IST, EVN]
                """;
        List<String> changes = FieldDiff.between(before, after).stream()
                .map(FieldChange::describe)
                .toList();
        assertThat(changes)
                .containsExactly(
                        "severity: HIGH → MEDIUM",
                        "added when.all[1]: {\"field\":\"booking.hoursBeforeDeparture\",\"op\":\"lt\",\"value\":24}",
                        "added values: EVN",
                        "removed values: TBS");
    }

    @Test
    void text_that_is_not_yaml_has_no_field_changes() {
        assertThat(FieldDiff.between("a: [unclosed", "a: 1")).isNull();
    }
}
