package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.TreeFormatter;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.audit.AuditOutcome;

/**
 * Appends events to {@code refs/piu/audit}: one empty-tree commit per refusal, conflict and export, with the outcome
 * and the asset as trailers. Successful asset actions need no entry here: their commits on main are the record.
 */
public final class AuditWriter {

    private final GitStore store;

    public AuditWriter(GitStore store) {
        this.store = store;
    }

    /**
     * Records a refusal decided by the caller (e.g. a user without the approver role) in the same audit trail as
     * the repository's own refusals.
     */
    public void recordRefusal(String user, String action, AssetKind kind, String id, String reason) {
        Inputs.requireUser(user);
        Inputs.requireText(action, "action");
        Inputs.requireText(reason, "reason");
        AssetRef ref = kind == null || id == null ? null : new AssetRef(kind, id);
        store.locked(() -> record(user, action, ref, null, AuditOutcome.REFUSED, reason));
    }

    /** Appends one event; callers hold the write lock. */
    Void record(String user, String action, AssetRef asset, String revision, AuditOutcome outcome, String detail)
            throws IOException {
        Snapshot s = store.snapshot();
        Instant now = store.now();
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put(CommitMessage.ACTION, action);
        trailers.put(CommitMessage.OUTCOME, outcome.name());
        if (asset != null) {
            trailers.put(CommitMessage.ASSET, asset.name());
        }
        if (revision != null && !revision.isBlank()) {
            trailers.put(CommitMessage.REVISION, revision.trim());
        }
        ObjectId commit;
        try (ObjectInserter ins = store.inserter()) {
            ObjectId emptyTree = ins.insert(new TreeFormatter());
            String subject = outcome + " " + action + (asset != null ? " " + asset.name() : "");
            commit = store.insertCommit(
                    ins, emptyTree, s.auditHead(), user, now, new CommitMessage(subject, detail, trailers));
            ins.flush();
        }
        store.moveRef(GitStore.AUDIT, s.auditHead(), commit, now);
        store.advance(s.withAuditHead(commit));
        return null;
    }
}
