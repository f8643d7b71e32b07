package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.release.Release;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A crash between a ref update and its anchor leaves the newest value unanchored. On open it is anchored, but only
 * if it descends from the last anchored value: anything else is a rewrite that verify() must report, not launder.
 */
final class AnchorRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(AnchorRecovery.class);

    private AnchorRecovery() {}

    static void anchorHeadsWrittenBeforeACrash(Repository git, AnchorLog anchors, Snapshot s, Instant now)
            throws IOException {
        Map<String, String> lastAnchored = new HashMap<>();
        Set<String> anchoredTags = new HashSet<>();
        for (AnchorLog.Anchor a : anchors.read().anchors()) {
            lastAnchored.put(a.ref(), a.objectId());
            anchoredTags.add(a.ref());
        }
        try (RevWalk walk = new RevWalk(git)) {
            Map<String, ObjectId> heads = new LinkedHashMap<>();
            heads.put(GitStore.MAIN, s.main());
            heads.put(GitStore.RELEASES, s.releasesHead());
            heads.put(GitStore.AUDIT, s.auditHead());
            for (Map.Entry<String, ObjectId> e : heads.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                String anchored = lastAnchored.get(e.getKey());
                ObjectId head = e.getValue();
                if (head.name().equals(anchored)) {
                    continue;
                }
                boolean descends = anchored != null
                        && walk.isMergedInto(walk.parseCommit(ObjectId.fromString(anchored)), walk.parseCommit(head));
                walk.reset();
                if (anchored == null || descends) {
                    LOG.info(
                            "anchoring {} at {} ({})",
                            e.getKey(),
                            head.name(),
                            anchored == null
                                    ? "first anchor for this ref"
                                    : "written just before the previous shutdown");
                    anchors.append(e.getKey(), head.name(), now);
                }
            }
            for (Release r : s.releases()) {
                String tagRef = Constants.R_TAGS + r.tag();
                Ref tag = git.exactRef(tagRef);
                if (tag != null
                        && !anchoredTags.contains(tagRef)
                        && walk.peel(walk.parseAny(tag.getObjectId())).name().equals(r.commitId())) {
                    anchors.append(tagRef, tag.getObjectId().name(), now);
                }
            }
        }
    }
}
