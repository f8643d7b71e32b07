package org.piu.targeting.matching.normalize;

import java.util.List;

/** A name romanized and folded one particular way: its tokens and the system that produced them. */
public record NameRendering(List<NameToken> tokens, String system) {
    public NameRendering {
        tokens = List.copyOf(tokens);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
