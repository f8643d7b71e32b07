package org.piu.targeting.messages;

import java.util.Locale;
import java.util.Set;

/**
 * The special service requests that reveal religion or health (EU PNR Directive 2016/681 art. 13(4) forbids
 * processing them): every special meal (codes ending in ML: MOML, KSML, HNML, VGML, AVML, DBML, GFML, ...),
 * wheelchair and other assistance for reduced mobility or medical conditions, and free-text requests (OTHS).
 * Readers drop such items on receipt and only count them.
 */
public final class SensitiveRemarks {
    private static final Set<String> HEALTH_AND_ASSISTANCE = Set.of(
            "WCHR", "WCHS", "WCHC", "WCBD", "WCBW", "WCMP", "WCOB", "WCLB", "MEDA", "BLND", "DEAF", "DPNA", "STCR",
            "OXYG", "POXY", "PPOC", "MAAS", "ESAN", "SVAN", "LEGL", "LEGR", "MEQT", "CPAP", "PRMS", "PRM", "OTHS");

    private SensitiveRemarks() {}

    /** True for an SSR code that must not be stored (see class comment). */
    public static boolean isSensitiveSsr(String code) {
        if (code == null) {
            return false;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return (c.length() == 4 && c.endsWith("ML")) || HEALTH_AND_ASSISTANCE.contains(c);
    }

    /** True when a free-text line (history, remark) mentions a sensitive SSR code as a word. */
    public static boolean mentionsSensitiveSsr(String text) {
        if (text == null) {
            return false;
        }
        for (String word : text.toUpperCase(Locale.ROOT).split("[^A-Z]+")) {
            if (isSensitiveSsr(word)) {
                return true;
            }
        }
        return false;
    }
}
