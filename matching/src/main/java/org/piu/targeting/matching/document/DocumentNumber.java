package org.piu.targeting.matching.document;

import java.util.Locale;

/**
 * Canonical form of a travel-document number for exact matching: upper case, only letters and digits, and the
 * OCR/keying confusions O→0 and I/L→1 resolved the same way on both sides ("AB-123 456 O" = "AB1234560").
 */
public final class DocumentNumber {

    private DocumentNumber() {}

    public static String canonical(String number) {
        if (number == null) {
            return "";
        }
        String upper = number.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == 'O' || c == 'Q') {
                sb.append('0');
            } else if (c == 'I' || c == 'L') {
                sb.append('1');
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when two numbers are the same document number after canonicalisation (and non-trivial: ≥ 5 chars). */
    public static boolean same(String a, String b) {
        String x = canonical(a);
        return x.length() >= 5 && x.equals(canonical(b));
    }
}
