package org.piu.targeting.repo.release;

import java.util.List;
import org.piu.targeting.repo.AssetRef;

/** What changed from release {@code from} to release {@code to}. */
public record ReleaseDiff(
        int from, int to, List<ReleaseAsset> added, List<ReleaseAsset> removed, List<Change> changed) {

    /** An asset in both releases at different revisions. */
    public record Change(AssetRef asset, String fromRevision, String toRevision) {}

    public ReleaseDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }
}
