package org.piu.targeting.workbench.base.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the workbench speaks, in the order the language selector offers them. English is first: it is the
 * complete bundle and the language of a browser whose language the workbench does not speak.
 */
public enum Language {
    ENGLISH("en", "English"),
    ROMANIAN("ro", "Română"),
    RUSSIAN("ru", "Русский"),
    AZERBAIJANI("az", "Azərbaycanca"),
    UKRAINIAN("uk", "Українська");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The BCP 47 language tag ({@code ro}), as stored with the user's account. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language's name in itself, so that a user finds their language whatever the workbench speaks now. */
    public String nativeName() {
        return nativeName;
    }

    /** The language of a locale ({@code ro-MD} is Romanian), if the workbench speaks it. */
    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(l -> l.tag.equals(locale.getLanguage()))
                .findFirst();
    }

    /** The language of a stored tag; empty for null, blank or a language the workbench does not speak. */
    public static Optional<Language> ofTag(String tag) {
        return tag == null || tag.isBlank() ? Optional.empty() : of(Locale.forLanguageTag(tag.strip()));
    }
}
