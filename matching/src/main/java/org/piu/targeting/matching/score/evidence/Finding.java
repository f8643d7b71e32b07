package org.piu.targeting.matching.score.evidence;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one kind of evidence says about a match: its effect on the score, the weight of that effect (a share or a
 * factor, see {@link ScoringWeights}) and the explanation line a reviewer reads. The line is written only when
 * asked for: screening scores many candidates and explains only those it reports.
 */
public record Finding(Effect effect, double weight, Supplier<String> line) {

    /** Nothing to weigh and nothing to say (for example a gender unknown on one side). */
    public static final Finding NONE = new Finding(Effect.NEUTRAL, 1, null);

    /** How a finding moves the score. */
    public enum Effect {
        /** Closes {@code weight} of the gap to 1. */
        SUPPORTS,
        /** Multiplies the score by {@code weight}. */
        CONTRADICTS,
        /** Leaves the score as it is, but is worth a line (a date not given, the same gender). */
        NEUTRAL
    }

    public Finding {
        Objects.requireNonNull(effect, "effect");
    }

    public static Finding supports(double share, Supplier<String> line) {
        return new Finding(Effect.SUPPORTS, share, Objects.requireNonNull(line, "line"));
    }

    public static Finding contradicts(double factor, Supplier<String> line) {
        return new Finding(Effect.CONTRADICTS, factor, Objects.requireNonNull(line, "line"));
    }

    public static Finding neutral(Supplier<String> line) {
        return new Finding(Effect.NEUTRAL, 1, Objects.requireNonNull(line, "line"));
    }

    /** The score after this finding. */
    public double applyTo(double score) {
        return switch (effect) {
            case SUPPORTS -> score + (1 - score) * weight;
            case CONTRADICTS -> score * weight;
            case NEUTRAL -> score;
        };
    }

    /** True when there is a line to show. */
    public boolean explained() {
        return line != null;
    }

    /** The reviewer-readable line, e.g. "gender MALE ≠ FEMALE"; empty for {@link #NONE}. */
    public String explanation() {
        return line == null ? "" : line.get();
    }
}
