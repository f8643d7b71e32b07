package org.piu.targeting.matching.normalize;

/**
 * A canonical spelling of an ASCII name token that merges spellings produced by different romanizations and
 * transcription habits: Kh/H, Ph/F, W/V, Y/I/J(as vowel), Ou/U, Sch/Sh, Tsch/Ch, Dzh/Dj/J, C/K/Q, doubled letters,
 * Abd al-/Abdul/Abdur prefixes, Mohammed/Muhammad, -off/-ov. Two tokens with equal keys are "the same name
 * spelled differently"; the {@link #skeleton(String) consonant skeleton} is coarser still.
 */
public final class PhoneticKey {

    private static final String[][] RULES = {
        {"tsch", "ch"},
        {"sch", "sh"},
        {"tch", "ch"},
        {"dzh", "j"},
        {"dsch", "j"},
        {"dj", "j"},
        {"zh", "j"},
        {"kh", "h"},
        {"gh", "g"},
        {"ph", "f"},
        {"th", "t"},
        {"dh", "d"},
        {"ck", "k"},
        {"ch", "c"},
        {"q", "k"},
        {"x", "ks"},
        {"w", "v"},
        {"ou", "u"},
        {"oo", "u"},
        {"ee", "i"},
        {"y", "i"},
        {"tz", "c"},
        {"ts", "c"},
        {"cz", "c"},
        {"sz", "s"},
        {"ie", "i"},
        {"ei", "i"},
        {"ai", "i"},
        {"ae", "e"},
        {"oe", "e"},
        {"ue", "u"}
    };

    private static final String[] DIN_SUFFIXES = {
        "aldine", "eldine", "udine", "edine", "adine", "idine", "aldin", "eldin", "uldin", "udin", "edin", "adin",
        "idin"
    };

    private static final java.util.Set<String> ABD = java.util.Set.of(
            "abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdur", "abdus", "abdar", "abdoul", "abdoel", "abdou",
            "abdil");

    private static final java.util.Set<String> ABJAD_SKIPPED = java.util.Set.of(
            "zh", "ts", "tz", "cz", "sz", "dzh", "tch", "ie", "ei", "ai", "ae", "oe", "ue", "ck", "tsch", "sch",
            "dsch");

    private PhoneticKey() {}

    /** The canonical key of a lower-case ASCII token (letters only); empty for empty input. */
    public static String of(String token) {
        return of(token, false);
    }

    /**
     * The key of a token romanized from unvocalized Arabic script: there "zh", "ts" … are two letters (ز+ه), not a
     * digraph, so only the rules that apply to single letters run.
     */
    public static String of(String token, boolean abjad) {
        if (token.isEmpty()) {
            return token;
        }
        if (ABD.contains(token)) {
            return "abd";
        }
        String t = stripArabicPrefix(token);
        t = muhammad(t);
        StringBuilder sb = new StringBuilder(t);
        for (String[] r : RULES) {
            if (abjad && ABJAD_SKIPPED.contains(r[0])) {
                continue;
            }
            replaceAll(sb, r[0], r[1]);
        }
        // c before a vowel in Romance spellings is soft, but across our sources k-readings dominate: unify to k.
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == 'c') {
                sb.setCharAt(i, 'k');
            }
        }
        // -off / -eff (French/German style of -ov / -ev)
        int n = sb.length();
        boolean doubleF = n > 4 && sb.charAt(n - 1) == 'f' && sb.charAt(n - 2) == 'f';
        if (doubleF) {
            sb.setLength(n - 1);
        }
        // collapse doubled letters
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        // final h after a vowel is silent (Abdullah/Abdulla, Fatimah/Fatima)
        n = out.length();
        if (n > 3 && out.charAt(n - 1) == 'h' && isVowel(out.charAt(n - 2))) {
            out.setLength(n - 1);
        }
        // Nasir ud-Din / Nasreddine / Nasiruddin: the joined "-al-Din" suffix
        for (String din : DIN_SUFFIXES) {
            if (out.length() > din.length() + 2 && out.toString().endsWith(din)) {
                out.setLength(out.length() - din.length());
                out.append("din");
                break;
            }
        }
        // final -ov written -ow (Polish/German) was made -ov by w→v; final -f after o/e likewise
        n = out.length();
        if (doubleF && n > 3 && out.charAt(n - 1) == 'f' && (out.charAt(n - 2) == 'o' || out.charAt(n - 2) == 'e')) {
            out.setCharAt(n - 1, 'v');
        }
        return out.toString();
    }

    /** The key without vowels: the spelling that unvocalized Arabic script gives (Muhammad, محمد → mhmd). */
    public static String skeleton(String token) {
        return skeleton(token, false);
    }

    public static String skeleton(String token, boolean abjad) {
        String k = of(token, abjad);
        StringBuilder sb = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (isVowel(c)) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Arabic article and "servant of" prefixes glued to the name: Alrashid → rashid; Abdulrahman, Abdurrahman,
     * Abd al-Rahman (joined earlier) → abdrahman.
     */
    static String stripArabicPrefix(String t) {
        if (t.length() >= 7 && t.startsWith("abd")) {
            int i = 3;
            if (i < t.length() && isVowel(t.charAt(i))) {
                i++;
                if (i + 1 < t.length() && t.charAt(i) == 'l') {
                    i++;
                } else if (i + 1 < t.length() && "rnstdz".indexOf(t.charAt(i)) >= 0 && t.charAt(i + 1) == t.charAt(i)) {
                    i++;
                }
            }
            if (t.length() - i >= 3) {
                return "abd" + t.substring(i);
            }
        }
        return t;
    }

    private static String muhammad(String t) {
        return switch (t) {
            case "mohammed",
                    "mohammad",
                    "muhammad",
                    "muhammed",
                    "mohamed",
                    "mohamad",
                    "muhamad",
                    "muhamed",
                    "mohammet",
                    "mukhammad",
                    "mukhammed",
                    "magomed",
                    "mahomed",
                    "mehmet",
                    "mehmed",
                    "mamed",
                    "mhmd",
                    "mohd",
                    "mohamud",
                    "maxamed",
                    "mahammad",
                    "mahammed",
                    "muhammet",
                    "mouhamed",
                    "mouhammad",
                    "mohamaed" -> "mhmd";
            default -> t;
        };
    }

    private static void replaceAll(StringBuilder sb, String from, String to) {
        int idx = sb.indexOf(from);
        while (idx >= 0) {
            sb.replace(idx, idx + from.length(), to);
            idx = sb.indexOf(from, idx + to.length());
        }
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
