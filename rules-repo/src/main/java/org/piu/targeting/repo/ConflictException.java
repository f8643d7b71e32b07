package org.piu.targeting.repo;

import java.time.Instant;

/** A write started from a revision that is no longer current; nothing was written. */
public class ConflictException extends RulesRepositoryException {
    private final AssetRef asset;
    private final String currentRevision;
    private final String changedBy;
    private final Instant changedAt;

    public ConflictException(
            String message, AssetRef asset, String currentRevision, String changedBy, Instant changedAt) {
        super(message);
        this.asset = asset;
        this.currentRevision = currentRevision;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public AssetRef asset() {
        return asset;
    }

    public String currentRevision() {
        return currentRevision;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
