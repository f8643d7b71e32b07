package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.score.evidence.Finding.Effect;
import org.piu.targeting.matching.watchlist.Gender;

class GenderEvidenceTest {

    private final GenderEvidence evidence = new GenderEvidence(ScoringWeights.defaults());

    @Test
    void a_different_gender_lowers_the_score() {
        Finding f = evidence.weigh(Gender.MALE, Gender.FEMALE);
        assertThat(f.effect()).isEqualTo(Effect.CONTRADICTS);
        assertThat(f.weight()).isEqualTo(0.85);
        assertThat(f.explanation()).isEqualTo("gender MALE ≠ FEMALE");
    }

    @Test
    void the_same_gender_is_shown_but_adds_nothing() {
        Finding f = evidence.weigh(Gender.FEMALE, Gender.FEMALE);
        assertThat(f.effect()).isEqualTo(Effect.NEUTRAL);
        assertThat(f.applyTo(0.8)).isEqualTo(0.8);
        assertThat(f.explanation()).isEqualTo("gender FEMALE = FEMALE");
    }

    @Test
    void an_unknown_gender_on_either_side_says_nothing() {
        for (Gender g : Gender.values()) {
            assertThat(evidence.weigh(Gender.UNKNOWN, g)).isSameAs(Finding.NONE);
            assertThat(evidence.weigh(g, Gender.UNKNOWN)).isSameAs(Finding.NONE);
        }
    }

    @Test
    void uses_the_weight_it_is_given() {
        GenderEvidence stricter = new GenderEvidence(AdjustedWeights.defaultsWith("genderConflict", 0.5));
        assertThat(stricter.weigh(Gender.FEMALE, Gender.MALE).applyTo(0.9)).isEqualTo(0.45);
    }
}
