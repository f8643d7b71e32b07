package org.piu.targeting.matching.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void ignores_spaces_dashes_and_o_0_i_1_confusion() {
        assertThat(DocumentNumber.same("AB 123-4567", "ab1234567")).isTrue();
        assertThat(DocumentNumber.same("AB1O345I7", "AB1034517")).isTrue();
        assertThat(DocumentNumber.same("AB1234567", "AB1234568")).isFalse();
    }

    @Test
    void never_matches_trivially_short_numbers() {
        assertThat(DocumentNumber.same("12", "12")).isFalse();
    }
}
