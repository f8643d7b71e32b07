package org.piu.targeting.workbench;

/** Java source with its comments and string and character literals blanked out, line breaks kept. */
final class SourceText {

    private SourceText() {}

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
