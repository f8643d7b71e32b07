package org.piu.targeting.repo.history;

/**
 * A change of one field between two revisions. {@code path} uses dots and [index] ({@code when.all[2]});
 * {@code before}/{@code after} are compact JSON of the values (null when absent).
 */
public record FieldChange(String path, Kind kind, String before, String after) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** Human-readable, e.g. {@code severity: HIGH → MEDIUM} or {@code added when.all[2]: {...}}. */
    public String describe() {
        return switch (kind) {
            case ADDED -> "added " + path + ": " + after;
            case REMOVED -> "removed " + path + ": " + before;
            case CHANGED -> path + ": " + before + " → " + after;
        };
    }
}
