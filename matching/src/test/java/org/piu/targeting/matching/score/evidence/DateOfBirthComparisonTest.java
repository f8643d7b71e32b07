package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    void compares_the_same_either_way_round() {
        List<DateOfBirth> dates = mixedPrecisionDates();
        for (DateOfBirth a : dates) {
            for (DateOfBirth b : dates) {
                DateOfBirthComparison ab = DateOfBirthComparison.compare(a, List.of(b));
                DateOfBirthComparison ba = DateOfBirthComparison.compare(b, List.of(a));
                assertThat(ab.kind()).as("%s vs %s", a, b).isEqualTo(ba.kind());
                assertThat(ab.yearsApart()).as("%s vs %s", a, b).isEqualTo(ba.yearsApart());
                assertThat(ab.yearsApart()).isNotNegative();
            }
        }
    }

    @Test
    void a_date_always_supports_itself_at_its_own_precision() {
        for (DateOfBirth d : mixedPrecisionDates()) {
            DateOfBirthComparison self = DateOfBirthComparison.compare(d, List.of(d));
            assertThat(self.kind())
                    .as("%s", d)
                    .isIn(
                            DateOfBirthComparison.Kind.EXACT,
                            DateOfBirthComparison.Kind.SAME_YEAR_MONTH,
                            DateOfBirthComparison.Kind.SAME_YEAR,
                            DateOfBirthComparison.Kind.IN_RANGE);
            assertThat(self.contradicts()).isFalse();
            assertThat(self.yearsApart()).isZero();
        }
        assertThat(kind("1985-01-01", "1985-01-01"))
                .as("1 January is how sources write a year only")
                .isEqualTo(DateOfBirthComparison.Kind.SAME_YEAR);
    }

    @Test
    void takes_the_best_of_several_listed_dates() {
        DateOfBirthComparison c = DateOfBirthComparison.compare(
                DateOfBirth.parse("1985-03-02").orElseThrow(),
                List.of(
                        DateOfBirth.parse("1961").orElseThrow(),
                        DateOfBirth.parse("1985-03-02").orElseThrow()));
        assertThat(c.kind()).isEqualTo(DateOfBirthComparison.Kind.EXACT);
    }

    @Test
    void contradicting_dates_are_far_apart_or_the_same_year_on_another_day() {
        assertThat(DateOfBirthComparison.compare(
                                DateOfBirth.parse("1985-07-19").orElseThrow(),
                                List.of(DateOfBirth.parse("1985-03-02").orElseThrow()))
                        .contradicts())
                .isTrue();
        assertThat(DateOfBirthComparison.compare(
                                DateOfBirth.parse("1990-03-02").orElseThrow(),
                                List.of(DateOfBirth.parse("1989-03-02").orElseThrow()))
                        .contradicts())
                .as("a year apart is approximate, not contradicting")
                .isFalse();
        assertThat(DateOfBirthComparison.compare(null, List.of()).contradicts()).isFalse();
    }

    /** Full dates, years and months, years and ranges from a fixed seed. */
    private static List<DateOfBirth> mixedPrecisionDates() {
        Random random = new Random(20261204);
        List<DateOfBirth> dates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int year = 1950 + random.nextInt(40);
            dates.add(
                    switch (i % 5) {
                        case 0 -> DateOfBirth.ofYear(year);
                        case 1 -> new DateOfBirth(year, 1 + random.nextInt(12), 0, year);
                        case 2 -> DateOfBirth.between(year, year + 1 + random.nextInt(5));
                        default -> DateOfBirth.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    });
        }
        return dates;
    }

    @Test
    void rejects_impossible_dates() {
        assertThatThrownBy(() -> DateOfBirth.parse("1985-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1985-02-30");
    }
}
