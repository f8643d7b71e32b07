package org.piu.targeting.workbench.base.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the workbench speaks, in the order the language selector offers them. English is first: it is the
 * complete bundle and the language of a browser whose language the workbench does not speak.
 */
public enum Language {
    ENGLISH("en", "English", "GB"),
    ROMANIAN("ro", "Română", "MD"),
    RUSSIAN("ru", "Русский", "RU"),
    AZERBAIJANI("az", "Azərbaycanca", "AZ"),
    UKRAINIAN("uk", "Українська", "UA");

    private final String tag;
    private final String nativeName;
    private final String region;

    Language(String tag, String nativeName, String region) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.region = region;
    }

    /** The BCP 47 language tag ({@code ro}), as stored with the user's account. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The language as spoken in a region whose clock has 24 hours ({@code en-GB}, not {@code en}, which browsers
     * read as American English with AM and PM): for the pickers, which format times with the browser.
     */
    public Locale withTwentyFourHourClock() {
        return Locale.of(tag, region);
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
