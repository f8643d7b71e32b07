package org.piu.targeting.matching.score;

/**
 * Optimal-string-alignment edit distance over lower-case ASCII in which the cost of an edit reflects how likely
 * it is to be noise rather than a different name: vowel for vowel, letters that romanizations swap (c/k, s/z,
 * v/w, i/y/j, g/h), keyboard neighbours and OCR look-alikes cost less than other substitutions; dropping a vowel,
 * an h or a doubled letter costs less than other deletions; adjacent transpositions cost 0.6.
 */
public final class ConfusableEditDistance {

    private static final float[][] SUBSTITUTION = new float[26][26];

    static {
        for (int i = 0; i < 26; i++) {
            for (int j = 0; j < 26; j++) {
                SUBSTITUTION[i][j] = i == j ? 0f : 1f;
            }
        }
        String vowels = "aeiouy";
        for (char a : vowels.toCharArray()) {
            for (char b : vowels.toCharArray()) {
                set(a, b, 0.5f);
            }
        }
        set('e', 'i', 0.4f);
        set('o', 'u', 0.4f);
        set('i', 'y', 0.2f);
        set('a', 'e', 0.45f);
        set('e', 'y', 0.4f);
        for (String p : new String[] {
            "ck", "kq", "cq", "sz", "vw", "fv", "bp", "dt", "gk", "gh", "jy", "ij", "gj", "cs", "xh", "kh", "xs", "zj",
            "cz", "lr", "mn", "fp", "bv", "uw", "uv", "ow"
        }) {
            set(p.charAt(0), p.charAt(1), 0.55f);
        }
        String[] rows = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        for (String row : rows) {
            for (int i = 0; i + 1 < row.length(); i++) {
                setMax(row.charAt(i), row.charAt(i + 1), 0.75f);
            }
        }
        for (int r = 0; r + 1 < rows.length; r++) {
            for (int i = 0; i < rows[r + 1].length(); i++) {
                setMax(rows[r].charAt(i), rows[r + 1].charAt(i), 0.8f);
                if (i + 1 < rows[r].length()) {
                    setMax(rows[r].charAt(i + 1), rows[r + 1].charAt(i), 0.8f);
                }
            }
        }
        for (String p : new String[] {"il", "lt", "ce", "nh", "rn", "oq", "db", "qg"}) {
            setMax(p.charAt(0), p.charAt(1), 0.75f);
        }
    }

    private ConfusableEditDistance() {}

    private static void set(char a, char b, float cost) {
        SUBSTITUTION[a - 'a'][b - 'a'] = cost;
        SUBSTITUTION[b - 'a'][a - 'a'] = cost;
    }

    private static void setMax(char a, char b, float cost) {
        if (SUBSTITUTION[a - 'a'][b - 'a'] > cost) {
            set(a, b, cost);
        }
    }

    static float substitution(char a, char b) {
        if (a == b) {
            return 0f;
        }
        if (a < 'a' || a > 'z' || b < 'a' || b > 'z') {
            return 1f;
        }
        return SUBSTITUTION[a - 'a'][b - 'a'];
    }

    private static float indel(CharSequence s, int i) {
        char c = s.charAt(i);
        if ((i > 0 && s.charAt(i - 1) == c) || (i + 1 < s.length() && s.charAt(i + 1) == c)) {
            return 0.3f;
        }
        if (c == 'h') {
            return 0.5f;
        }
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
            return 0.7f;
        }
        return 1f;
    }

    /** Weighted distance between two strings; 0 for equal strings. */
    public static float distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (n == 0) {
            return m;
        }
        if (m == 0) {
            return n;
        }
        float[] prev2 = new float[m + 1];
        float[] prev = new float[m + 1];
        float[] cur = new float[m + 1];
        prev[0] = 0;
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = prev[0] + indel(a, i - 1);
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                float best = prev[j - 1] + substitution(ca, cb);
                best = Math.min(best, prev[j] + indel(a, i - 1));
                best = Math.min(best, cur[j - 1] + indel(b, j - 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    best = Math.min(best, prev2[j - 2] + 0.6f);
                }
                cur[j] = best;
            }
            float[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** 1 - distance / longer length, in 0..1. */
    public static double similarity(CharSequence a, CharSequence b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - distance(a, b) / max);
    }
}
