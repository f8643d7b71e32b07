package org.piu.targeting.repo.internal;

/** Checks of what callers hand to the repository, before anything is locked or written. */
final class Inputs {

    private Inputs() {}

    /** A user name ends up in commit idents ({@code name <name@piu>}): no blanks, control characters or brackets. */
    static void requireUser(String user) {
        if (user == null || user.isBlank() || user.chars().anyMatch(ch -> ch < 0x20 || ch == '<' || ch == '>')) {
            throw new IllegalArgumentException("invalid user '" + user + "': a non-blank name without control"
                    + " characters, '<' or '>' is required");
        }
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required and must not be blank");
        }
    }

    /** One trailing newline, LF line ends: the same text always gives the same blob. */
    static String assetText(String content) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("asset content is required and must not be blank");
        }
        String s = content.replace("\r\n", "\n").stripTrailing();
        return s + "\n";
    }
}
