package org.piu.targeting.matching.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameNormalizer;
import org.piu.targeting.matching.normalize.NameRendering;

class NameAlignmentTest {

    private final NameAlignment alignment = new NameAlignment(new TokenSimilarity(GivenNameEquivalences.builtIn()));
    private final NameNormalizer normalizer = new NameNormalizer();

    private NameRendering asWritten(String name) {
        return normalizer.normalize(name).renderings().getFirst();
    }

    private NameAlignment.Aligned align(String passenger, String listed) {
        return alignment.align(asWritten(passenger), asWritten(listed));
    }

    @Test
    void every_listed_rendering_aligns_fully_with_itself() {
        for (NameRendering r : ListedNames.renderings()) {
            NameAlignment.Aligned self = alignment.align(r, r);
            assertThat(self.score()).as(r.text()).isEqualTo(1.0);
            assertThat(self.unmatchedQuery()).isEmpty();
            assertThat(self.unmatchedCandidate()).isEmpty();
        }
    }

    @Test
    void scores_stay_within_zero_and_one() {
        List<NameRendering> renderings = ListedNames.renderings();
        Random random = new Random(3);
        for (int i = 0; i < 5000; i++) {
            NameRendering a = renderings.get(random.nextInt(renderings.size()));
            NameRendering b = renderings.get(random.nextInt(renderings.size()));
            assertThat(alignment.align(a, b).score())
                    .as("%s / %s", a.text(), b.text())
                    .isBetween(0.0, 1.0);
        }
    }

    /**
     * Symmetric whenever every part pairs: asymmetry comes only from parts on one side, and is deliberate (see
     * the next test).
     */
    @Test
    void names_whose_parts_all_pair_score_the_same_either_way_round() {
        List<NameRendering> renderings = ListedNames.renderings();
        Random random = new Random(5);
        int fullyPaired = 0;
        for (int i = 0; i < 20_000; i++) {
            NameRendering a = renderings.get(random.nextInt(renderings.size()));
            NameRendering b = renderings.get(random.nextInt(renderings.size()));
            NameAlignment.Aligned ab = alignment.align(a, b);
            if (!ab.unmatchedQuery().isEmpty() || !ab.unmatchedCandidate().isEmpty()) {
                continue;
            }
            fullyPaired++;
            assertThat(alignment.align(b, a).score())
                    .as("%s / %s", a.text(), b.text())
                    .isEqualTo(ab.score());
        }
        assertThat(fullyPaired).as("pairs checked").isGreaterThan(100);
    }

    @Test
    void a_part_only_the_passenger_has_costs_more_than_a_part_only_the_list_has() {
        double listHasMiddleName = align("Ion Ciobanu", "Ion Vasile Ciobanu").score();
        double passengerHasMiddleName =
                align("Ion Vasile Ciobanu", "Ion Ciobanu").score();
        assertThat(listHasMiddleName).isGreaterThan(passengerHasMiddleName);
        assertThat(listHasMiddleName).isGreaterThan(0.8);
    }

    @Test
    void credit_is_full_for_spelling_variants_and_falls_twice_as_fast_as_similarity_below() {
        double previous = 0;
        for (int i = 0; i <= 100; i++) {
            double similarity = i / 100.0;
            double credit = NameAlignment.credit(similarity);
            assertThat(credit).as("credit(%s)", similarity).isBetween(0.0, similarity);
            assertThat(credit).isGreaterThanOrEqualTo(previous);
            previous = credit;
        }
        assertThat(NameAlignment.credit(0.95)).isEqualTo(0.95);
        assertThat(NameAlignment.credit(0.85)).isCloseTo(0.76, within(1e-12));
        assertThat(NameAlignment.credit(0.45)).isCloseTo(0.0, within(1e-12));
        assertThat(NameAlignment.credit(0.3)).isZero();
    }

    @Test
    void order_of_parts_does_not_matter() {
        assertThat(align("CIOBANU ION", "Ion Ciobanu").score()).isEqualTo(1.0);
        assertThat(align("Abdul Aziz Nooristani", "Nooristani Abdul Aziz").score())
                .isEqualTo(1.0);
    }

    @Test
    void a_different_part_on_both_sides_weighs_as_a_substitution() {
        NameAlignment.Aligned a = align("Hafez Makhlouf", "Rami Makhlouf");
        // one matched part of weight 1 against a substituted part of weight 1
        assertThat(a.score()).isCloseTo(1 / (1 + NameAlignment.SUBSTITUTION_WEIGHT), within(1e-12));
        assertThat(a.unmatchedQuery())
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("hafez"));
        assertThat(a.unmatchedCandidate())
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("rami"));
    }

    @Test
    void every_further_missing_part_lowers_the_score() {
        double one = align("Ion Ciobanu", "Ion Vasile Ciobanu").score();
        double two = align("Ion Ciobanu", "Ion Vasile Petru Ciobanu").score();
        double three = align("Ion Ciobanu", "Ion Vasile Petru Mihai Ciobanu").score();
        assertThat(one).isGreaterThan(two);
        assertThat(two).isGreaterThan(three);
    }

    @Test
    void joins_adjacent_parts_written_as_one() {
        NameAlignment.Aligned a = align("AlisherUsmanov", "Alisher Usmanov");
        assertThat(a.score()).isEqualTo(1.0);
        NameAlignment.Aligned glued = align("Abdulaziz Nooristani", "Abdul Aziz Nooristani");
        assertThat(glued.joined()).isTrue();
        assertThat(glued.score()).isGreaterThan(0.9);
    }

    @Test
    void a_name_matched_only_through_initials_is_not_a_name_match() {
        assertThat(align("J C", "Jean Claude").score()).isLessThan(0.5);
        assertThat(align("J.-C. Juncker", "Jean-Claude Juncker").score()).isGreaterThan(0.8);
    }
}
