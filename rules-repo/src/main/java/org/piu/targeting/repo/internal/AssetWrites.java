package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetNotFoundException;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.ConflictException;
import org.piu.targeting.repo.FourEyesViolationException;
import org.piu.targeting.repo.LifecycleViolationException;
import org.piu.targeting.repo.Revision;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.lifecycle.AssetState;
import org.piu.targeting.repo.lifecycle.Lifecycle;
import org.piu.targeting.repo.lifecycle.LifecycleAction;

/**
 * The writes on main: saving a draft and moving an asset through its lifecycle. Each is one commit by the user with
 * the justification as body; a stale base revision is a conflict and a refused transition is a refusal, both
 * audited before they are thrown. Which transition is allowed is {@link Lifecycle}'s decision.
 */
public final class AssetWrites {

    private final GitStore store;
    private final AuditWriter audit;

    public AssetWrites(GitStore store) {
        this.store = store;
        this.audit = new AuditWriter(store);
    }

    public Revision saveDraft(
            AssetKind kind, String id, String content, String author, String justification, String baseRevision) {
        AssetRef ref = new AssetRef(kind, id);
        Inputs.requireUser(author);
        Inputs.requireText(justification, "justification");
        String text = Inputs.assetText(content);
        return store.locked(() -> save(ref, text, author, justification, baseRevision, LifecycleAction.SAVE));
    }

    public Revision submit(AssetKind kind, String id, String revision, String actor, String comment) {
        return transition(
                new AssetRef(kind, id), revision, actor, comment == null ? "" : comment, LifecycleAction.SUBMIT);
    }

    public Revision approve(AssetKind kind, String id, String revision, String actor, String comment) {
        return transition(
                new AssetRef(kind, id), revision, actor, comment == null ? "" : comment, LifecycleAction.APPROVE);
    }

    public Revision reject(AssetKind kind, String id, String revision, String actor, String comment) {
        Inputs.requireText(comment, "comment (say why the revision is rejected)");
        return transition(new AssetRef(kind, id), revision, actor, comment, LifecycleAction.REJECT);
    }

    public Revision retire(AssetKind kind, String id, String actor, String justification) {
        Inputs.requireText(justification, "justification");
        AssetRef ref = new AssetRef(kind, id);
        if (store.snapshot().timelines().get(ref) == null) {
            throw new AssetNotFoundException(ref + " does not exist");
        }
        return transition(ref, null, actor, justification, LifecycleAction.RETIRE);
    }

    /** Saves {@code text} (already normalized) as a new draft revision; callers hold the write lock. */
    Revision save(
            AssetRef ref, String text, String author, String justification, String baseRevision, LifecycleAction action)
            throws IOException {
        Snapshot s = store.snapshot();
        AssetTimeline t = s.timelines().get(ref);
        AssetState state = null;
        if (t == null) {
            if (baseRevision != null) {
                throw new AssetNotFoundException(ref + " does not exist: save it without a base revision"
                        + " (given base " + baseRevision + ")");
            }
        } else {
            state = AssetFiles.state(store.git(), s.mainTree(), ref);
            if (baseRevision == null || !t.revision().name().equalsIgnoreCase(baseRevision.trim())) {
                String msg = baseRevision == null
                        ? ref + " already exists: it was last changed by " + state.lastSavedBy() + " at "
                                + state.lastSavedAt() + " (revision "
                                + t.revision().name()
                                + "); load it and save with that base revision"
                        : ref + " was changed by " + state.lastSavedBy() + " at " + state.lastSavedAt()
                                + " (revision " + t.revision().name() + ") after you started from revision "
                                + baseRevision + "; nothing was saved: reload, reapply your change and save again";
                audit.record(author, action.trailerValue(), ref, baseRevision, AuditOutcome.CONFLICT, msg);
                throw new ConflictException(
                        msg, ref, t.revision().name(), state.lastSavedBy(), Instant.parse(state.lastSavedAt()));
            }
        }
        Instant now = store.now();
        AssetState next = Lifecycle.saved(ref, state, author, now, action);
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put(CommitMessage.ACTION, action.trailerValue());
        trailers.put(CommitMessage.ASSET, ref.name());
        trailers.put(CommitMessage.STATUS, AssetStatus.DRAFT.name());
        if (baseRevision != null) {
            trailers.put(CommitMessage.BASE, baseRevision.trim().toLowerCase(Locale.ROOT));
        }
        String subject = action.trailerValue() + " " + ref.name() + " v" + next.version();
        ObjectId commit = store.commitOnMain(
                ref, text, next, author, now, new CommitMessage(subject, justification, trailers), true);
        return new Revision(commit.name(), commit.name(), ref, AssetStatus.DRAFT, author, now);
    }

    private Revision transition(AssetRef ref, String revision, String actor, String comment, LifecycleAction action) {
        Inputs.requireUser(actor);
        return store.locked(() -> {
            Snapshot s = store.snapshot();
            AssetTimeline t = s.timelines().get(ref);
            if (t == null) {
                throw new AssetNotFoundException(ref + " does not exist");
            }
            AssetState state = AssetFiles.state(store.git(), s.mainTree(), ref);
            String current = t.revision().name();
            if (revision != null && !current.equalsIgnoreCase(revision.trim())) {
                String msg = "cannot " + action.trailerValue() + " revision " + revision + " of " + ref
                        + ": it was superseded by revision " + current + " saved by " + state.lastSavedBy() + " at "
                        + state.lastSavedAt() + "; review the current revision";
                audit.record(actor, action.trailerValue(), ref, revision, AuditOutcome.CONFLICT, msg);
                throw new ConflictException(msg, ref, current, state.lastSavedBy(), Instant.parse(state.lastSavedAt()));
            }
            Instant now = store.now();
            AssetState next;
            try {
                next = Lifecycle.transition(ref, current, state, action, actor, now);
            } catch (LifecycleViolationException | FourEyesViolationException e) {
                audit.record(actor, action.trailerValue(), ref, current, AuditOutcome.REFUSED, e.getMessage());
                throw e;
            }
            Map<String, String> trailers = new LinkedHashMap<>();
            trailers.put(CommitMessage.ACTION, action.trailerValue());
            trailers.put(CommitMessage.ASSET, ref.name());
            trailers.put(CommitMessage.REVISION, current);
            trailers.put(CommitMessage.STATUS, next.status().name());
            String subject = action.trailerValue() + " " + ref.name() + " v" + next.version();
            ObjectId commit = store.commitOnMain(
                    ref, null, next, actor, now, new CommitMessage(subject, comment, trailers), false);
            return new Revision(commit.name(), current, ref, next.status(), actor, now);
        });
    }
}
