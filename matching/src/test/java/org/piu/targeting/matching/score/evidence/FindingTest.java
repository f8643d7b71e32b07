package org.piu.targeting.matching.score.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void support_closes_its_share_of_the_gap_to_one() {
        Finding half = Finding.supports(0.5, () -> "exact");
        assertThat(half.applyTo(0.6)).isCloseTo(0.8, within(1e-12));
        assertThat(half.applyTo(1.0)).isEqualTo(1.0);
        assertThat(half.applyTo(0.0)).isEqualTo(0.5);
    }

    @Test
    void support_and_contradiction_keep_every_score_within_zero_and_one_and_in_order() {
        for (int w = 0; w <= 20; w++) {
            double weight = w / 20.0;
            double previousSupported = -1;
            double previousContradicted = -1;
            for (int i = 0; i <= 100; i++) {
                double s = i / 100.0;
                double supported = Finding.supports(weight, () -> "").applyTo(s);
                double contradicted = Finding.contradicts(weight, () -> "").applyTo(s);
                assertThat(supported).isBetween(s, 1.0);
                assertThat(contradicted).isBetween(0.0, s);
                // a stronger name stays stronger after the same evidence
                assertThat(supported).isGreaterThanOrEqualTo(previousSupported);
                assertThat(contradicted).isGreaterThanOrEqualTo(previousContradicted);
                previousSupported = supported;
                previousContradicted = contradicted;
            }
        }
    }

    @Test
    void a_contradiction_multiplies_and_a_neutral_finding_leaves_the_score() {
        assertThat(Finding.contradicts(0.85, () -> "gender").applyTo(0.9)).isCloseTo(0.765, within(1e-12));
        assertThat(Finding.neutral(() -> "DOB not on list entry").applyTo(0.9)).isEqualTo(0.9);
        assertThat(Finding.NONE.applyTo(0.9)).isEqualTo(0.9);
    }

    @Test
    void nothing_to_say_has_no_line() {
        assertThat(Finding.NONE.explained()).isFalse();
        assertThat(Finding.NONE.explanation()).isEmpty();
        assertThat(Finding.neutral(() -> "gender MALE = MALE").explained()).isTrue();
    }

    @Test
    void writes_its_line_only_when_asked() {
        AtomicInteger written = new AtomicInteger();
        Finding f = Finding.contradicts(0.95, () -> "nationality ROU ≠ MDA #" + written.incrementAndGet());
        f.applyTo(0.8);
        assertThat(written).hasValue(0);
        assertThat(f.explanation()).isEqualTo("nationality ROU ≠ MDA #1");
    }
}
