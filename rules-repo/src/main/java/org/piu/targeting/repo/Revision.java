package org.piu.targeting.repo;

import java.time.Instant;

/**
 * The outcome of an acknowledged write: {@code commitId} is the commit that recorded the action,
 * {@code revision} the content revision it concerns (equal to {@code commitId} for a save).
 */
public record Revision(
        String commitId, String revision, AssetRef asset, AssetStatus status, String author, Instant time) {}
