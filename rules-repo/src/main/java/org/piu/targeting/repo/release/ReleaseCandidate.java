package org.piu.targeting.repo.release;

import org.piu.targeting.repo.AssetRef;

/** An asset text proposed for a release, handed to the {@link ReleaseGate}. */
public record ReleaseCandidate(AssetRef asset, String revision, String text) {}
