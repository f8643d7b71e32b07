package org.piu.targeting.repo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message of every commit the repository writes: a subject line, the user's justification or comment as the
 * body, and {@code PIU-*} trailers that make the Git log machine-readable (action, asset, revision, outcome).
 */
record CommitMessage(String subject, String body, Map<String, String> trailers) {

    static final String ACTION = "PIU-Action";
    static final String ASSET = "PIU-Asset";
    static final String REVISION = "PIU-Revision";
    static final String BASE = "PIU-Base";
    static final String STATUS = "PIU-Status";
    static final String OUTCOME = "PIU-Outcome";
    static final String RELEASE = "PIU-Release";

    CommitMessage {
        trailers = Map.copyOf(new LinkedHashMap<>(trailers));
    }

    String format() {
        StringBuilder sb = new StringBuilder(subject.replace('\n', ' ')).append("\n\n");
        if (!body.isBlank()) {
            sb.append(body.strip()).append("\n\n");
        }
        trailers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(t -> sb.append(t.getKey())
                        .append(": ")
                        .append(t.getValue().replace('\n', ' '))
                        .append('\n'));
        return sb.toString();
    }

    /** Parses a message written by {@link #format()}; the trailers are the last paragraph of {@code Key: value} lines. */
    static CommitMessage parse(String message) {
        String text = message.replace("\r\n", "\n").strip();
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        String subject = paragraphs.remove(0);
        Map<String, String> trailers = new LinkedHashMap<>();
        if (!paragraphs.isEmpty() && isTrailerBlock(paragraphs.get(paragraphs.size() - 1))) {
            for (String line : paragraphs.remove(paragraphs.size() - 1).split("\n")) {
                int colon = line.indexOf(": ");
                trailers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return new CommitMessage(subject, String.join("\n\n", paragraphs), trailers);
    }

    private static boolean isTrailerBlock(String paragraph) {
        return paragraph.lines().allMatch(l -> l.startsWith("PIU-") && l.contains(": "));
    }

    String trailer(String key) {
        return trailers.get(key);
    }
}
