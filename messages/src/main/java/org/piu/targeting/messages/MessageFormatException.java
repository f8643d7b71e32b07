package org.piu.targeting.messages;

/**
 * The text cannot be read as a PAXLST or PNRGOV interchange. It says where: the 1-based segment number and tag
 * (when known), the 1-based line and column and the 0-based character offset in the raw text. The web layer
 * answers 400 with {@link #getMessage()}.
 */
public final class MessageFormatException extends RuntimeException {
    private final int segmentIndex;
    private final String tag;
    private final int line;
    private final int column;
    private final int offset;
    private final String problem;

    public MessageFormatException(String problem, int segmentIndex, String tag, int line, int column, int offset) {
        super(describe(problem, segmentIndex, tag, line, column, offset));
        this.problem = problem;
        this.segmentIndex = segmentIndex;
        this.tag = tag;
        this.line = line;
        this.column = column;
        this.offset = offset;
    }

    private static String describe(String problem, int segmentIndex, String tag, int line, int column, int offset) {
        StringBuilder sb = new StringBuilder();
        if (segmentIndex > 0) {
            sb.append("segment ").append(segmentIndex);
            if (tag != null && !tag.isEmpty()) {
                sb.append(" (").append(tag).append(')');
            }
            sb.append(", ");
        }
        sb.append("line ")
                .append(line)
                .append(" column ")
                .append(column)
                .append(" (character ")
                .append(offset)
                .append("): ")
                .append(problem);
        return sb.toString();
    }

    /** The problem alone, without the position. */
    public String problem() {
        return problem;
    }

    /** 1-based segment number in the interchange, 0 when the text did not get that far. */
    public int segmentIndex() {
        return segmentIndex;
    }

    /** Tag of the offending segment, empty when unknown. */
    public String tag() {
        return tag == null ? "" : tag;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** 0-based character offset in the raw text. */
    public int offset() {
        return offset;
    }
}
