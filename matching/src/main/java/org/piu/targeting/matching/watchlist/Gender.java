package org.piu.targeting.matching.watchlist;

import java.util.Locale;

/** Gender as travel documents state it. */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Reads M/F/X, male/female and the like; blank or unrecognised is UNKNOWN. */
    public static Gender parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male", "man", "mr" -> MALE;
            case "f", "female", "woman", "w", "mrs", "ms" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
