package org.piu.targeting.repo.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.repo.AssetStatus;

/**
 * Lifecycle state of an asset, stored as {@code <id>.meta.json} beside its text so that the Git tree alone says
 * where every asset stands. Times are ISO-8601 strings. The current content revision is not stored here (a commit
 * cannot name itself); it is the newest commit with a {@code save}/{@code import} trailer for the asset.
 */
public record AssetState(
        String asset,
        AssetStatus status,
        int version,
        String lastSavedBy,
        String lastSavedAt,
        List<String> authorsSinceApproval,
        String submittedBy,
        String approvedRevision,
        int approvedVersion,
        String approvedBy,
        String approvedAt,
        String lastAction,
        String lastActionBy) {

    public AssetState {
        authorsSinceApproval = authorsSinceApproval == null ? List.of() : List.copyOf(authorsSinceApproval);
    }

    public static AssetState created(String asset, String author, String at, LifecycleAction action) {
        return new AssetState(
                asset,
                AssetStatus.DRAFT,
                1,
                author,
                at,
                List.of(author),
                null,
                null,
                0,
                null,
                null,
                action.trailerValue(),
                author);
    }

    public AssetState saved(String author, String at, LifecycleAction action) {
        List<String> authors = new ArrayList<>(authorsSinceApproval);
        if (!authors.contains(author)) {
            authors.add(author);
        }
        return new AssetState(
                asset,
                AssetStatus.DRAFT,
                version + 1,
                author,
                at,
                authors,
                null,
                approvedRevision,
                approvedVersion,
                approvedBy,
                approvedAt,
                action.trailerValue(),
                author);
    }

    public AssetState submitted(String actor) {
        return new AssetState(
                asset,
                AssetStatus.SUBMITTED,
                version,
                lastSavedBy,
                lastSavedAt,
                authorsSinceApproval,
                actor,
                approvedRevision,
                approvedVersion,
                approvedBy,
                approvedAt,
                "submit",
                actor);
    }

    public AssetState approved(String actor, String at, String revision) {
        return new AssetState(
                asset,
                AssetStatus.APPROVED,
                version,
                lastSavedBy,
                lastSavedAt,
                List.of(),
                submittedBy,
                revision,
                version,
                actor,
                at,
                "approve",
                actor);
    }

    public AssetState rejected(String actor) {
        return new AssetState(
                asset,
                AssetStatus.REJECTED,
                version,
                lastSavedBy,
                lastSavedAt,
                authorsSinceApproval,
                submittedBy,
                approvedRevision,
                approvedVersion,
                approvedBy,
                approvedAt,
                "reject",
                actor);
    }

    public AssetState retired(String actor) {
        // a retired asset that is revived later must be approved again: forget the old approval
        return new AssetState(
                asset,
                AssetStatus.RETIRED,
                version,
                lastSavedBy,
                lastSavedAt,
                authorsSinceApproval,
                submittedBy,
                null,
                0,
                null,
                null,
                "retire",
                actor);
    }
}
