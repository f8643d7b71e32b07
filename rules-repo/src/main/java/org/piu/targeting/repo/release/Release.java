package org.piu.targeting.repo.release;

import java.time.Instant;
import java.util.List;

/**
 * An immutable, numbered release: the annotated tag {@code release-<number>} points at a commit on
 * {@code refs/piu/releases} whose tree holds {@code release.json} and the text of every included asset.
 *
 * @param rollbackOf  the number of the release this one restores, 0 when it is not a rollback
 * @param contentHash SHA-256 over the sorted lines {@code <kind>/<id> SP <sha256 of text> LF}
 */
public record Release(
        int number,
        Instant createdAt,
        String createdBy,
        String justification,
        int rollbackOf,
        List<ReleaseAsset> assets,
        String contentHash,
        String tag,
        String commitId) {
    public Release {
        assets = List.copyOf(assets);
    }
}
