package org.piu.targeting.matching.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds Latin text with diacritics to plain ASCII, producing the plain folding (ș→s, ü→u) and the
 * transcribing alternate (ș→sh, ü→ue) because passports and lists use either. Azerbaijani text additionally
 * gets its English-style reading (x→kh, q→g, c→j, ç→ch, ş→sh, ə→a).
 */
public final class LatinFolding {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** letter → {plain, transcribed}. */
    private static final Map<Character, String[]> ALTERNATES = new HashMap<>();

    static {
        String spec = "ș=s/sh ş=s/sh ț=t/ts ţ=t/ts ə=a/e ü=u/ue ğ=g/gh ö=o/oe ä=a/ae ß=ss/ss ç=c/ch ı=i/i ă=a/a â=a/i "
                + "î=i/i å=a/aa ø=o/oe æ=ae/e œ=oe/e ñ=n/ny ł=l/w đ=d/dj ž=z/zh š=s/sh č=c/ch ć=c/ch ř=r/rz ő=o/oe ű=u/ue "
                + "þ=th/th ð=d/th ė=e/e ę=e/en ą=a/on ż=z/zh ź=z/zh ń=n/n ś=s/sh ý=y/i é=e/e è=e/e ê=e/e ë=e/e ï=i/i "
                + "ā=a/a ē=e/e ī=i/i ō=o/o ū=u/u ʿ=/ ʾ=/ ’=/ '=/ ‘=/ `=/";
        for (String pair : spec.split(" ")) {
            int eq = pair.indexOf('=');
            String[] alt = pair.substring(eq + 1).split("/", -1);
            ALTERNATES.put(pair.charAt(0), alt);
        }
    }

    private LatinFolding() {}

    /** Unicode NFKC with case folding: full-width letters, ligatures and case differences disappear. */
    public static String nfkcCaseFold(String text) {
        return NFKC_CASEFOLD.normalize(text);
    }

    /** Plain ASCII folding (ș→s, ü→u, ß→ss); lower case. */
    public static String plain(String text) {
        return fold(text, 0);
    }

    /**
     * The distinct ASCII foldings of a lower-case Latin string: plain first, then the transcribed alternate and,
     * for Azerbaijani text, its English-style reading. Text without diacritics yields one folding.
     */
    public static List<String> variants(String text) {
        Set<String> out = new LinkedHashSet<>();
        out.add(fold(text, 0));
        out.add(fold(text, 1));
        if (isAzerbaijani(text)) {
            out.add(azerbaijaniReading(text));
        }
        return new ArrayList<>(out);
    }

    /** ə is only Azerbaijani; q or x next to Turkic letters (ü ö ş ç ğ ı) is Azerbaijani rather than Turkish. */
    static boolean isAzerbaijani(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.indexOf('ə') >= 0) {
            return true;
        }
        boolean turkic = false;
        for (char c : "üöşçğı".toCharArray()) {
            turkic |= t.indexOf(c) >= 0;
        }
        return turkic && (t.indexOf('q') >= 0 || t.indexOf('x') >= 0);
    }

    /** Azerbaijani Latin as an English/Russian-trained officer writes it: Xəlilov → Khalilov, Quliyev → Guliyev. */
    static String azerbaijaniReading(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'x' -> sb.append("kh");
                case 'q' -> sb.append('g');
                case 'c' -> sb.append('j');
                case 'ç' -> sb.append("ch");
                case 'ş' -> sb.append("sh");
                case 'ə' -> sb.append('a');
                case 'ğ' -> sb.append("gh");
                case 'ı' -> sb.append('y');
                default -> sb.append(c);
            }
        }
        return fold(sb.toString(), 0);
    }

    private static String fold(String text, int alternate) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length() + 4);
        boolean needsIcu = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String[] alt = ALTERNATES.get(c);
            if (alt != null) {
                sb.append(alt[alternate]);
            } else if (c < 128) {
                sb.append(c);
            } else {
                sb.append(c);
                needsIcu = true;
            }
        }
        String s = sb.toString();
        if (needsIcu) {
            s = TO_ASCII.get().transliterate(s).toLowerCase(java.util.Locale.ROOT);
        }
        return s;
    }
}
