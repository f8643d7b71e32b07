package org.piu.targeting.repo;

/** Lifecycle of an asset revision: DRAFT → SUBMITTED → APPROVED / REJECTED → PUBLISHED (in a release) → RETIRED. */
public enum AssetStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    PUBLISHED,
    RETIRED
}
