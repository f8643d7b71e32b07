package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.lib.BatchRefUpdate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.RulesRepositoryException;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.lifecycle.AssetState;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseAsset;
import org.piu.targeting.repo.release.ReleaseCandidate;
import org.piu.targeting.repo.release.ReleaseGate;
import org.piu.targeting.repo.release.ReleaseRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates releases: one commit on {@code refs/piu/releases} with {@code release.json} and every asset's text, and
 * the annotated tag {@code release-N}, moved together in one atomic ref update. A refused release (nothing
 * approved, nothing changed, or the application's {@link ReleaseGate} found problems) is audited and thrown.
 */
public final class ReleaseWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseWriter.class);

    private final GitStore store;
    private final AuditWriter audit;
    private final ReleaseLog releases;

    public ReleaseWriter(GitStore store) {
        this.store = store;
        this.audit = new AuditWriter(store);
        this.releases = new ReleaseLog(store);
    }

    /** Publishes the newest approved revision of every asset that is not retired, after the gate found no problem. */
    public Release publish(String actor, String justification, ReleaseGate gate) {
        Inputs.requireUser(actor);
        Inputs.requireText(justification, "justification");
        Objects.requireNonNull(gate, "release gate is required");
        return store.locked(() -> {
            Snapshot s = store.snapshot();
            return createRelease(s, approvedCandidates(s), actor, justification, 0, gate);
        });
    }

    /** Publishes a new release whose assets equal those of release {@code releaseNumber}. */
    public Release rollback(String actor, String justification, int releaseNumber, ReleaseGate gate) {
        Inputs.requireUser(actor);
        Inputs.requireText(justification, "justification");
        Objects.requireNonNull(gate, "release gate is required");
        return store.locked(() -> {
            Snapshot s = store.snapshot();
            Release target = ReleaseLog.release(s, releaseNumber);
            List<ReleaseCandidate> candidates = new ArrayList<>();
            Map<AssetRef, String> texts = releases.texts(target);
            for (ReleaseAsset a : target.assets()) {
                candidates.add(new ReleaseCandidate(a.asset(), a.revision(), texts.get(a.asset())));
            }
            return createRelease(s, candidates, actor, justification, releaseNumber, gate);
        });
    }

    /** Drafts and submitted revisions stay out: an asset whose newer revision awaits approval goes at its last one. */
    private List<ReleaseCandidate> approvedCandidates(Snapshot s) throws IOException {
        List<ReleaseCandidate> out = new ArrayList<>();
        try (ObjectReader reader = store.git().newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            for (AssetKind kind : AssetKind.values()) {
                for (Map.Entry<AssetRef, AssetFiles> e :
                        AssetFiles.of(reader, s, kind).entrySet()) {
                    AssetRef ref = e.getKey();
                    AssetState state = e.getValue().readState(reader);
                    if (state.status() == AssetStatus.RETIRED || state.approvedRevision() == null) {
                        continue;
                    }
                    String text;
                    if (state.approvedRevision()
                            .equals(s.timelines().get(ref).revision().name())) {
                        text = e.getValue().readText(reader);
                    } else { // a newer draft exists: release the approved text
                        RevCommit c = walk.parseCommit(ObjectId.fromString(state.approvedRevision()));
                        text = TreeFiles.readText(reader, c.getTree(), ref.path());
                    }
                    out.add(new ReleaseCandidate(ref, state.approvedRevision(), text));
                }
            }
        }
        return out;
    }

    private Release createRelease(
            Snapshot s,
            List<ReleaseCandidate> candidates,
            String actor,
            String justification,
            int rollbackOf,
            ReleaseGate gate)
            throws IOException {
        String action = rollbackOf > 0 ? "rollback" : "publish";
        List<ReleaseAsset> assets = new ArrayList<>();
        for (ReleaseCandidate c : candidates) {
            assets.add(new ReleaseAsset(c.asset(), c.revision(), ReleaseManifest.sha256(c.text())));
        }
        assets = ReleaseManifest.sorted(assets);
        Optional<Release> active = s.active();
        if (candidates.isEmpty()) {
            refuse(actor, action, "no approved assets to publish", List.of());
        }
        if (active.isPresent() && ReleaseManifest.sorted(active.get().assets()).equals(assets)) {
            refuse(
                    actor,
                    action,
                    "nothing to publish: the active release " + active.get().tag()
                            + " already contains exactly these revisions",
                    List.of());
        }
        List<String> problems = List.copyOf(gate.check(List.copyOf(candidates)));
        if (!problems.isEmpty()) {
            refuse(actor, action, "release refused by the release check", problems);
        }
        int number = s.releases().size() + 1;
        Instant now = store.now();
        String tag = "release-" + number;
        String contentHash = ReleaseManifest.contentHash(assets);
        ObjectId commit;
        ObjectId tagId;
        try (ObjectInserter ins = store.inserter();
                ObjectReader reader = store.git().newObjectReader()) {
            Release provisional =
                    new Release(number, now, actor, justification, rollbackOf, assets, contentHash, tag, null);
            Map<String, ObjectId> files = new TreeMap<>();
            files.put(
                    ReleaseManifest.FILE_NAME,
                    ins.insert(
                            Constants.OBJ_BLOB,
                            ReleaseManifest.write(provisional).getBytes(StandardCharsets.UTF_8)));
            for (ReleaseCandidate c : candidates) {
                files.put(
                        c.asset().path(),
                        ins.insert(Constants.OBJ_BLOB, c.text().getBytes(StandardCharsets.UTF_8)));
            }
            ObjectId tree = TreeEdits.apply(reader, ins, null, files);
            Map<String, String> trailers = new LinkedHashMap<>();
            trailers.put(CommitMessage.ACTION, action);
            trailers.put(CommitMessage.RELEASE, String.valueOf(number));
            String subject = tag + (rollbackOf > 0 ? " (rollback to release-" + rollbackOf + ")" : "") + ": "
                    + assets.size() + " assets";
            commit = store.insertCommit(
                    ins, tree, s.releasesHead(), actor, now, new CommitMessage(subject, justification, trailers));
            TagBuilder tb = new TagBuilder();
            tb.setObjectId(commit, Constants.OBJ_COMMIT);
            tb.setTag(tag);
            tb.setTagger(GitStore.ident(actor, now));
            tb.setMessage(subject + "\n\n" + justification.strip() + "\n\nPIU-Content-Hash: " + contentHash + "\n");
            tagId = ins.insert(tb);
            ins.flush();
        }
        moveBranchAndTag(s.releasesHead(), commit, tag, tagId, now);
        Release release =
                new Release(number, now, actor, justification, rollbackOf, assets, contentHash, tag, commit.name());
        store.advance(s.withRelease(commit, release));
        LOG.info("{} created by {} with {} assets (hash {})", tag, actor, assets.size(), release.contentHash());
        return release;
    }

    /** The release branch and its tag move together or not at all. */
    private void moveBranchAndTag(ObjectId oldHead, ObjectId commit, String tag, ObjectId tagId, Instant now)
            throws IOException {
        BatchRefUpdate batch = store.git().getRefDatabase().newBatchUpdate();
        batch.setAtomic(true);
        batch.addCommand(new ReceiveCommand(oldHead == null ? ObjectId.zeroId() : oldHead, commit, GitStore.RELEASES));
        batch.addCommand(new ReceiveCommand(ObjectId.zeroId(), tagId, Constants.R_TAGS + tag));
        try (RevWalk walk = new RevWalk(store.git())) {
            batch.execute(walk, NullProgressMonitor.INSTANCE);
        }
        for (ReceiveCommand cmd : batch.getCommands()) {
            if (cmd.getResult() != ReceiveCommand.Result.OK) {
                throw new RulesRepositoryException("cannot create " + tag + ": " + cmd.getRefName() + " "
                        + cmd.getResult() + " " + Objects.toString(cmd.getMessage(), "")
                        + " (was it changed outside this repository instance? run verify())");
            }
        }
        // an atomic batch goes through packed-refs in the repository directory
        Path dir = store.directory();
        DirectorySync.sync(List.of(dir, dir.resolve(GitStore.RELEASES).getParent(), dir.resolve(Constants.R_TAGS)));
        store.anchors().append(GitStore.RELEASES, commit.name(), now);
        store.anchors().append(Constants.R_TAGS + tag, tagId.name(), now);
    }

    private void refuse(String actor, String action, String message, List<String> problems) throws IOException {
        String detail = problems.isEmpty() ? message : message + ": " + String.join("; ", problems);
        audit.record(actor, action, null, null, AuditOutcome.REFUSED, detail);
        throw new ReleaseRefusedException(message, problems);
    }
}
