package org.piu.targeting.messages.edifact;

/**
 * How a value from a message may appear in a warning or error: at most 20 characters, control characters
 * replaced. Warnings are logged and returned to the pipeline; they must never echo a message's content at length
 * (it may carry personal or sensitive data) nor break a log line.
 */
public final class PrintableValue {

    private static final int MAX = 20;

    private PrintableValue() {}

    public static String of(String raw) {
        String cut = raw.length() > MAX ? raw.substring(0, MAX) + "..." : raw;
        StringBuilder sb = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString();
    }
}
