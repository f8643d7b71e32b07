package org.piu.targeting.repo;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an asset as stored: its text and where it stands in the lifecycle.
 *
 * @param revision          commit id of the save that produced this text (pass it as base revision when editing)
 * @param version           1 for the first save of the asset, +1 per save
 * @param author            who saved this revision
 * @param savedAt           when
 * @param approvedRevision  the newest approved revision of the asset (may be older than this one), or null
 * @param approvedBy        who approved {@code approvedRevision}, or null
 * @param publishedRevision the revision in the active release, or null
 * @param authorsSinceApproval users who edited the asset since its last approval (none of them may approve it)
 */
public record AssetVersion(
        AssetRef asset,
        String revision,
        String text,
        AssetStatus status,
        int version,
        String author,
        Instant savedAt,
        String approvedRevision,
        String approvedBy,
        String publishedRevision,
        List<String> authorsSinceApproval) {
    public AssetVersion {
        authorsSinceApproval = List.copyOf(authorsSinceApproval);
    }
}
