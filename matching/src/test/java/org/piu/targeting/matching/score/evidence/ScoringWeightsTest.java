package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class ScoringWeightsTest {

    @Test
    void defaults_are_the_calibration_the_readme_describes() {
        ScoringWeights w = ScoringWeights.defaults();
        assertThat(w.dateOfBirthFromName()).isEqualTo(0.6);
        assertThat(w.exactDateOfBirth())
                .as("exact full DOB closes half the gap")
                .isEqualTo(0.5);
        assertThat(w.sameYearOfBirth()).as("same year / in range a quarter").isEqualTo(0.25);
        assertThat(w.mistypedDateOfBirth())
                .as("swapped day-month or one wrong digit")
                .isEqualTo(0.15);
        assertThat(w.nearDateOfBirth()).isEqualTo(0.96);
        assertThat(w.sameYearOtherDay()).as("same year but other day").isEqualTo(0.85);
        assertThat(w.datesUpTo3YearsApart()).isEqualTo(0.85);
        assertThat(w.datesUpTo5YearsApart()).isEqualTo(0.78);
        assertThat(w.datesUpTo7YearsApart()).isEqualTo(0.72);
        assertThat(w.datesFurtherApart()).isEqualTo(0.65);
        assertThat(w.genderConflict()).isEqualTo(0.85);
        assertThat(w.sameNationality()).as("same nationality +10 % of the gap").isEqualTo(0.1);
        assertThat(w.otherNationality()).isEqualTo(0.95);
        assertThat(w.documentNumber()).isEqualTo(1.0);
        assertThat(w.documentCountryConflict()).isEqualTo(0.75);
    }

    @Test
    void contradicting_dates_weigh_more_the_further_apart_they_are() {
        ScoringWeights w = ScoringWeights.defaults();
        assertThat(new double[] {
                    w.datesUpTo3YearsApart(), w.datesUpTo5YearsApart(), w.datesUpTo7YearsApart(), w.datesFurtherApart()
                })
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void rejects_every_weight_outside_zero_and_one_and_names_it() {
        for (RecordComponent c : ScoringWeights.class.getRecordComponents()) {
            for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
                assertThatThrownBy(() -> AdjustedWeights.defaultsWith(c.getName(), bad))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("scoring weight " + c.getName() + " must be in 0..1, was " + bad);
            }
            assertThat(AdjustedWeights.defaultsWith(c.getName(), 0)).isNotNull();
            assertThat(AdjustedWeights.defaultsWith(c.getName(), 1)).isNotNull();
        }
    }
}
