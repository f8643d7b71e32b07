package org.piu.targeting.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void converts_alpha2_to_alpha3_and_back() {
        assertThat(Countries.alpha3("MD")).contains("MDA");
        assertThat(Countries.alpha3(" md ")).contains("MDA");
        assertThat(Countries.alpha2("MDA")).contains("MD");
        assertThat(Countries.alpha2("aze")).contains("AZ");
    }

    @Test
    void a_code_already_in_the_asked_form_is_answered_as_itself() {
        assertThat(Countries.alpha3("TUR")).contains("TUR");
        assertThat(Countries.alpha2("TR")).contains("TR");
    }

    @Test
    void unknown_or_missing_codes_are_empty_never_guessed() {
        assertThat(Countries.alpha3("QQ")).isEmpty();
        assertThat(Countries.alpha3("QQQ")).isEmpty();
        assertThat(Countries.alpha2("QQQ")).isEmpty();
        assertThat(Countries.alpha3(null)).isEmpty();
        assertThat(Countries.alpha2("  ")).isEmpty();
        assertThat(Countries.alpha3("Moldova")).isEmpty();
    }

    @Test
    void nationalities_resolve_codes_document_codes_and_english_names() {
        assertThat(Countries.alpha2OfNationality("MDA")).contains("MD");
        assertThat(Countries.alpha2OfNationality("md")).contains("MD");
        assertThat(Countries.alpha2OfNationality("Republic of Moldova")).contains("MD");
        assertThat(Countries.alpha2OfNationality("Russian Federation")).contains("RU");
        assertThat(Countries.alpha2OfNationality("Germany")).contains("DE");
        assertThat(Countries.alpha2OfNationality("D")).contains("DE");
        assertThat(Countries.alpha2OfNationality("UNK")).contains("XK");
        assertThat(Countries.alpha2OfNationality("Atlantis")).isEmpty();
        assertThat(Countries.alpha2OfNationality(null)).isEmpty();
    }
}
