package org.piu.targeting.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * ISO 3166 country codes: alpha-2 and alpha-3 converted into each other (PNRGOV carries alpha-2, the model
 * alpha-3), and the free-text nationalities of watchlists (codes, ICAO document codes, English names) resolved.
 * Every lookup answers empty for what it does not know: the caller decides whether to keep the text as given.
 */
public final class Countries {

    private static final Map<String, String> ALPHA3_BY_ALPHA2 = new HashMap<>();
    private static final Map<String, String> ALPHA2_BY_ALPHA3 = new HashMap<>();
    /** Lower-cased code or English name to alpha-2. */
    private static final Map<String, String> ALPHA2_BY_TEXT = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", a2);
            ALPHA2_BY_TEXT.put(a2.toLowerCase(Locale.ROOT), a2);
            try {
                String a3 = l.getISO3Country();
                if (!a3.isEmpty()) {
                    ALPHA3_BY_ALPHA2.put(a2, a3);
                    ALPHA2_BY_ALPHA3.put(a3, a2);
                    ALPHA2_BY_TEXT.put(a3.toLowerCase(Locale.ROOT), a2);
                }
            } catch (MissingResourceException ignored) {
                // a code without an alpha-3 twin stays unconverted
            }
            ALPHA2_BY_TEXT.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), a2);
        }
        // names and codes lists use that the JDK's table does not know: short names, ICAO document codes
        // (D for Germany, UNK/XKX for Kosovo, UTO for ICAO's specimen state)
        String[][] extra = {
            {"russia", "RU"},
            {"russian federation", "RU"},
            {"moldova", "MD"},
            {"republic of moldova", "MD"},
            {"iran", "IR"},
            {"syria", "SY"},
            {"north korea", "KP"},
            {"south korea", "KR"},
            {"democratic people's republic of korea", "KP"},
            {"united states", "US"},
            {"usa", "US"},
            {"uk", "GB"},
            {"united kingdom", "GB"},
            {"great britain", "GB"},
            {"vietnam", "VN"},
            {"viet nam", "VN"},
            {"laos", "LA"},
            {"bolivia", "BO"},
            {"venezuela", "VE"},
            {"tanzania", "TZ"},
            {"czech republic", "CZ"},
            {"ivory coast", "CI"},
            {"drc", "CD"},
            {"democratic republic of the congo", "CD"},
            {"congo", "CG"},
            {"palestine", "PS"},
            {"turkey", "TR"},
            {"türkiye", "TR"},
            {"d", "DE"},
            {"unk", "XK"},
            {"xkx", "XK"},
            {"gbr", "GB"},
            {"uto", "XX"}
        };
        for (String[] e : extra) {
            ALPHA2_BY_TEXT.put(e[0], e[1]);
        }
    }

    private Countries() {}

    /** Alpha-3 of an ISO alpha-2 or alpha-3 code (any case, surrounding blanks ignored); empty when unknown. */
    public static Optional<String> alpha3(String code) {
        String c = code(code);
        return switch (c.length()) {
            case 2 -> Optional.ofNullable(ALPHA3_BY_ALPHA2.get(c));
            case 3 -> ALPHA2_BY_ALPHA3.containsKey(c) ? Optional.of(c) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Alpha-2 of an ISO alpha-2 or alpha-3 code (any case, surrounding blanks ignored); empty when unknown. */
    public static Optional<String> alpha2(String code) {
        String c = code(code);
        return switch (c.length()) {
            case 2 -> ALPHA3_BY_ALPHA2.containsKey(c) ? Optional.of(c) : Optional.empty();
            case 3 -> Optional.ofNullable(ALPHA2_BY_ALPHA3.get(c));
            default -> Optional.empty();
        };
    }

    /**
     * Alpha-2 of a nationality as watchlists write it: an ISO alpha-2 or alpha-3 code, an ICAO document code
     * ({@code D}, {@code UNK}) or an English country name ({@code Moldova}, {@code Russian Federation}); empty
     * when unknown.
     */
    public static Optional<String> alpha2OfNationality(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALPHA2_BY_TEXT.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    private static String code(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
