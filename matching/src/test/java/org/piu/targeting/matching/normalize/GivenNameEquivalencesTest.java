package org.piu.targeting.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNameEquivalencesTest {

    private final GivenNameEquivalences classes = GivenNameEquivalences.builtIn();

    private boolean same(String a, String b) {
        return classes.equivalent(
                NameToken.of(a, NameToken.Role.GIVEN, false), NameToken.of(b, NameToken.Role.GIVEN, false));
    }

    @Test
    void has_a_few_hundred_classes() {
        assertThat(classes.size()).isGreaterThan(300);
    }

    @Test
    void links_cognates_across_languages() {
        assertThat(same("oleksandr", "alexandru")).isTrue();
        assertThat(same("mykola", "nicolae")).isTrue();
        assertThat(same("ion", "johann")).isTrue();
        assertThat(same("dmytro", "dumitru")).isTrue();
        assertThat(same("yusuf", "joseph")).isTrue();
    }

    @Test
    void links_diminutives_and_transliteration_spellings() {
        assertThat(same("sasha", "oleksandr")).isTrue();
        assertThat(same("olexandr", "aleksandr")).isTrue();
        assertThat(same("bibi", "benjamin")).isTrue();
    }

    @Test
    void keeps_unrelated_names_apart() {
        assertThat(same("ivan", "igor")).isFalse();
        assertThat(same("mykola", "mykhailo")).isFalse();
    }
}
