package org.piu.targeting.matching.watchlist;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named watchlist and its metadata. Thresholds are scores in 0..1: a match at or above {@code alertThreshold}
 * is an ALERT, at or above {@code reviewThreshold} a REVIEW; below that it is not reported.
 */
public record Watchlist(
        String name,
        String description,
        String legalSource,
        String category,
        double alertThreshold,
        double reviewThreshold) {

    /** Calibrated on the evaluation sets (see README "Matching quality"). */
    public static final double DEFAULT_ALERT_THRESHOLD = 0.86;

    public static final double DEFAULT_REVIEW_THRESHOLD = 0.70;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    public Watchlist {
        Objects.requireNonNull(name, "watchlist name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "watchlist name '" + name
                            + "' must be 1-100 characters of lower-case letters, digits, '_' or '-', starting with a letter or digit");
        }
        description = description == null ? "" : description;
        legalSource = legalSource == null ? "" : legalSource;
        category = category == null ? "" : category;
        if (alertThreshold <= 0 || alertThreshold > 1) {
            throw new IllegalArgumentException(
                    "alertThreshold of watchlist '" + name + "' must be in (0, 1], was " + alertThreshold);
        }
        if (reviewThreshold <= 0 || reviewThreshold > alertThreshold) {
            throw new IllegalArgumentException("reviewThreshold of watchlist '" + name
                    + "' must be in (0, alertThreshold=" + alertThreshold + "], was " + reviewThreshold);
        }
    }

    /** A list with the matcher's calibrated default thresholds. */
    public static Watchlist withDefaults(String name, String description) {
        return new Watchlist(name, description, "", "", DEFAULT_ALERT_THRESHOLD, DEFAULT_REVIEW_THRESHOLD);
    }
}
