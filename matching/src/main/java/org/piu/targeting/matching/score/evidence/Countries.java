package org.piu.targeting.matching.score.evidence;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resolves nationality as ISO alpha-2, alpha-3 or English country name to ISO alpha-2. */
final class Countries {

    private static final Map<String, String> TO_ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", a2);
            TO_ALPHA2.put(a2.toLowerCase(Locale.ROOT), a2);
            try {
                TO_ALPHA2.put(l.getISO3Country().toLowerCase(Locale.ROOT), a2);
            } catch (java.util.MissingResourceException ignored) {
                // some codes have no alpha-3
            }
            TO_ALPHA2.put(l.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), a2);
        }
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
        for (String[] e : extra) TO_ALPHA2.put(e[0], e[1]);
    }

    private Countries() {}

    static Optional<String> alpha2(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.ofNullable(TO_ALPHA2.get(text.strip().toLowerCase(Locale.ROOT)));
    }
}
