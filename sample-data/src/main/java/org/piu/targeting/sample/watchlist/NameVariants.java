package org.piu.targeting.sample.watchlist;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The other spellings a watchlist uses for the same person: a popular English-style romanization of Cyrillic
 * (Сергей → Sergey, where passports write SERGEI), patronymics, Azerbaijani "oğlu/qızı", common Latin variants
 * of Arabic names. Deliberately simple: these are what list compilers write, not what the matcher must undo.
 */
final class NameVariants {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "yo"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            Map.entry('і', "i"),
            Map.entry('ї', "yi"),
            Map.entry('є', "ye"),
            Map.entry('ґ', "g"));

    private static final Map<String, String> ARABIC_LATIN = Map.ofEntries(
            Map.entry("MOHAMMED", "Muhammad"),
            Map.entry("AHMED", "Ahmad"),
            Map.entry("KHALED", "Khalid"),
            Map.entry("YOUSSEF", "Yusuf"),
            Map.entry("YOUSEF", "Yusuf"),
            Map.entry("OMAR", "Umar"),
            Map.entry("HASSAN", "Hasan"),
            Map.entry("MAHMOUD", "Mahmud"),
            Map.entry("TAREK", "Tariq"),
            Map.entry("FATIMA", "Fatma"),
            Map.entry("AISHA", "Aysha"),
            Map.entry("LAYLA", "Leila"),
            Map.entry("ZAINAB", "Zaynab"),
            Map.entry("MANSOUR", "Mansur"),
            Map.entry("NASSER", "Nasir"),
            Map.entry("QASSEM", "Qasim"),
            Map.entry("IBRAHIM", "Ebrahim"),
            Map.entry("ABDULLAH", "Abdallah"));

    private NameVariants() {}

    static boolean isCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    static boolean isArabic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Cyrillic to an English-style romanization, title case: Сергей → Sergey, Юлия → Yuliya. */
    static String englishRomanization(String cyrillic) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : cyrillic.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String t = CYRILLIC.get(lower);
            if (t == null) {
                sb.append(c);
                start = !Character.isLetter(c);
                continue;
            }
            if (start && lower == 'е') {
                t = "ye";
            }
            if (start && !t.isEmpty()) {
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
                start = false;
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** A Latin variant of an Arabic name in MRZ form (MOHAMMED → Muhammad, ALRASHID → Al-Rashid). */
    static String arabicLatinVariant(String mrz) {
        String v = ARABIC_LATIN.get(mrz);
        if (v != null) {
            return v;
        }
        if (mrz.startsWith("AL") && mrz.length() > 4) {
            return "Al-" + title(mrz.substring(2));
        }
        return title(mrz);
    }

    /** Russian or Ukrainian patronymic from the father's given name in Cyrillic. */
    static String patronymic(String fatherCyrillic, boolean female, boolean ukrainian) {
        String f = fatherCyrillic;
        if (ukrainian) {
            if (f.endsWith("а")) {
                return f.substring(0, f.length() - 1) + (female ? "аївна" : "айович");
            }
            if (f.endsWith("й")) {
                return f.substring(0, f.length() - 1) + (female ? "ївна" : "йович");
            }
            if (f.endsWith("о")) {
                return f.substring(0, f.length() - 1) + (female ? "івна" : "ович");
            }
            return f + (female ? "івна" : "ович");
        }
        if (f.endsWith("й") || f.endsWith("ь")) {
            return f.substring(0, f.length() - 1) + (female ? "евна" : "евич");
        }
        return f + (female ? "овна" : "ович");
    }

    /** Azerbaijani: the father's given name followed by oğlu (son) or qızı (daughter). */
    static String azerbaijaniPatronymic(String father, boolean female) {
        return father + (female ? " qızı" : " oğlu");
    }

    /** Strips diacritics: Țurcan → Turcan, Müller → Muller (not the MRZ MUELLER: another spelling again). */
    static String withoutDiacritics(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('ı', 'i')
                .replace('ə', 'e')
                .replace('Ə', 'E');
    }

    static String title(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }
}
