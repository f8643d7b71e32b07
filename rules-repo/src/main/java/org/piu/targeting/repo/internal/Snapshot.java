package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.release.Release;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Immutable view of the refs and indexes that readers use without locking. Each write replaces it with a copy in
 * which only what the write changed differs (one timeline bucket, the release list or the audit head).
 */
record Snapshot(
        ObjectId main,
        ObjectId mainTree,
        TimelineMap timelines,
        ObjectId releasesHead,
        List<Release> releases,
        ObjectId auditHead,
        Map<AssetRef, String> published) {

    private static final Logger LOG = LoggerFactory.getLogger(Snapshot.class);

    /** Reads the three refs, the per-asset timelines (through the index file) and the release branch. */
    static Snapshot load(Repository git, Path dir) throws IOException {
        ObjectId main = refId(git, GitStore.MAIN);
        ObjectId releasesHead = refId(git, GitStore.RELEASES);
        ObjectId auditHead = refId(git, GitStore.AUDIT);
        ObjectId mainTree = null;
        TimelineIndex.Loaded loaded = TimelineIndex.load(git, dir.resolve(TimelineIndex.FILE_NAME), main);
        if (loaded.commitsRead() > 0) {
            LOG.info("indexed {} commits of refs/heads/main into per-asset timelines", loaded.commitsRead());
            TimelineIndex.write(dir.resolve(TimelineIndex.FILE_NAME), main, loaded.timelines());
        }
        List<Release> releases;
        try (RevWalk walk = new RevWalk(git)) {
            if (main != null) {
                mainTree = walk.parseCommit(main).getTree().copy();
            }
            walk.reset();
            releases = ReleaseBranch.read(git, releasesHead);
        }
        return new Snapshot(
                main,
                mainTree,
                TimelineMap.of(loaded.timelines()),
                releasesHead,
                List.copyOf(releases),
                auditHead,
                publishedIn(releases));
    }

    private static ObjectId refId(Repository git, String name) throws IOException {
        Ref r = git.exactRef(name);
        return r == null ? null : r.getObjectId();
    }

    Optional<Release> active() {
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
    }

    /** After a commit on main that concerns {@code asset}; {@code newRevision} for a save or import. */
    Snapshot withMainCommit(ObjectId commit, ObjectId tree, AssetRef asset, boolean newRevision) {
        AssetTimeline t = timelines.get(asset);
        AssetTimeline next = t == null ? new AssetTimeline(List.of(commit), commit) : t.append(commit, newRevision);
        return new Snapshot(commit, tree, timelines.with(asset, next), releasesHead, releases, auditHead, published);
    }

    Snapshot withRelease(ObjectId commit, Release release) {
        List<Release> all = new ArrayList<>(releases);
        all.add(release);
        return new Snapshot(main, mainTree, timelines, commit, List.copyOf(all), auditHead, publishedIn(all));
    }

    Snapshot withAuditHead(ObjectId commit) {
        return new Snapshot(main, mainTree, timelines, releasesHead, releases, commit, published);
    }

    /** Asset → revision in the active release, computed once per release instead of per read. */
    private static Map<AssetRef, String> publishedIn(List<Release> releases) {
        Map<AssetRef, String> out = new HashMap<>();
        if (!releases.isEmpty()) {
            releases.get(releases.size() - 1).assets().forEach(a -> out.put(a.asset(), a.revision()));
        }
        return Collections.unmodifiableMap(out);
    }
}
