package org.piu.targeting.engine.rule;

/** A rule, list or scenario document that cannot be read, with line, column and JSON path of the problem. */
public class RuleDocumentException extends IllegalArgumentException {
    private final int line;
    private final int column;
    private final String path;

    public RuleDocumentException(String message, int line, int column, String path, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Where in the document, e.g. {@code when.all[1].op}; empty when unknown. */
    public String path() {
        return path;
    }
}
