package org.piu.targeting.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameToken;

class TokenSimilarityTest {

    private final TokenSimilarity similarity = new TokenSimilarity(GivenNameEquivalences.builtIn());

    private static NameToken part(String text) {
        return NameToken.of(text, NameToken.Role.UNKNOWN, false);
    }

    private TokenMatch compare(String a, String b) {
        return similarity.compare(part(a), part(b), false);
    }

    @Test
    void every_listed_name_part_is_identical_to_itself() {
        for (NameToken t : ListedNames.tokens()) {
            TokenMatch asWritten = similarity.compare(t, t, false);
            assertThat(asWritten.similarity()).as(t.text()).isEqualTo(1.0);
            assertThat(asWritten.kind()).isEqualTo(TokenMatch.Kind.EXACT);
            assertThat(similarity.compare(t, t, true).similarity()).isEqualTo(1.0);
        }
    }

    @Test
    void compares_the_same_either_way_round_within_zero_and_one() {
        List<NameToken> tokens = ListedNames.tokens();
        for (NameToken a : tokens) {
            for (NameToken b : tokens) {
                TokenMatch ab = similarity.compare(a, b, false);
                TokenMatch ba = similarity.compare(b, a, false);
                assertThat(ab.similarity()).as("%s / %s", a.text(), b.text()).isEqualTo(ba.similarity());
                assertThat(ab.kind()).as("%s / %s", a.text(), b.text()).isEqualTo(ba.kind());
                assertThat(ab.similarity()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void same_phonetic_key_is_a_spelling_variant_and_a_transliteration_when_romanized() {
        assertThat(compare("mohammed", "muhamad")).isEqualTo(new TokenMatch(0.95, TokenMatch.Kind.SPELLING));
        assertThat(similarity.compare(part("mohammed"), part("muhamad"), true).kind())
                .isEqualTo(TokenMatch.Kind.TRANSLITERATION);
    }

    @Test
    void a_typo_costs_according_to_the_confusable_edit_distance() {
        TokenMatch typo = compare("vladmir", "vladimir");
        assertThat(typo.kind()).isEqualTo(TokenMatch.Kind.TYPO);
        assertThat(typo.similarity()).isGreaterThanOrEqualTo(ConfusableEditDistance.similarity("vladmir", "vladimir"));
        assertThat(compare("castro", "castillo").similarity())
                .as("another name: NameAlignment's credit then falls twice as fast")
                .isLessThan(0.9);
    }

    @Test
    void cognate_given_names_count_as_equivalent() {
        assertThat(compare("aleksandr", "sasha")).isEqualTo(new TokenMatch(0.9, TokenMatch.Kind.COGNATE));
    }

    @Test
    void an_initial_matches_a_name_with_the_same_first_letter() {
        assertThat(compare("j", "jean")).isEqualTo(new TokenMatch(0.8, TokenMatch.Kind.INITIAL));
        assertThat(compare("j", "j")).isEqualTo(new TokenMatch(1.0, TokenMatch.Kind.EXACT));
        assertThat(compare("k", "jean").similarity()).isZero();
    }

    @Test
    void a_fathers_name_against_a_persons_own_name_is_weak_evidence() {
        NameToken ownName = part("salman");
        NameToken patronymic =
                new NameToken("salman", ownName.key(), NameToken.Kind.PATRONYMIC, NameToken.Role.GIVEN, false);
        assertThat(similarity.compare(ownName, patronymic, false).similarity()).isEqualTo(0.72);
    }

    @Test
    void unvocalized_arabic_is_compared_by_consonant_skeleton() {
        NameToken arabic = NameToken.of("mhmd", NameToken.Role.UNKNOWN, true);
        TokenMatch m = similarity.compare(part("mahmud"), arabic, true);
        assertThat(m.kind()).isEqualTo(TokenMatch.Kind.CONSONANTS);
        assertThat(m.similarity()).isEqualTo(0.93);
        assertThat(similarity.compare(arabic, part("mahmud"), true)).isEqualTo(m);
    }
}
