package org.piu.targeting.matching.screening;

import java.time.Duration;

/**
 * Tuning of screening. {@code candidates}: how many Elasticsearch hits per person and list are scored in Java;
 * {@code batchSize}: searches per msearch request; {@code timeout}: the longest a batch may take before the
 * result is DEGRADED; {@code fuzzy}: add Elasticsearch fuzzy term queries on the longest name parts.
 */
public record ScreeningOptions(int candidates, int batchSize, Duration timeout, boolean fuzzy) {

    public static ScreeningOptions defaults() {
        return new ScreeningOptions(30, 100, Duration.ofSeconds(20), true);
    }

    public ScreeningOptions {
        if (candidates < 1 || candidates > 1000) {
            throw new IllegalArgumentException("candidates must be 1..1000, was " + candidates);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
    }
}
