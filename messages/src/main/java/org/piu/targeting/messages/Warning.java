package org.piu.targeting.messages;

/**
 * A problem the reader recovered from. segmentIndex is the 1-based position of the segment in the interchange
 * (UNA counts when present), 0 when the problem concerns the whole text; line and column are 1-based, 0 when
 * unknown. The message never repeats sensitive content (dropped remarks are only counted).
 */
public record Warning(int segmentIndex, String tag, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (segmentIndex > 0) {
            where.append("segment ").append(segmentIndex);
            if (tag != null && !tag.isEmpty()) {
                where.append(" (").append(tag).append(')');
            }
        }
        if (line > 0) {
            where.append(where.isEmpty() ? "" : ", ")
                    .append("line ")
                    .append(line)
                    .append(" column ")
                    .append(column);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
