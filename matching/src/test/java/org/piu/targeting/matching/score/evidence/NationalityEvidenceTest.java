package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.score.evidence.Finding.Effect;

class NationalityEvidenceTest {

    private final NationalityEvidence evidence = new NationalityEvidence(ScoringWeights.defaults());

    @Test
    void a_shared_nationality_closes_a_tenth_of_the_gap_whatever_form_each_side_uses() {
        for (String passenger : List.of("MDA", "MD", "Moldova", " republic of moldova ")) {
            Finding f = evidence.weigh(passenger, List.of("ROU", "MDA"), false);
            assertThat(f.effect()).as(passenger).isEqualTo(Effect.SUPPORTS);
            assertThat(f.applyTo(0.8)).isCloseTo(0.82, within(1e-12));
        }
        assertThat(evidence.weigh("Ukraine", List.of("UKR", "RUS"), false).explanation())
                .isEqualTo("nationality Ukraine = UKR/RUS");
    }

    @Test
    void no_shared_nationality_lowers_the_score_a_little() {
        Finding f = evidence.weigh("ROU", List.of("AZE", "Azerbaijan"), false);
        assertThat(f.effect()).isEqualTo(Effect.CONTRADICTS);
        assertThat(f.weight()).isEqualTo(0.95);
        assertThat(f.explanation()).isEqualTo("nationality ROU ≠ AZE/Azerbaijan");
    }

    @Test
    void a_shared_nationality_does_not_outweigh_dates_that_contradict() {
        Finding f = evidence.weigh("RUS", List.of("RUS"), true);
        assertThat(f.effect()).isEqualTo(Effect.NEUTRAL);
        assertThat(f.explanation()).isEqualTo("nationality RUS = RUS");
        assertThat(evidence.weigh("ROU", List.of("RUS"), true).effect())
                .as("a different nationality still counts")
                .isEqualTo(Effect.CONTRADICTS);
    }

    @Test
    void nationalities_that_cannot_be_resolved_say_nothing() {
        assertThat(evidence.weigh(null, List.of("MDA"), false)).isSameAs(Finding.NONE);
        assertThat(evidence.weigh("XYZ", List.of("MDA"), false)).isSameAs(Finding.NONE);
        assertThat(evidence.weigh("MDA", List.of(), false)).isSameAs(Finding.NONE);
        assertThat(evidence.weigh("MDA", List.of("Atlantis"), false)).isSameAs(Finding.NONE);
    }

    @Test
    void uses_the_weights_it_is_given() {
        NationalityEvidence other = new NationalityEvidence(AdjustedWeights.defaultsWith("sameNationality", 0.5));
        assertThat(other.weigh("MDA", List.of("MDA"), false).applyTo(0.8)).isCloseTo(0.9, within(1e-12));
    }
}
