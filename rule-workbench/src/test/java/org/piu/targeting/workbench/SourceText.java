package org.piu.targeting.workbench;

import java.util.ArrayList;
import java.util.List;

/**
 * Java source read as a reviewer reads it: without its comments and literals (to find code), or its string literals
 * alone (to find text). Text blocks are neither code nor short literals: generated documents and scripts.
 */
final class SourceText {

    /** A string literal's content (escapes as written) and the line it starts on (1-based). */
    record Literal(int line, String text) {}

    private SourceText() {}

    /** The string literals of the source, outside comments and text blocks, in order. */
    static List<Literal> literals(String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i) || source.startsWith("\"\"\"", i)) {
                String end = source.startsWith("/*", i) ? "*/" : "\"\"\"";
                int from = i + (end.equals("*/") ? 2 : 3);
                int to = from;
                while (to < n && !source.startsWith(end, to)) {
                    to += source.charAt(to) == '\\' && end.length() == 3 ? 2 : 1;
                }
                line += (int) source.substring(i, Math.min(n, to))
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
                i = Math.min(n, to + end.length());
            } else if (c == '"' || c == '\'') {
                int to = i + 1;
                while (to < n && source.charAt(to) != c && source.charAt(to) != '\n') {
                    to += source.charAt(to) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(new Literal(line, source.substring(i + 1, Math.min(n, to))));
                }
                i = to + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = skipUntil(source, i, "\n", code, false);
            } else if (source.startsWith("/*", i)) {
                i = skipUntil(source, i + 2, "*/", code, true);
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipUntil(source, i + 3, "\"\"\"", code, true);
            } else if (c == '"' || c == '\'') {
                i = skipLiteral(source, i + 1, c, code);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Skips to the end marker (included unless it is a line break); keeps the line breaks in between. */
    private static int skipUntil(String source, int from, String end, StringBuilder code, boolean consumeEnd) {
        int i = from;
        while (i < source.length() && !source.startsWith(end, i)) {
            if (source.charAt(i) == '\\' && end.equals("\"\"\"")) {
                i++;
            } else if (source.charAt(i) == '\n') {
                code.append('\n');
            }
            i++;
        }
        return consumeEnd ? Math.min(source.length(), i + end.length()) : i;
    }

    private static int skipLiteral(String source, int from, char quote, StringBuilder code) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        code.append(quote).append(quote);
        return i + 1;
    }
}
