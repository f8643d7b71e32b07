package org.piu.targeting.repo.history;

import java.util.List;
import org.piu.targeting.repo.AssetRef;

/**
 * Difference between two revisions of an asset: field-level changes (empty when either text is not YAML/JSON,
 * see {@code structured}) and a unified text diff.
 */
public record AssetDiff(
        AssetRef asset,
        String fromRevision,
        String toRevision,
        List<FieldChange> changes,
        boolean structured,
        String unifiedDiff) {
    public AssetDiff {
        changes = List.copyOf(changes);
    }
}
