package org.piu.targeting.messages.edifact;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts data values longer than a limit before StAEDI sees them (it fails on values beyond its buffer), keeping
 * a map from the cut text back to the original offsets so that positions still point into the raw text.
 *
 * @param text the text with overlong values cut
 * @param cutAt offsets in {@code text} where characters were removed
 * @param removed how many characters were removed at each of those offsets
 */
record OverlongValues(String text, int[] cutAt, int[] removed) {

    static OverlongValues cut(String text, int limit) {
        char component = ':';
        char element = '+';
        char release = '?';
        char terminator = '\'';
        int from = 0;
        if (text.startsWith("UNA") && text.length() >= 9) {
            component = text.charAt(3);
            element = text.charAt(4);
            release = text.charAt(6);
            terminator = text.charAt(8);
            from = 9;
        }
        StringBuilder out = null;
        List<int[]> cuts = new ArrayList<>();
        int run = 0;
        int skipping = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean released = i > from && text.charAt(i - 1) == release && (i < 2 || text.charAt(i - 2) != release);
            boolean boundary = !released && (c == component || c == element || c == terminator);
            if (boundary) {
                run = 0;
                if (skipping > 0) {
                    cuts.add(new int[] {out.length(), skipping});
                    skipping = 0;
                }
            } else if (++run > limit && c != release) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                }
                skipping++;
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (skipping > 0) {
            cuts.add(new int[] {out.length(), skipping});
        }
        if (out == null) {
            return new OverlongValues(text, new int[0], new int[0]);
        }
        int[] at = new int[cuts.size()];
        int[] n = new int[cuts.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = cuts.get(k)[0];
            n[k] = cuts.get(k)[1];
        }
        return new OverlongValues(out.toString(), at, n);
    }

    /** Offset in the original text of an offset in the cut text. */
    int original(int offset) {
        int o = offset;
        for (int k = 0; k < cutAt.length && cutAt[k] <= offset; k++) {
            o += removed[k];
        }
        return o;
    }

    /** Where values were cut, as offsets in the cut text. */
    List<Integer> positions() {
        List<Integer> p = new ArrayList<>();
        for (int at : cutAt) {
            p.add(at);
        }
        return p;
    }
}
