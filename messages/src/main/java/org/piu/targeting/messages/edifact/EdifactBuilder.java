package org.piu.targeting.messages.edifact;

import java.util.List;

/**
 * Writes segments with given separators, escaping separator characters in values with the release character
 * and dropping trailing empty elements and components. Counts the segments of the current message for UNT.
 */
public final class EdifactBuilder {
    private final char element;
    private final char component;
    private final char decimal;
    private final char release;
    private final char repetition;
    private final char terminator;
    private final String lineEnd;
    private final StringBuilder out = new StringBuilder();
    private int messageSegments;

    /**
     * @param una the six UNA service characters in their order: component, element, decimal, release,
     *            repetition (space when unused), terminator
     * @param newline whether to end each segment with a line break (common in practice, ignored by readers)
     */
    public EdifactBuilder(String una, boolean newline) {
        if (una.length() != 6) {
            throw new IllegalArgumentException("UNA needs six service characters, got '" + una + "'");
        }
        component = una.charAt(0);
        element = una.charAt(1);
        decimal = una.charAt(2);
        release = una.charAt(3);
        repetition = una.charAt(4);
        terminator = una.charAt(5);
        lineEnd = newline ? "\n" : "";
    }

    public EdifactBuilder una() {
        out.append("UNA")
                .append(component)
                .append(element)
                .append(decimal)
                .append(release)
                .append(repetition)
                .append(terminator)
                .append(lineEnd);
        return this;
    }

    /**
     * Appends a segment. Each element is either a String (simple) or a List of Strings (composite); null
     * elements and components are empty.
     */
    public EdifactBuilder segment(String tag, Object... elements) {
        if (tag.equals("UNH")) {
            messageSegments = 0;
        }
        messageSegments++;
        StringBuilder seg = new StringBuilder(tag);
        int lastNonEmpty = -1;
        String[] rendered = new String[elements.length];
        for (int i = 0; i < elements.length; i++) {
            rendered[i] = render(elements[i]);
            if (!rendered[i].isEmpty()) {
                lastNonEmpty = i;
            }
        }
        for (int i = 0; i <= lastNonEmpty; i++) {
            seg.append(element).append(rendered[i]);
        }
        out.append(seg).append(terminator).append(lineEnd);
        return this;
    }

    /** Segments written since (and including) the last UNH, for UNT (which counts itself: call before it). */
    public int messageSegmentCount() {
        return messageSegments + 1;
    }

    private String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> components) {
            int last = -1;
            String[] parts = new String[components.size()];
            for (int i = 0; i < parts.length; i++) {
                Object c = components.get(i);
                parts[i] = c == null ? "" : escape(c.toString());
                if (!parts[i].isEmpty()) {
                    last = i;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i <= last; i++) {
                if (i > 0) {
                    sb.append(component);
                }
                sb.append(parts[i]);
            }
            return sb.toString();
        }
        return escape(value.toString());
    }

    private String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == element
                    || c == component
                    || c == release
                    || c == terminator
                    || (c == repetition && repetition != ' ')) {
                sb.append(release);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
