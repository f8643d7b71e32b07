package org.piu.targeting.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    private final NameNormalizer normalizer = new NameNormalizer();

    private List<String> texts(String name) {
        return normalizer.normalize(name).renderings().stream()
                .map(NameRendering::text)
                .toList();
    }

    @Test
    void romanizes_ukrainian_cyrillic_in_parallel_systems() {
        assertThat(texts("Олександр Петренко")).contains("oleksandr petrenko", "olexandr petrenko".replace("x", "ks"));
        assertThat(texts("Юрій Бондаренко")).contains("yurii bondarenko", "iurii bondarenko");
    }

    @Test
    void romanizes_russian_with_bgn_and_icao_and_german_variants() {
        assertThat(texts("Евгений Соловьёв")).contains("evgenii solovev", "yevgeniy solovyov", "ewgenij solowjow");
    }

    @Test
    void reads_moldovan_cyrillic_as_romanian() {
        assertThat(texts("Чобану Ион")).contains("ciobanu ion");
        assertThat(texts("Штефан Цуркану")).contains("stefan turcanu", "shtefan tsurcanu");
    }

    @Test
    void folds_romanian_diacritics_with_transcribed_alternates() {
        assertThat(texts("Ștefan Țurcanu")).containsExactly("stefan turcanu", "shtefan tsurcanu");
    }

    @Test
    void reads_azerbaijani_latin_also_the_english_way() {
        assertThat(texts("Orxan Xəlilov")).contains("orxan xalilov", "orkhan khalilov");
        assertThat(texts("Vüqar Quliyev")).contains("vugar guliyev");
    }

    @Test
    void parses_surname_first_layouts_and_drops_honorifics() {
        NormalizedName pnr = normalizer.normalize("CIOBANU/ION MR");
        assertThat(pnr.renderings().getFirst().text()).isEqualTo("ciobanu ion");
        assertThat(pnr.renderings().getFirst().tokens().getFirst().role()).isEqualTo(NameToken.Role.SURNAME);
        assertThat(texts("CIOBANU<<ION<VASILE<<<<<<")).containsExactly("ciobanu ion vasile");
        assertThat(texts("Ciobanu, Ion")).containsExactly("ciobanu ion");
        assertThat(texts("Dr. Rami Makhlouf")).containsExactly("rami makhlouf");
    }

    @Test
    void drops_arabic_particles_and_marks_the_fathers_name() {
        NameRendering r =
                normalizer.normalize("Muhammad bin Salman al-Saud").renderings().getFirst();
        assertThat(r.text()).isEqualTo("muhammad salman saud");
        assertThat(r.tokens().get(1).kind()).isEqualTo(NameToken.Kind.PATRONYMIC);
        assertThat(texts("Hani as-Sayyid")).containsExactly("hani sayyid");
    }

    @Test
    void marks_slavic_patronymics() {
        NameRendering r =
                normalizer.normalize("Смирнов Алексей Викторович").renderings().getFirst();
        assertThat(r.tokens().get(2).kind()).isEqualTo(NameToken.Kind.PATRONYMIC);
    }

    @Test
    void splits_camel_case_and_reads_ocr_digits() {
        assertThat(texts("AlisherUsmanov")).containsExactly("alisher usmanov");
        assertThat(texts("Ig0r Sech1n")).containsExactly("igor sechin");
    }

    @Test
    void reads_arabic_script_consonantally() {
        NameRendering r = normalizer.normalize("محمد عبد الرحمن").renderings().getFirst();
        assertThat(r.text()).isEqualTo("mhmd abd rhmn");
        assertThat(r.tokens()).allMatch(NameToken::abjad);
    }

    @Test
    void romanizes_greek_and_cjk_through_icu() {
        assertThat(texts("Σωκράτης Παπαδόπουλος")).contains("sokratis papadopoulos");
        assertThat(texts("毛泽东")).containsExactly("mao ze dong");
    }
}
