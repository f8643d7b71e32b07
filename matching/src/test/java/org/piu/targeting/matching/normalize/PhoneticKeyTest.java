package org.piu.targeting.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

    @Test
    void merges_romanization_variants_of_one_name() {
        assertThat(PhoneticKey.of("mohammed"))
                .isEqualTo(PhoneticKey.of("muhammad"))
                .isEqualTo(PhoneticKey.of("magomed"));
        assertThat(PhoneticKey.of("khalilov")).isEqualTo(PhoneticKey.of("halilov"));
        assertThat(PhoneticKey.of("schewtschenko")).isEqualTo(PhoneticKey.of("shevchenko"));
        assertThat(PhoneticKey.of("zelenskyy")).isEqualTo(PhoneticKey.of("zelenskii"));
        assertThat(PhoneticKey.of("romanoff")).isEqualTo(PhoneticKey.of("romanov"));
        assertThat(PhoneticKey.of("abdulrahman")).isEqualTo(PhoneticKey.of("abdurrahman"));
        assertThat(PhoneticKey.of("abdul")).isEqualTo(PhoneticKey.of("abd"));
        assertThat(PhoneticKey.of("nasreddine")).isEqualTo(PhoneticKey.of("nasruddin"));
    }

    @Test
    void keeps_different_names_apart() {
        assertThat(PhoneticKey.of("yousef")).isNotEqualTo(PhoneticKey.of("yusuv"));
        assertThat(PhoneticKey.of("ivanov")).isNotEqualTo(PhoneticKey.of("ivanova"));
    }

    @Test
    void skeleton_matches_unvocalized_arabic() {
        assertThat(PhoneticKey.skeleton("muhammad", false)).isEqualTo(PhoneticKey.skeleton("mhmd", true));
        assertThat(PhoneticKey.skeleton("zahrani", false)).isEqualTo(PhoneticKey.skeleton("zhrani", true));
    }
}
