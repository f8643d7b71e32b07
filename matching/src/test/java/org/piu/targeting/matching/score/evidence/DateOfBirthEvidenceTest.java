package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.score.evidence.Finding.Effect;
import org.piu.targeting.matching.watchlist.DateOfBirth;

class DateOfBirthEvidenceTest {

    private final DateOfBirthEvidence evidence = new DateOfBirthEvidence(ScoringWeights.defaults());

    private static DateOfBirthComparison dates(String passenger, String... listed) {
        return DateOfBirthComparison.compare(
                DateOfBirth.parse(passenger).orElse(null),
                Stream.of(listed).map(d -> DateOfBirth.parse(d).orElseThrow()).toList());
    }

    @Test
    void an_exact_date_closes_half_the_gap_for_a_name_that_looks_alike() {
        Finding f = evidence.weigh(dates("1985-03-02", "1985-03-02"), 0.8);
        assertThat(f.effect()).isEqualTo(Effect.SUPPORTS);
        assertThat(f.applyTo(0.8)).isCloseTo(0.9, within(1e-12));
        assertThat(f.explanation()).isEqualTo("DOB 1985-03-02 = 1985-03-02 (exact)");
    }

    @Test
    void a_matching_date_does_not_make_a_different_name_the_same_person() {
        Finding f = evidence.weigh(dates("1985-03-02", "1985-03-02"), 0.59);
        assertThat(f.effect()).isEqualTo(Effect.NEUTRAL);
        assertThat(f.applyTo(0.59)).isEqualTo(0.59);
        assertThat(f.explanation()).isEqualTo("DOB 1985-03-02 = 1985-03-02 (exact)");
        assertThat(evidence.weigh(dates("1985-03-02", "1985-03-02"), 0.6).effect())
                .isEqualTo(Effect.SUPPORTS);
    }

    @Test
    void a_year_or_a_range_supports_less_than_a_full_date_and_a_keying_error_less_still() {
        assertThat(evidence.weigh(dates("1985-03-02", "1985"), 0.8).applyTo(0.8))
                .isCloseTo(0.85, within(1e-12));
        assertThat(evidence.weigh(dates("1985-03-02", "1985-03"), 0.8).applyTo(0.8))
                .isCloseTo(0.85, within(1e-12));
        assertThat(evidence.weigh(dates("1962", "1960-1965"), 0.8).applyTo(0.8)).isCloseTo(0.85, within(1e-12));
        Finding swapped = evidence.weigh(dates("1985-02-03", "1985-03-02"), 0.8);
        assertThat(swapped.applyTo(0.8)).isCloseTo(0.83, within(1e-12));
        assertThat(swapped.explanation()).isEqualTo("DOB 1985-02-03 ≈ 1985-03-02 (day and month swapped)");
        assertThat(evidence.weigh(dates("1985-03-07", "1985-03-02"), 0.8).applyTo(0.8))
                .isCloseTo(0.83, within(1e-12));
    }

    @Test
    void dates_years_apart_count_against_the_match_the_more_the_further_apart() {
        assertThat(evidence.weigh(dates("1990-03-02", "1989-03-02"), 0.9).weight())
                .as("a year apart")
                .isEqualTo(0.96);
        assertThat(evidence.weigh(dates("1985-07-19", "1985-03-02"), 0.9).weight())
                .as("same year, other day")
                .isEqualTo(0.85);
        assertThat(evidence.weigh(dates("1983-07-19", "1985-03-02"), 0.9).weight())
                .isEqualTo(0.85);
        assertThat(evidence.weigh(dates("1981-07-19", "1985-03-02"), 0.9).weight())
                .isEqualTo(0.78);
        assertThat(evidence.weigh(dates("1979-07-19", "1985-03-02"), 0.9).weight())
                .isEqualTo(0.72);
        Finding decades = evidence.weigh(dates("1990-05-14", "1961-11-02"), 1.0);
        assertThat(decades.effect()).isEqualTo(Effect.CONTRADICTS);
        assertThat(decades.weight()).isEqualTo(0.65);
        assertThat(decades.explanation()).isEqualTo("DOB 1990-05-14 ≠ 1961-11-02 (far apart)");
    }

    @Test
    void the_factor_for_dates_apart_never_rises_with_the_years_and_changes_at_3_5_and_7() {
        double previous = 1;
        for (int years = 0; years <= 60; years++) {
            double factor = evidence.yearsApartFactor(years);
            assertThat(factor).as("%d years", years).isLessThanOrEqualTo(previous);
            previous = factor;
        }
        assertThat(List.of(3, 4, 5, 6, 7, 8).stream().map(evidence::yearsApartFactor))
                .containsExactly(0.85, 0.78, 0.78, 0.72, 0.72, 0.65);
    }

    @Test
    void an_unknown_date_leaves_the_score_and_says_which_side_lacks_it() {
        Finding noPassengerDate = evidence.weigh(dates("", "1985-03-02"), 0.9);
        assertThat(noPassengerDate.effect()).isEqualTo(Effect.NEUTRAL);
        assertThat(noPassengerDate.explanation()).isEqualTo("DOB not given for passenger");
        assertThat(evidence.weigh(dates("1985-03-02"), 0.9).explanation()).isEqualTo("DOB not on list entry");
    }

    @Test
    void uses_the_weights_it_is_given() {
        DateOfBirthEvidence stricter = new DateOfBirthEvidence(AdjustedWeights.defaultsWith("datesFurtherApart", 0.4));
        assertThat(stricter.weigh(dates("1990-05-14", "1961-11-02"), 1.0).applyTo(1.0))
                .isEqualTo(0.4);
        DateOfBirthEvidence laxer = new DateOfBirthEvidence(AdjustedWeights.defaultsWith("dateOfBirthFromName", 0.3));
        assertThat(laxer.weigh(dates("1985-03-02", "1985-03-02"), 0.4).effect()).isEqualTo(Effect.SUPPORTS);
    }
}
