package org.piu.targeting.repo.release;

import org.piu.targeting.repo.AssetRef;

/** One asset in a release: which revision, and the SHA-256 of its text (hex). */
public record ReleaseAsset(AssetRef asset, String revision, String sha256) {}
