package org.piu.targeting.matching.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.normalize.NameToken;

/** Property checks in the manner of commons-text's similarity tests, then the cost model the Javadoc promises. */
class ConfusableEditDistanceTest {

    /** Letters weighted towards the confusable ones, so that every cost class occurs often. */
    private static final String LETTERS = "aeiouybcdghjklmnpqrstvwxzhhcksz";

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private static float d(String a, String b) {
        return ConfusableEditDistance.distance(a, b);
    }

    /** Random strings of 0-8 letters and real name parts, from a fixed seed. */
    private static List<String> samples() {
        Random random = new Random(7);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            samples.add(sb.toString());
        }
        ListedNames.tokens().stream().map(NameToken::text).limit(300).forEach(samples::add);
        return samples;
    }

    @Test
    void a_string_has_distance_zero_and_similarity_one_to_itself() {
        for (String s : samples()) {
            assertThat(d(s, s)).as(s).isZero();
            assertThat(ConfusableEditDistance.similarity(s, s)).as(s).isEqualTo(1.0);
        }
        assertThat(ConfusableEditDistance.similarity("", "")).isEqualTo(1.0);
    }

    @Test
    void distance_and_similarity_are_symmetric() {
        List<String> samples = samples();
        for (String a : samples) {
            for (String b : samples) {
                assertThat(d(a, b)).as("%s / %s", a, b).isEqualTo(d(b, a));
                assertThat(ConfusableEditDistance.similarity(a, b)).isEqualTo(ConfusableEditDistance.similarity(b, a));
            }
        }
    }

    @Test
    void different_strings_are_apart_and_similarity_stays_within_zero_and_one() {
        List<String> samples = samples();
        for (String a : samples) {
            for (String b : samples) {
                if (!a.equals(b)) {
                    assertThat(d(a, b)).as("%s / %s", a, b).isPositive();
                }
                assertThat(ConfusableEditDistance.similarity(a, b)).isBetween(0.0, 1.0);
            }
        }
    }

    /**
     * Not a metric (see below), but sandwiched between metrics: never more than the plain Levenshtein distance (no
     * edit costs more than 1) and never less than a fifth of it (the cheapest edit, i/y, costs 0.2).
     */
    @Test
    void lies_between_a_fifth_of_the_levenshtein_distance_and_the_levenshtein_distance() {
        List<String> samples = samples();
        for (String a : samples) {
            for (String b : samples) {
                int plain = LEVENSHTEIN.apply(a, b);
                assertThat((double) d(a, b)).as("%s / %s", a, b).isBetween(0.2 * plain - 1e-6, plain + 1e-6);
            }
        }
    }

    @Test
    void is_not_a_metric_because_doubled_letters_are_cheap() {
        // ac -> abbc -> abc inserts two letters beside their double (0.3 each) and drops one (0.3): cheaper than
        // inserting the lone b directly (1.0), so the triangle inequality does not hold, by design
        assertThat(d("ac", "abbc") + d("abbc", "abc")).isLessThan(d("ac", "abc"));
        // an empty side costs its length: the cheap indels apply only between non-empty strings
        assertThat(d("", "hh")).isEqualTo(2f);
        assertThat(d("h", "hh")).isEqualTo(0.3f, within(1e-6f));
    }

    @Test
    void a_single_edit_costs_at_most_one() {
        Random random = new Random(11);
        for (String s : samples()) {
            if (s.isEmpty()) {
                continue;
            }
            int at = random.nextInt(s.length());
            char other = LETTERS.charAt(random.nextInt(LETTERS.length()));
            String substituted = s.substring(0, at) + other + s.substring(at + 1);
            String deleted = s.substring(0, at) + s.substring(at + 1);
            String inserted = s.substring(0, at) + other + s.substring(at);
            assertThat(d(s, substituted)).as("%s / %s", s, substituted).isBetween(0f, 1f);
            assertThat(d(s, deleted)).as("%s / %s", s, deleted).isBetween(0.3f - 1e-6f, 1f);
            assertThat(d(s, inserted)).as("%s / %s", s, inserted).isBetween(0.3f - 1e-6f, 1f);
        }
    }

    @Test
    void noise_costs_less_than_a_different_letter() {
        assertThat(d("castro", "kastro")).as("c/k romanization pair").isEqualTo(0.55f);
        assertThat(d("castro", "mastro")).as("unrelated consonants").isEqualTo(1f);
        assertThat(d("ivanov", "yvanov")).as("i/y").isEqualTo(0.2f, within(1e-6f));
        assertThat(d("petrov", "pertov")).as("adjacent transposition").isEqualTo(0.6f, within(1e-6f));
        assertThat(d("mohammed", "mohamed")).as("doubled letter").isEqualTo(0.3f, within(1e-6f));
        assertThat(d("shamil", "samil")).as("silent h").isEqualTo(0.5f, within(1e-6f));
        assertThat(d("aliev", "aliyev")).as("dropped vowel").isEqualTo(0.7f, within(1e-6f));
        assertThat(d("ivanov", "ivanav")).as("vowel for vowel").isLessThan(d("ivanov", "ivanmv"));
        assertThat(d("rashid", "rsshid")).as("keyboard neighbours a/s").isLessThan(d("rashid", "rpshid"));
    }

    @Test
    void similarity_is_one_minus_distance_over_the_longer_length() {
        assertThat(ConfusableEditDistance.similarity("castro", "kastro")).isCloseTo(1 - 0.55 / 6, within(1e-6));
        assertThat(ConfusableEditDistance.similarity("", "abc")).isZero();
    }
}
