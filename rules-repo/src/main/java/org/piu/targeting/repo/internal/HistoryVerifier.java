package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseAsset;

/**
 * Proves that the history was not rewritten: the anchor log's hash chain is intact, every commit it recorded is
 * still reachable from its branch, every release tag still points at the tag object it was created with, no release
 * tag was added behind the repository's back, and each release's files still hash to its recorded content hash.
 */
public final class HistoryVerifier {

    private final GitStore store;
    private final Repository git;
    private final AnchorLog anchors;
    /** The linear branches whose anchored commits must stay reachable. */
    private final List<String> branches = List.of(GitStore.MAIN, GitStore.RELEASES, GitStore.AUDIT);

    public HistoryVerifier(GitStore store) {
        this.store = store;
        this.git = store.git();
        this.anchors = store.anchors();
    }

    /** Problems name the ref, the object and the anchor-log line. */
    public VerificationReport verify() {
        Instant now = store.now();
        List<VerificationReport.Problem> problems = new ArrayList<>();
        AnchorLog.ReadResult read = anchors.read();
        for (String p : read.problems()) {
            problems.add(new VerificationReport.Problem(AnchorLog.FILE_NAME, "", -1, p));
        }
        int releasesChecked = 0;
        try (RevWalk walk = new RevWalk(git)) {
            Map<String, Set<ObjectId>> reachable = new HashMap<>();
            Map<String, ObjectId> current = new HashMap<>();
            for (String name : branches) {
                Ref r = git.exactRef(name);
                current.put(name, r == null ? null : r.getObjectId());
                reachable.put(name, reachableCommits(walk, r == null ? null : r.getObjectId()));
            }
            Set<String> anchoredTags = new HashSet<>();
            for (AnchorLog.Anchor a : read.anchors()) {
                if (ChainAnchors.isChain(a.ref())) {
                    continue; // the head of an external chain: its owner checks the entries (ChainAnchors)
                }
                if (a.ref().startsWith(Constants.R_TAGS)) {
                    anchoredTags.add(a.ref());
                    checkTag(a, problems);
                    continue;
                }
                Set<ObjectId> set = reachable.get(a.ref());
                if (set == null) {
                    problems.add(new VerificationReport.Problem(
                            a.ref(), a.objectId(), a.lineNumber(), "unknown ref in anchor log"));
                } else if (!set.contains(ObjectId.fromString(a.objectId()))) {
                    ObjectId head = current.get(a.ref());
                    problems.add(new VerificationReport.Problem(
                            a.ref(),
                            a.objectId(),
                            a.lineNumber(),
                            "anchored commit is no longer reachable from " + a.ref() + " (now at "
                                    + (head == null ? "nothing: the ref was deleted" : head.name())
                                    + "): history was rewritten"));
                }
            }
            for (Ref tag : git.getRefDatabase().getRefsByPrefix(GitStore.TAG_PREFIX)) {
                if (!anchoredTags.contains(tag.getName())) {
                    problems.add(new VerificationReport.Problem(
                            tag.getName(),
                            tag.getObjectId().name(),
                            -1,
                            "release tag was not created by this repository (no anchor)"));
                }
            }
            for (Release r : ReleaseBranch.read(git, current.get(GitStore.RELEASES))) {
                releasesChecked++;
                checkRelease(walk, r, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new VerificationReport.Problem("", "", -1, "cannot read the repository: " + e));
        }
        return new VerificationReport(problems.isEmpty(), now, read.anchors().size(), releasesChecked, problems);
    }

    private void checkTag(AnchorLog.Anchor a, List<VerificationReport.Problem> problems) throws IOException {
        Ref tag = git.exactRef(a.ref());
        if (tag == null) {
            problems.add(
                    new VerificationReport.Problem(a.ref(), a.objectId(), a.lineNumber(), "release tag was deleted"));
        } else if (!tag.getObjectId().name().equals(a.objectId())) {
            problems.add(new VerificationReport.Problem(
                    a.ref(),
                    a.objectId(),
                    a.lineNumber(),
                    "release tag was moved: it now points at "
                            + tag.getObjectId().name()));
        }
    }

    private void checkRelease(RevWalk walk, Release r, List<VerificationReport.Problem> problems) throws IOException {
        String tagRef = Constants.R_TAGS + r.tag();
        Ref tag = git.exactRef(tagRef);
        if (tag == null) {
            problems.add(new VerificationReport.Problem(tagRef, r.commitId(), -1, "release tag is missing"));
        } else {
            walk.reset();
            RevObject peeled = walk.peel(walk.parseAny(tag.getObjectId()));
            if (!peeled.name().equals(r.commitId())) {
                problems.add(new VerificationReport.Problem(
                        tagRef,
                        r.commitId(),
                        -1,
                        "release tag points at " + peeled.name() + " instead of release commit " + r.commitId()));
            }
        }
        Map<AssetRef, String> texts = ReleaseBranch.texts(git, r);
        List<ReleaseAsset> actual = new ArrayList<>();
        for (ReleaseAsset a : r.assets()) {
            String sha = ReleaseManifest.sha256(texts.get(a.asset()));
            actual.add(new ReleaseAsset(a.asset(), a.revision(), sha));
            if (!sha.equals(a.sha256())) {
                problems.add(new VerificationReport.Problem(
                        GitStore.RELEASES,
                        r.commitId(),
                        -1,
                        r.tag() + ": " + a.asset() + " text does not match its recorded SHA-256"));
            }
        }
        if (!ReleaseManifest.contentHash(actual).equals(r.contentHash())) {
            problems.add(new VerificationReport.Problem(
                    GitStore.RELEASES,
                    r.commitId(),
                    -1,
                    r.tag() + ": content hash does not match the release manifest"));
        }
    }

    private static Set<ObjectId> reachableCommits(RevWalk walk, ObjectId head) throws IOException {
        Set<ObjectId> out = new HashSet<>();
        if (head == null) {
            return out;
        }
        walk.reset();
        walk.markStart(walk.parseCommit(head));
        for (RevCommit c : walk) {
            out.add(c.copy());
            c.disposeBody();
        }
        return out;
    }
}
