package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetNotFoundException;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.repo.lifecycle.LifecycleAction;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseAsset;

/**
 * One asset's past, read from its timeline (the commits on main that concern it) and the release branch: O(its own
 * events), never a walk over the whole log.
 */
public final class AssetHistory {

    private final GitStore store;

    public AssetHistory(GitStore store) {
        this.store = store;
    }

    /** Everything that happened to an asset, oldest first: saves, transitions and the releases that published it. */
    public List<HistoryEntry> history(AssetKind kind, String id) {
        AssetRef ref = new AssetRef(kind, id);
        Snapshot s = store.snapshot();
        AssetTimeline t = s.timelines().get(ref);
        if (t == null) {
            throw new AssetNotFoundException(ref + " does not exist");
        }
        List<HistoryEntry> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(store.git())) {
            for (ObjectId id0 : t.events()) {
                RevCommit c = walk.parseCommit(id0);
                var msg = CommitMessage.parse(c.getFullMessage());
                LifecycleAction action = LifecycleAction.fromTrailer(msg.trailer(CommitMessage.ACTION));
                String revision = action.createsRevision() ? c.name() : msg.trailer(CommitMessage.REVISION);
                out.add(new HistoryEntry(
                        c.name(),
                        revision,
                        c.getAuthorIdent().getName(),
                        c.getAuthorIdent().getWhenAsInstant(),
                        action,
                        msg.body(),
                        AssetStatus.valueOf(msg.trailer(CommitMessage.STATUS)),
                        0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the history of " + ref, e);
        }
        String previous = null;
        for (Release r : s.releases()) {
            String rev = revisionIn(r, ref).orElse(null);
            if (rev != null && !rev.equals(previous)) {
                out.add(new HistoryEntry(
                        r.commitId(),
                        rev,
                        r.createdBy(),
                        r.createdAt(),
                        r.rollbackOf() > 0 ? LifecycleAction.ROLLBACK : LifecycleAction.PUBLISH,
                        r.justification(),
                        AssetStatus.PUBLISHED,
                        r.number()));
            }
            previous = rev;
        }
        out.sort(Comparator.comparing(HistoryEntry::time)); // stable: same-second events keep their order
        return out;
    }

    private static Optional<String> revisionIn(Release r, AssetRef ref) {
        return r.assets().stream()
                .filter(a -> a.asset().equals(ref))
                .map(ReleaseAsset::revision)
                .findFirst();
    }

    /** The commit of {@code revision} if it is a content revision of the asset, else AssetNotFoundException. */
    ObjectId requireRevision(Snapshot s, AssetRef ref, String revision) {
        AssetTimeline t = s.timelines().get(ref);
        if (t == null) {
            throw new AssetNotFoundException(ref + " does not exist");
        }
        if (revision != null && ObjectId.isId(revision.trim().toLowerCase(Locale.ROOT))) {
            ObjectId id = ObjectId.fromString(revision.trim().toLowerCase(Locale.ROOT));
            if (t.events().contains(id) && revisionCommits(s, ref).contains(id)) {
                return id;
            }
        }
        throw new AssetNotFoundException("revision " + revision + " is not a revision of " + ref);
    }

    private Set<ObjectId> revisionCommits(Snapshot s, AssetRef ref) {
        Set<ObjectId> out = new HashSet<>();
        try (RevWalk walk = new RevWalk(store.git())) {
            for (ObjectId id : s.timelines().get(ref).events()) {
                RevCommit c = walk.parseCommit(id);
                var msg = CommitMessage.parse(c.getFullMessage());
                if (LifecycleAction.fromTrailer(msg.trailer(CommitMessage.ACTION))
                        .createsRevision()) {
                    out.add(c.copy());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the history of " + ref, e);
        }
        return out;
    }

    /** Status of every revision of an asset after all events so far; APPROVED in the active release = PUBLISHED. */
    static Map<String, AssetStatus> revisionStatuses(RevWalk walk, Snapshot s, AssetRef ref) throws IOException {
        Map<String, AssetStatus> out = new HashMap<>();
        for (ObjectId id : s.timelines().get(ref).events()) {
            RevCommit c = walk.parseCommit(id);
            var msg = CommitMessage.parse(c.getFullMessage());
            LifecycleAction action = LifecycleAction.fromTrailer(msg.trailer(CommitMessage.ACTION));
            String rev = action.createsRevision() ? c.name() : msg.trailer(CommitMessage.REVISION);
            out.put(rev, AssetStatus.valueOf(msg.trailer(CommitMessage.STATUS)));
        }
        Optional.ofNullable(s.published().get(ref)).ifPresent(rev -> {
            if (out.get(rev) == AssetStatus.APPROVED) {
                out.put(rev, AssetStatus.PUBLISHED);
            }
        });
        return out;
    }
}
