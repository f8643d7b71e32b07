package org.piu.targeting.matching.normalize;

import java.util.List;

/** A name as written ({@code original}) and its parallel Latin renderings, the first being the most likely. */
public record NormalizedName(String original, List<NameRendering> renderings) {
    public NormalizedName {
        renderings = List.copyOf(renderings);
    }

    public boolean isEmpty() {
        return renderings.isEmpty() || renderings.getFirst().tokens().isEmpty();
    }
}
