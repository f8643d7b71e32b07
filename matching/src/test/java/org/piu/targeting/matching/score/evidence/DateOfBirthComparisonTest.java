package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.watchlist.DateOfBirth;

class DateOfBirthComparisonTest {

    private static DateOfBirthComparison.Kind kind(String q, String l) {
        return DateOfBirthComparison.compare(
                        DateOfBirth.parse(q).orElseThrow(),
                        List.of(DateOfBirth.parse(l).orElseThrow()))
                .kind();
    }

    @Test
    void classifies_date_differences() {
        assertThat(kind("1985-03-02", "1985-03-02")).isEqualTo(DateOfBirthComparison.Kind.EXACT);
        assertThat(kind("1985-02-03", "1985-03-02")).isEqualTo(DateOfBirthComparison.Kind.SWAPPED_DAY_MONTH);
        assertThat(kind("1985-03-08", "1985-03-02")).isEqualTo(DateOfBirthComparison.Kind.ONE_DIGIT);
        assertThat(kind("1985-03-02", "1985")).isEqualTo(DateOfBirthComparison.Kind.SAME_YEAR);
        assertThat(kind("1962", "1960-1965")).isEqualTo(DateOfBirthComparison.Kind.IN_RANGE);
        assertThat(kind("1961-07-19", "1985-03-02")).isEqualTo(DateOfBirthComparison.Kind.CONFLICT);
    }

    @Test
    void rejects_impossible_dates() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DateOfBirth.parse("1985-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1985-02-30");
    }
}
