package org.piu.targeting.messages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 3166 alpha-2 to alpha-3 and back (PNRGOV ORG carries alpha-2, the model alpha-3). */
public final class Countries {
    private static final Map<String, String> ALPHA3 = new HashMap<>();
    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                String a3 = Locale.of("", a2).getISO3Country();
                if (!a3.isEmpty()) {
                    ALPHA3.put(a2, a3);
                    ALPHA2.put(a3, a2);
                }
            } catch (MissingResourceException ignored) {
                // a code without an alpha-3 twin stays unconverted
            }
        }
    }

    private Countries() {}

    /** Alpha-3 for an alpha-2 code; a code that is already alpha-3 (or unknown) is returned as given. */
    public static String alpha3(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.length() == 2 ? ALPHA3.getOrDefault(c, c) : c;
    }

    /** Alpha-2 for an alpha-3 code; unknown codes are returned as given. */
    public static String alpha2(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.length() == 3 ? ALPHA2.getOrDefault(c, c) : c;
    }
}
