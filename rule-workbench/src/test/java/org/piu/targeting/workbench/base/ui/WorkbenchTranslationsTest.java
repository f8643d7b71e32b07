package org.piu.targeting.workbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language answers, and in which order the workbench offers them. */
class WorkbenchTranslationsTest {

    private final WorkbenchTranslations translations = new WorkbenchTranslations();

    @Test
    void offers_english_first_so_that_a_browser_in_another_language_gets_english() {
        assertThat(translations.getProvidedLocales().getFirst()).isEqualTo(Locale.ENGLISH);
        assertThat(translations.getProvidedLocales())
                .extracting(Locale::getLanguage)
                .containsExactly("en", "ro", "ru", "az", "uk");
    }

    @Test
    void answers_in_the_language_of_a_regional_locale() {
        assertThat(translations.getTranslation("menu.rules", Locale.forLanguageTag("ro-MD")))
                .isEqualTo("Reguli");
        assertThat(translations.getTranslation("menu.rules", Locale.forLanguageTag("ru-AZ")))
                .isEqualTo("Правила");
        assertThat(translations.getTranslation("menu.rules", Locale.forLanguageTag("az-Latn-AZ")))
                .isEqualTo("Qaydalar");
    }

    @Test
    void answers_english_for_a_language_it_does_not_speak_whatever_the_server_default() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ro"));
            assertThat(translations.getTranslation("menu.rules", Locale.GERMAN)).isEqualTo("Rules");
            assertThat(translations.getTranslation("menu.rules", Locale.ENGLISH))
                    .isEqualTo("Rules");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void formats_release_numbers_without_grouping_and_keeps_typographic_apostrophes() {
        assertThat(translations.getTranslation("dashboard.release.number", Locale.forLanguageTag("ru"), 1234))
                .isEqualTo("Выпуск 1234");
        assertThat(translations.getTranslation("assessment.hits.why", Locale.ENGLISH))
                .contains("passenger’s");
        assertThat(translations.getTranslation("approvals.detail.own-revision", Locale.ENGLISH, "x"))
                .contains("four-eyes");
    }

    @Test
    void a_missing_key_is_visible_as_such_rather_than_blank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void knows_each_language_by_its_stored_tag() {
        assertThat(Language.ofTag("uk")).contains(Language.UKRAINIAN);
        assertThat(Language.ofTag(" az ")).contains(Language.AZERBAIJANI);
        assertThat(Language.ofTag("de")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
    }
}
