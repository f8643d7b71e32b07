package org.piu.targeting.matching.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name as written on a list, a passport, a PNR or an MRZ into parallel Latin renderings of name tokens.
 *
 * <p>Steps: Unicode NFKC; structure ("SURNAME, Given", PNR "SURNAME/GIVEN MR", MRZ "SURNAME&lt;&lt;GIVEN&lt;NAMES",
 * joined "AlisherUsmanov"); romanization per script (several Cyrillic systems in parallel, Arabic consonantal
 * readings, ICU for Greek, CJK and others); diacritic folding with alternates; honorifics dropped; particles
 * (al-, bin, van, de …) dropped; "Abd al-X"/"Abdul X" and "X ud-Din" joined to one token; patronymics marked.
 * Thread-safe.
 */
public final class NameNormalizer {

    private static final int MAX_RENDERINGS = 8;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern APOSTROPHES = Pattern.compile("[’'ʿʾ`‘´ʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z]+");

    static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mstr",
            "master",
            "dr",
            "prof",
            "sir",
            "madam",
            "madame",
            "mme",
            "mlle",
            "monsieur",
            "herr",
            "frau",
            "sr",
            "sra",
            "srta",
            "jr",
            "ii",
            "iii",
            "iv",
            "chd",
            "inf",
            "llc",
            "ltd",
            "inc",
            "gmbh",
            "mister",
            "mrmrs",
            "dame",
            "lord",
            "lady",
            "hon",
            "rev",
            "gen",
            "col",
            "capt",
            "maj",
            "lt",
            "sgt",
            "gospodin",
            "gospozha",
            "pan",
            "pani",
            "dna",
            "dl",
            "dra",
            "president",
            "presidente",
            "minister",
            "senator",
            "ambassador",
            "general",
            "colonel",
            "king",
            "queen",
            "prince",
            "princess");
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ur", "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "dos", "das",
            "la", "le", "lo", "zu", "ter", "ten", "y", "e", "und");
    /** Particles that are also names when they stand first ("Ben Netanyahu"). */
    static final Set<String> INNER_PARTICLES = Set.of("bin", "ben", "ibn", "bint", "binti", "bte", "bt");

    static final Set<String> FILIATION_MARKERS =
            Set.of("oglu", "ogly", "ogli", "qizi", "kyzy", "gizi", "kizi", "uly", "uulu", "ugli");
    static final Set<String> ABD_FORMS = Set.of(
            "abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdur", "abdus", "abdar", "abdoul", "abdon", "abdoel");
    static final Set<String> SUN_ARTICLES =
            Set.of("ad", "an", "ar", "as", "ash", "at", "az", "adh", "ath", "ed", "en", "er", "es", "esh", "et", "ez");
    static final Set<String> DIN_CONNECTORS = Set.of("ud", "ad", "ed", "id", "uz", "ush", "ul", "ur");
    static final Set<String> DIN_FORMS =
            Set.of("din", "deen", "dine", "uddin", "eddine", "addin", "uddeen", "eddin", "udin");

    private static final ThreadLocal<Map<String, Transliterator>> ICU = ThreadLocal.withInitial(LinkedHashMap::new);

    /** Normalizes a free-form name (any script and layout). */
    public NormalizedName normalize(String name) {
        if (name == null || name.isBlank()) {
            return new NormalizedName("", List.of());
        }
        String s = NFKC.normalize(name).strip();
        String surname = null;
        String given = null;
        if (s.indexOf('<') >= 0) { // MRZ: SURNAME<<GIVEN<NAMES<<<<
            String t = s.replaceAll("<+$", "");
            int sep = t.indexOf("<<");
            if (sep >= 0) {
                surname = t.substring(0, sep).replace('<', ' ');
                given = t.substring(sep + 2).replace('<', ' ');
            } else {
                s = t.replace('<', ' ');
            }
        } else if (s.matches("[^/]+/[^/]+")) { // PNR SURNAME/GIVEN MR
            int sep = s.indexOf('/');
            surname = s.substring(0, sep);
            given = s.substring(sep + 1);
        } else if (s.indexOf(',') > 0 && s.indexOf(',') == s.lastIndexOf(',')) { // SURNAME, Given
            int sep = s.indexOf(',');
            surname = s.substring(0, sep);
            given = s.substring(sep + 1);
            if (given.isBlank()) {
                s = surname;
                surname = null;
                given = null;
            }
        }
        if (surname != null) {
            return build(name, surname, given);
        }
        return build(name, null, s);
    }

    /** Normalizes a name given as surname and given names (either may be null). */
    public NormalizedName normalize(String surname, String givenNames) {
        boolean noSurname = surname == null || surname.isBlank();
        boolean noGiven = givenNames == null || givenNames.isBlank();
        if (noSurname && noGiven) {
            return new NormalizedName("", List.of());
        }
        if (noSurname) {
            return normalize(givenNames);
        }
        String original = noGiven ? surname : surname + ", " + givenNames;
        return build(original, NFKC.normalize(surname), noGiven ? null : NFKC.normalize(givenNames));
    }

    private NormalizedName build(String original, String surname, String rest) {
        Map<String, NameRendering> unique = new LinkedHashMap<>();
        List<Romanized> sur = surname == null ? List.of() : romanize(splitCamel(surname));
        List<Romanized> oth = rest == null ? List.of() : romanize(splitCamel(rest));
        int n = Math.max(sur.size(), oth.size());
        for (int i = 0; i < n && unique.size() < MAX_RENDERINGS; i++) {
            Romanized s = sur.isEmpty() ? null : sur.get(Math.min(i, sur.size() - 1));
            Romanized g = oth.isEmpty() ? null : oth.get(Math.min(i, oth.size() - 1));
            List<String> sFold = s == null ? List.of("") : LatinFolding.variants(s.text);
            List<String> gFold = g == null ? List.of("") : LatinFolding.variants(g.text);
            int m = Math.max(sFold.size(), gFold.size());
            for (int j = 0; j < m; j++) {
                String sf = sFold.get(Math.min(j, sFold.size() - 1));
                String gf = gFold.get(Math.min(j, gFold.size() - 1));
                List<NameToken> tokens = new ArrayList<>();
                boolean abjad = (s != null && s.abjad) || (g != null && g.abjad);
                if (s != null) {
                    tokens.addAll(tokens(sf, NameToken.Role.SURNAME, abjad));
                }
                if (g != null) {
                    tokens.addAll(tokens(gf, surname == null ? NameToken.Role.UNKNOWN : NameToken.Role.GIVEN, abjad));
                }
                tokens = joinCompounds(tokens);
                if (tokens.isEmpty()) {
                    continue;
                }
                String system = (s != null ? s.system : g.system)
                        + (j == 0 ? "" : j == 1 ? " (transcribed diacritics)" : " (Azerbaijani read the English way)");
                NameRendering r = new NameRendering(tokens, system);
                unique.putIfAbsent(r.text(), r);
            }
        }
        return new NormalizedName(original, new ArrayList<>(unique.values()));
    }

    private static String splitCamel(String s) {
        return CAMEL.matcher(s).replaceAll(" ");
    }

    record Romanized(String text, String system, boolean abjad) {}

    /** Latin readings of a string, lower case, diacritics still present; the most common reading first. */
    List<Romanized> romanize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Character.UnicodeScript script = dominantScript(lower);
        List<Romanized> out = new ArrayList<>();
        switch (script) {
            case LATIN, COMMON -> out.add(new Romanized(lower, "as written", false));
            case CYRILLIC -> {
                if (CyrillicRomanization.looksAzerbaijani(lower)) {
                    out.add(new Romanized(
                            CyrillicRomanization.AZERBAIJANI.romanize(lower), "Azerbaijani Cyrillic→Latin", false));
                }
                out.add(new Romanized(CyrillicRomanization.ICAO_9303.romanize(lower), "ICAO 9303", false));
                out.add(new Romanized(CyrillicRomanization.RUSSIAN_BGN.romanize(lower), "BGN/PCGN", false));
                out.add(new Romanized(
                        CyrillicRomanization.UKRAINIAN_NATIONAL.romanize(lower), "Ukrainian national 2010", false));
                out.add(new Romanized(
                        CyrillicRomanization.MOLDOVAN_ROMANIAN.romanize(lower), "Moldovan Cyrillic→Romanian", false));
                out.add(new Romanized(CyrillicRomanization.GERMAN.romanize(lower), "German transcription", false));
            }
            case ARABIC -> {
                out.add(new Romanized(ArabicRomanization.CONSONANTAL.romanize(lower), "Arabic consonantal", true));
                out.add(new Romanized(
                        ArabicRomanization.PERSIAN.romanize(lower), "Arabic script, Persian reading", true));
            }
            case GREEK -> {
                out.add(new Romanized(icu("Greek-Latin/UNGEGN", lower), "Greek UN/ELOT", false));
                out.add(new Romanized(icu("Greek-Latin", lower), "Greek ISO 843", false));
            }
            default -> out.add(new Romanized(icu("Any-Latin", lower).toLowerCase(Locale.ROOT), "ICU Any-Latin", false));
        }
        return out;
    }

    private static String icu(String id, String text) {
        return ICU.get().computeIfAbsent(id, Transliterator::getInstance).transliterate(text);
    }

    /** The script most letters of a name are written in (LATIN, CYRILLIC, ARABIC, HAN, ...). */
    public static Character.UnicodeScript scriptOf(String name) {
        return dominantScript(name == null ? "" : name);
    }

    static Character.UnicodeScript dominantScript(String s) {
        Map<Character.UnicodeScript, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.COMMON);
    }

    private static List<NameToken> tokens(String folded, NameToken.Role role, boolean abjad) {
        String s = ocrDigits(APOSTROPHES.matcher(folded).replaceAll(""));
        String[] raw = SEPARATORS.split(s);
        List<String> words = new ArrayList<>();
        for (String w : raw) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<String> kept = new ArrayList<>();
        java.util.BitSet fathers = new java.util.BitSet();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (HONORIFICS.contains(w) && words.size() > 1) {
                continue;
            }
            if (PARTICLES.contains(w) && words.size() > 1) {
                continue;
            }
            // assimilated Arabic article: ar-Rawi, as-Sayed, ash-Shami, az-Zahrani
            if (SUN_ARTICLES.contains(w)
                    && i + 1 < words.size()
                    && words.get(i + 1).startsWith(w.substring(1))) {
                continue;
            }
            if (INNER_PARTICLES.contains(w) && (i > 0 || role == NameToken.Role.SURNAME) && words.size() > 1) {
                fathers.set(kept.size()); // the next kept word names the father: "Muhammad bin Salman"
                continue;
            }
            if (abjad && w.startsWith("al") && w.length() > 4) {
                w = w.substring(2);
            } // ال article
            kept.add(w);
        }
        List<NameToken> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String w = kept.get(i);
            if (fathers.get(i) && !FILIATION_MARKERS.contains(w)) {
                NameToken t = NameToken.of(w, role, abjad);
                out.add(new NameToken(t.text(), t.key(), NameToken.Kind.PATRONYMIC, role, abjad));
                continue;
            }
            if (FILIATION_MARKERS.contains(w)) {
                if (!out.isEmpty()) {
                    NameToken prev = out.removeLast();
                    out.add(new NameToken(
                            prev.text(), prev.key(), NameToken.Kind.PATRONYMIC, prev.role(), prev.abjad()));
                }
                continue;
            }
            if (!abjad && w.length() >= 2 && w.length() <= 3 && words.size() > 1 && noVowel(w)) {
                for (char ch : w.toCharArray()) {
                    out.add(NameToken.of(String.valueOf(ch), role, false));
                }
                continue;
            }
            out.add(NameToken.of(w, role, abjad));
        }
        return out;
    }

    private static boolean noVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Digits inside a word are OCR or "leet" noise for letters: Ig0r Sech1n → igor sechin. */
    static String ocrDigits(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length() && !digit; i++) {
            digit = Character.isDigit(s.charAt(i));
        }
        if (!digit) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            boolean letterNear = (i > 0 && Character.isLetter(sb.charAt(i - 1)))
                    || (i + 1 < sb.length() && Character.isLetter(sb.charAt(i + 1)));
            if (letterNear) {
                sb.setCharAt(i, "oizeasgtbg".charAt(c - '0'));
            }
        }
        return sb.toString();
    }

    /** Nasir ud-Din / Saif al-Din → one token ("Abd al-X" stays two: the alignment joins it when useful). */
    private static List<NameToken> joinCompounds(List<NameToken> tokens) {
        if (tokens.size() < 2) {
            return tokens;
        }
        List<NameToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NameToken t = tokens.get(i);
            if (DIN_CONNECTORS.contains(t.text())
                    && i + 1 < tokens.size()
                    && DIN_FORMS.contains(tokens.get(i + 1).text())) {
                continue;
            } else if (DIN_FORMS.contains(t.text()) && !out.isEmpty()) {
                NameToken prev = out.removeLast();
                out.add(NameToken.of(prev.text() + t.text(), prev.role(), prev.abjad()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
