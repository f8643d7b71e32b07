package org.piu.targeting.matching.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Romanization systems for Cyrillic names, applied in parallel because a list written in Cyrillic may meet a
 * passport romanized by any of them. Tables are lower-case; context rules cover word-initial iotated vowels
 * (Ukrainian national, BGN) and the Romanian "ci/ce" spelling of Ч before back vowels (Moldovan).
 */
public enum CyrillicRomanization {
    /** ICAO Doc 9303 Part 3 (machine-readable passports since 2013, Russian and Ukrainian). */
    ICAO_9303("а=a б=b в=v г=g ґ=g д=d е=e ё=e є=ie ж=zh з=z и=i і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t "
            + "у=u ў=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ=ie ы=y ь= э=e ю=iu я=ia"),
    /** Ukrainian national system (Cabinet of Ministers resolution 55, 2010): Г=h, И=y, iotated vowels initial y-. */
    UKRAINIAN_NATIONAL("а=a б=b в=v г=h ґ=g д=d е=e ё=io є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r "
            + "с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ь= ъ= ы=y э=e ю=iu я=ia"),
    /** Russian BGN/PCGN and the pre-2013 Russian passport style: Й/Ы=y, Ю=yu, Я=ya, initial Е=ye. */
    RUSSIAN_BGN("а=a б=b в=v г=g ґ=g д=d е=e ё=yo є=ye ж=zh з=z и=i і=i ї=yi й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
            + "у=u ў=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya"),
    /** German transcription seen in older documents and German-language lists: W, Sch, Tsch, J. */
    GERMAN("а=a б=b в=w г=g ґ=g д=d е=e ё=jo є=je ж=sh з=s и=i і=i ї=ji й=j к=k л=l м=m н=n о=o п=p р=r с=s т=t "
            + "у=u ў=u ф=f х=ch ц=z ч=tsch ш=sch щ=schtsch ъ= ы=y ь= э=e ю=ju я=ja"),
    /** Moldovan Cyrillic (and Romanian names written in Russian Cyrillic) to Romanian Latin orthography. */
    MOLDOVAN_ROMANIAN("а=a б=b в=v г=g ґ=g д=d е=e ё=io є=ie ж=j ӂ=g з=z и=i і=i ї=i й=i к=c л=l м=m н=n о=o п=p р=r "
            + "с=s т=t у=u ў=u ф=f х=h ц=ț ч=c ш=ș щ=șc ъ=ă ы=î ь=i э=ă ю=iu я=ea"),
    /** Azerbaijani Cyrillic (1958-1991) to Azerbaijani Latin; ə, ğ, ı, ö, ü, ş, ç survive until diacritic folding. */
    AZERBAIJANI("а=a б=b в=v г=q ғ=ğ д=d е=e ә=ə ж=j з=z и=i ы=ı ј=y к=k ҝ=g л=l м=m н=n о=o ө=ö п=p р=r с=s т=t "
            + "у=u ү=ü ф=f х=x һ=h ч=ç ҹ=c ш=ş й=y ю=yu я=ya ь= ъ= ё=yo э=e ц=ts щ=şç");

    private final Map<Character, String> table = new HashMap<>();

    CyrillicRomanization(String spec) {
        for (String pair : spec.split(" ")) {
            int eq = pair.indexOf('=');
            table.put(pair.charAt(0), pair.substring(eq + 1));
        }
    }

    /** Romanizes one string; non-Cyrillic characters pass through unchanged. Output is lower case. */
    public String romanize(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char prev = i > 0 ? lower.charAt(i - 1) : ' ';
            char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            boolean initial = !Character.isLetter(prev);
            String contextual = contextual(c, initial, prev, next);
            if (contextual != null) {
                out.append(contextual);
                continue;
            }
            String mapped = table.get(c);
            out.append(mapped != null ? mapped : String.valueOf(c));
        }
        return out.toString();
    }

    private String contextual(char c, boolean initial, char prev, char next) {
        switch (this) {
            case UKRAINIAN_NATIONAL -> {
                if (initial) {
                    switch (c) {
                        case 'є':
                            return "ye";
                        case 'ї':
                            return "yi";
                        case 'й':
                            return "y";
                        case 'ю':
                            return "yu";
                        case 'я':
                            return "ya";
                        default:
                            break;
                    }
                }
                if (c == 'г' && prev == 'з') {
                    return "gh";
                }
            }
            case RUSSIAN_BGN -> {
                if (c == 'е' && (initial || "аеёиоуыэюяйъь".indexOf(prev) >= 0)) {
                    return "ye";
                }
            }
            case MOLDOVAN_ROMANIAN -> {
                if (c == 'ч') {
                    return "еиэ".indexOf(next) >= 0 || next == 'ь' || !Character.isLetter(next) ? "c" : "ci";
                }
                if (c == 'ӂ') {
                    return "еи".indexOf(next) >= 0 ? "g" : "gi";
                }
                if (c == 'к' && "еи".indexOf(next) >= 0) {
                    return "ch";
                }
                if (c == 'г' && "еи".indexOf(next) >= 0) {
                    return "gh";
                }
                if (c == 'я' && initial) {
                    return "ia";
                }
            }
            default -> {}
        }
        return null;
    }

    public static boolean containsCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** Azerbaijani Cyrillic letters that no Slavic alphabet uses. */
    public static boolean looksAzerbaijani(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("әғҝөүһҹјӘҒҜӨҮҺҸЈ".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
