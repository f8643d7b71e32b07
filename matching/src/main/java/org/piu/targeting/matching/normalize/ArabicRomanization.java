package org.piu.targeting.matching.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Arabic-script names (Arabic, Persian, Pashto, Urdu letters) to Latin. Written Arabic usually omits short vowels,
 * so the result is consonantal ("محمد" → "mhmd") and is compared by consonant skeleton; long vowels (ا و ي)
 * become a/u/i, or v for و in the Persian reading (موسوی → musavi / mosvi).
 */
public enum ArabicRomanization {
    CONSONANTAL(false),
    PERSIAN(true);

    private static final Map<Character, String> TABLE = new HashMap<>();

    static {
        String spec = "ا=a أ=a إ=i آ=a ٱ=a ب=b ت=t ث=th ج=j ح=h خ=kh د=d ذ=dh ر=r ز=z س=s ش=sh ص=s ض=d ط=t ظ=z ع=' "
                + "غ=gh ف=f ق=q ك=k ل=l م=m ن=n ه=h ة=a ء=' ئ=y ؤ=w ى=a پ=p چ=ch ژ=zh گ=g ک=k ی=y ي=y و=w ٹ=t ڈ=d ڑ=r "
                + "ں=n ہ=h ھ=h ے=e";
        for (String pair : spec.split(" ")) {
            TABLE.put(pair.charAt(0), pair.substring(2));
        }
    }

    private final boolean persian;

    ArabicRomanization(boolean persian) {
        this.persian = persian;
    }

    public String romanize(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean initial = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            String m = TABLE.get(c);
            if (m == null) {
                // harakat and tatweel carry no consonant
                if (c >= '\u064B' && c <= '\u065F' || c == '\u0640' || c == '\u0670') {
                    continue;
                }
                sb.append(c);
                continue;
            }
            if (m.equals("'")) {
                if (initial) {
                    sb.append('a');
                } // ع/ء opening a name: Ali, Omar, Abd
                continue;
            }
            if (m.equals("w") && !initial) {
                m = persian ? "v" : "u";
            }
            if (m.equals("y") && !initial) {
                m = "i";
            }
            sb.append(m);
        }
        return sb.toString();
    }
}
