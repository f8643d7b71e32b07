package org.piu.targeting.repo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.AssetVersion;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.FieldChange;
import org.piu.targeting.repo.history.FieldDiff;
import org.piu.targeting.repo.lifecycle.AssetState;

/** Reads asset texts and states from the snapshot, without locking: one asset, one revision, a kind, a diff. */
public final class AssetReads {

    private final GitStore store;
    private final AssetHistory history;

    public AssetReads(GitStore store) {
        this.store = store;
        this.history = new AssetHistory(store);
    }

    /** The current revision of an asset (retired assets included, with status RETIRED). */
    public Optional<AssetVersion> get(AssetKind kind, String id) {
        AssetRef ref = new AssetRef(kind, id);
        Snapshot s = store.snapshot();
        AssetTimeline t = s.timelines().get(ref);
        if (t == null) {
            return Optional.empty();
        }
        try (ObjectReader reader = store.git().newObjectReader()) {
            AssetState state = AssetFiles.state(reader, s.mainTree(), ref);
            String text = TreeFiles.readText(reader, s.mainTree(), ref.path());
            return Optional.of(version(ref, t.revision().name(), text, state, s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ref, e);
        }
    }

    /** A given revision of an asset (the id of the commit that saved it). */
    public AssetVersion get(AssetKind kind, String id, String revision) {
        AssetRef ref = new AssetRef(kind, id);
        Snapshot s = store.snapshot();
        ObjectId rev = history.requireRevision(s, ref, revision);
        try (ObjectReader reader = store.git().newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit c = walk.parseCommit(rev);
            AssetState state = AssetFiles.state(reader, c.getTree(), ref);
            String text = TreeFiles.readText(reader, c.getTree(), ref.path());
            AssetStatus status =
                    AssetHistory.revisionStatuses(walk, s, ref).getOrDefault(rev.name(), AssetStatus.DRAFT);
            return version(ref, rev.name(), text, status, state, s.published().get(ref));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ref + " at " + revision, e);
        }
    }

    /** Every asset of a kind at the head of main, sorted by id (one tree walk, texts included). */
    public List<AssetVersion> list(AssetKind kind) {
        Snapshot s = store.snapshot();
        List<AssetVersion> out = new ArrayList<>();
        try (ObjectReader reader = store.git().newObjectReader()) {
            for (Map.Entry<AssetRef, AssetFiles> e :
                    AssetFiles.of(reader, s, kind).entrySet()) {
                AssetRef ref = e.getKey();
                AssetState state = e.getValue().readState(reader);
                String text = e.getValue().readText(reader);
                out.add(version(ref, s.timelines().get(ref).revision().name(), text, state, s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + kind.folder(), e);
        }
        return out;
    }

    /** Field-level and unified text diff between two revisions of one asset. */
    public AssetDiff diff(AssetKind kind, String id, String fromRevision, String toRevision) {
        AssetVersion a = get(kind, id, fromRevision);
        AssetVersion b = get(kind, id, toRevision);
        List<FieldChange> changes = FieldDiff.between(a.text(), b.text());
        RawText ra = new RawText(a.text().getBytes(StandardCharsets.UTF_8));
        RawText rb = new RawText(b.text().getBytes(StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, ra, rb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String path = a.asset().path();
        out.writeBytes(("--- a/" + path + " (" + a.revision().substring(0, 10) + ")\n+++ b/" + path + " ("
                        + b.revision().substring(0, 10) + ")\n")
                .getBytes(StandardCharsets.UTF_8));
        try (DiffFormatter f = new DiffFormatter(out)) {
            f.format(edits, ra, rb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format diff of " + a.asset(), e);
        }
        return new AssetDiff(
                a.asset(),
                a.revision(),
                b.revision(),
                changes == null ? List.of() : changes,
                changes != null,
                out.toString(StandardCharsets.UTF_8));
    }

    /** The head revision as readers see it: APPROVED and in the active release reads as PUBLISHED. */
    private static AssetVersion version(AssetRef ref, String revision, String text, AssetState state, Snapshot s) {
        String published = s.published().get(ref);
        AssetStatus status = state.status() == AssetStatus.APPROVED && revision.equals(published)
                ? AssetStatus.PUBLISHED
                : state.status();
        return version(ref, revision, text, status, state, published);
    }

    private static AssetVersion version(
            AssetRef ref, String revision, String text, AssetStatus status, AssetState state, String published) {
        return new AssetVersion(
                ref,
                revision,
                text,
                status,
                state.version(),
                state.lastSavedBy(),
                Instant.parse(state.lastSavedAt()),
                state.approvedRevision(),
                state.approvedBy(),
                published,
                state.authorsSinceApproval());
    }
}
