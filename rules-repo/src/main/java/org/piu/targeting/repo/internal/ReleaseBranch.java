package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseAsset;

/** Reads releases from {@code refs/piu/releases}: one commit per release with release.json and the asset texts. */
final class ReleaseBranch {

    private ReleaseBranch() {}

    /** All releases on the branch, oldest (release-1) first. */
    static List<Release> read(Repository git, ObjectId head) throws IOException {
        List<Release> out = new ArrayList<>();
        if (head == null) {
            return out;
        }
        try (ObjectReader reader = git.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                String json = TreeFiles.readText(reader, c.getTree(), ReleaseManifest.FILE_NAME);
                Release r = ReleaseManifest.read(json, null, c.name());
                out.add(new Release(
                        r.number(),
                        r.createdAt(),
                        r.createdBy(),
                        r.justification(),
                        r.rollbackOf(),
                        r.assets(),
                        r.contentHash(),
                        "release-" + r.number(),
                        c.name()));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** The texts of every asset in a release, sorted by asset. */
    static Map<AssetRef, String> texts(Repository git, Release release) throws IOException {
        Map<AssetRef, String> out = new TreeMap<>();
        try (ObjectReader reader = git.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(release.commitId()));
            for (ReleaseAsset a : release.assets()) {
                out.put(
                        a.asset(),
                        TreeFiles.readText(reader, c.getTree(), a.asset().path()));
            }
        }
        return out;
    }
}
