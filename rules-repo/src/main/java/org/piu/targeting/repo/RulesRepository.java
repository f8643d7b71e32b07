package org.piu.targeting.repo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.BatchRefUpdate;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TransportBundleStream;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.audit.AuditExport;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.audit.AuditTrail;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.FieldChange;
import org.piu.targeting.repo.history.FieldDiff;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.repo.integrity.AnchorLog;
import org.piu.targeting.repo.integrity.HistoryVerifier;
import org.piu.targeting.repo.integrity.VerificationReport;
import org.piu.targeting.repo.lifecycle.AssetState;
import org.piu.targeting.repo.lifecycle.AssetStateFile;
import org.piu.targeting.repo.lifecycle.LifecycleAction;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseAsset;
import org.piu.targeting.repo.release.ReleaseBranch;
import org.piu.targeting.repo.release.ReleaseCandidate;
import org.piu.targeting.repo.release.ReleaseDiff;
import org.piu.targeting.repo.release.ReleaseGate;
import org.piu.targeting.repo.release.ReleaseManifest;
import org.piu.targeting.repo.release.ReleaseRefusedException;
import org.piu.targeting.repo.store.AssetTimeline;
import org.piu.targeting.repo.store.CommitMessage;
import org.piu.targeting.repo.store.DirectorySync;
import org.piu.targeting.repo.store.TimelineIndex;
import org.piu.targeting.repo.store.TimelineMap;
import org.piu.targeting.repo.store.TreeEdits;
import org.piu.targeting.repo.store.TreeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned storage of rules, named lists and scenarios in a bare Git repository.
 *
 * <p>Layout: {@code refs/heads/main} holds one commit per action (save, submit, approve, reject, retire) with the
 * asset text at {@code <folder>/<shard>/<id>.yaml} and its lifecycle state beside it in {@code <id>.meta.json};
 * {@code refs/piu/releases} holds one commit per release (tagged {@code release-N}); {@code refs/piu/audit} holds
 * one commit per refused action, export and verification. Every commit's author is the user and its message is the
 * justification plus {@code PIU-*} trailers, so {@code git log} is the audit trail. {@code piu-anchors.log} in the
 * repository directory chains every ref value written, which {@link #verify()} uses to detect rewritten history.
 *
 * <p>Writes are serialized by one lock per instance, each write is durable when it returns (objects and refs are
 * fsynced: {@code core.fsyncObjectFiles}, {@code core.fsyncRefFiles}) and the ref moves with a compare-and-swap on
 * its old value. Reads are lock-free on an immutable snapshot. Open one instance per directory.
 */
public final class RulesRepository implements AutoCloseable {

    static final String MAIN = "refs/heads/main";
    static final String RELEASES = "refs/piu/releases";
    static final String AUDIT = "refs/piu/audit";
    static final String TAG_PREFIX = "refs/tags/release-";

    private static final Logger LOG = LoggerFactory.getLogger(RulesRepository.class);

    /** Immutable view of the refs and indexes that readers use without locking. */
    private record Snapshot(
            ObjectId main,
            ObjectId mainTree,
            TimelineMap timelines,
            ObjectId releasesHead,
            List<Release> releases,
            ObjectId auditHead,
            Map<AssetRef, String> published) {
        Optional<Release> active() {
            return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
        }

        /** Asset → revision in the active release, computed once per release instead of per read. */
        static Map<AssetRef, String> publishedIn(List<Release> releases) {
            Map<AssetRef, String> out = new HashMap<>();
            if (!releases.isEmpty()) {
                releases.get(releases.size() - 1).assets().forEach(a -> out.put(a.asset(), a.revision()));
            }
            return Collections.unmodifiableMap(out);
        }
    }

    private final Path dir;
    private final Repository git;
    private final AnchorLog anchors;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Snapshot snapshot;

    private RulesRepository(Path dir, Repository git, Clock clock) throws IOException {
        this.dir = dir;
        this.git = git;
        this.clock = clock;
        this.anchors = new AnchorLog(dir.resolve(AnchorLog.FILE_NAME));
        this.snapshot = load();
        anchorRefsWrittenBeforeACrash();
    }

    /** Opens the bare repository in {@code dir}, creating it (and the directory) when it does not exist. */
    public static RulesRepository open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /** As {@link #open(Path)} with the clock that stamps commits (tests use a fixed or stepping clock). */
    public static RulesRepository open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Repository repo = new FileRepository(dir.toFile());
            if (!repo.getObjectDatabase().exists()) {
                repo.create(true);
            }
            StoredConfig config = repo.getConfig();
            boolean changed = !config.getBoolean(ConfigConstants.CONFIG_CORE_SECTION, "fsyncObjectFiles", false)
                    || !config.getBoolean(ConfigConstants.CONFIG_CORE_SECTION, "fsyncRefFiles", false);
            if (changed) {
                // every acknowledged write must survive a crash: fsync loose objects and ref files
                config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "fsyncObjectFiles", true);
                config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "fsyncRefFiles", true);
                config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "logAllRefUpdates", false);
                config.setInt(ConfigConstants.CONFIG_GC_SECTION, null, "auto", 0);
                config.save();
                repo.close();
                repo = new FileRepository(dir.toFile()); // re-read so the inserter sees the fsync settings
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null
                    || !head.isSymbolic()
                    || !MAIN.equals(head.getTarget().getName())) {
                repo.updateRef(Constants.HEAD).link(MAIN); // so that plain `git log` shows the asset history
            }
            return new RulesRepository(dir, repo, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open rules repository in " + dir, e);
        }
    }

    public Path directory() {
        return dir;
    }

    // ------------------------------------------------------------------------------------------------ writes

    /**
     * Saves a new draft revision of an asset.
     *
     * @param baseRevision the revision the author started from, null for a new asset
     * @return the new revision (status DRAFT)
     * @throws ConflictException when {@code baseRevision} is not the current revision (or the asset already exists
     *                           and {@code baseRevision} is null); the message names who changed it and when
     */
    public Revision saveDraft(
            AssetKind kind, String id, String content, String author, String justification, String baseRevision) {
        AssetRef ref = new AssetRef(kind, id);
        requireUser(author);
        requireText(justification, "justification");
        String text = normalize(content);
        return locked(() -> save(ref, text, author, justification, baseRevision, LifecycleAction.SAVE));
    }

    public Revision submit(AssetKind kind, String id, String revision, String actor, String comment) {
        return transition(
                new AssetRef(kind, id), revision, actor, comment == null ? "" : comment, LifecycleAction.SUBMIT);
    }

    /**
     * Approves the submitted revision. Roles are the caller's business; four-eyes is enforced here: the approver
     * must not be any author of the asset since its last approval, else the refusal is audited and thrown.
     */
    public Revision approve(AssetKind kind, String id, String revision, String actor, String comment) {
        return transition(
                new AssetRef(kind, id), revision, actor, comment == null ? "" : comment, LifecycleAction.APPROVE);
    }

    public Revision reject(AssetKind kind, String id, String revision, String actor, String comment) {
        requireText(comment, "comment (say why the revision is rejected)");
        return transition(new AssetRef(kind, id), revision, actor, comment, LifecycleAction.REJECT);
    }

    /** Retires the asset (instead of deleting it): it stays in the history and leaves the next release. */
    public Revision retire(AssetKind kind, String id, String actor, String justification) {
        requireText(justification, "justification");
        AssetRef ref = new AssetRef(kind, id);
        AssetTimeline t = snapshot.timelines().get(ref);
        if (t == null) {
            throw new AssetNotFoundException(ref + " does not exist");
        }
        return transition(ref, null, actor, justification, LifecycleAction.RETIRE);
    }

    private Revision save(
            AssetRef ref, String text, String author, String justification, String baseRevision, LifecycleAction action)
            throws IOException {
        Snapshot s = snapshot;
        AssetTimeline t = s.timelines().get(ref);
        AssetState state = null;
        if (t == null) {
            if (baseRevision != null) {
                throw new AssetNotFoundException(ref + " does not exist: save it without a base revision"
                        + " (given base " + baseRevision + ")");
            }
        } else {
            state = readState(s.mainTree(), ref);
            if (baseRevision == null || !t.revision().name().equalsIgnoreCase(baseRevision.trim())) {
                String msg = baseRevision == null
                        ? ref + " already exists: it was last changed by " + state.lastSavedBy() + " at "
                                + state.lastSavedAt() + " (revision "
                                + t.revision().name()
                                + "); load it and save with that base revision"
                        : ref + " was changed by " + state.lastSavedBy() + " at " + state.lastSavedAt()
                                + " (revision " + t.revision().name() + ") after you started from revision "
                                + baseRevision + "; nothing was saved: reload, reapply your change and save again";
                recordAudit(author, action.trailerValue(), ref, baseRevision, AuditOutcome.CONFLICT, msg);
                throw new ConflictException(
                        msg, ref, t.revision().name(), state.lastSavedBy(), Instant.parse(state.lastSavedAt()));
            }
        }
        Instant now = now();
        AssetState next = state == null
                ? AssetState.created(ref.name(), author, now.toString(), action)
                : state.saved(author, now.toString(), action);
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put(CommitMessage.ACTION, action.trailerValue());
        trailers.put(CommitMessage.ASSET, ref.name());
        trailers.put(CommitMessage.STATUS, AssetStatus.DRAFT.name());
        if (baseRevision != null) {
            trailers.put(CommitMessage.BASE, baseRevision.trim().toLowerCase(Locale.ROOT));
        }
        ObjectId commit = commitOnMain(
                s,
                ref,
                text,
                next,
                author,
                now,
                action.trailerValue() + " " + ref.name() + " v" + next.version(),
                justification,
                trailers,
                true);
        return new Revision(commit.name(), commit.name(), ref, AssetStatus.DRAFT, author, now);
    }

    private Revision transition(AssetRef ref, String revision, String actor, String comment, LifecycleAction action) {
        requireUser(actor);
        return locked(() -> {
            Snapshot s = snapshot;
            AssetTimeline t = s.timelines().get(ref);
            if (t == null) {
                throw new AssetNotFoundException(ref + " does not exist");
            }
            AssetState state = readState(s.mainTree(), ref);
            String current = t.revision().name();
            if (revision != null && !current.equalsIgnoreCase(revision.trim())) {
                String msg = "cannot " + action.trailerValue() + " revision " + revision + " of " + ref
                        + ": it was superseded by revision " + current + " saved by " + state.lastSavedBy() + " at "
                        + state.lastSavedAt() + "; review the current revision";
                recordAudit(actor, action.trailerValue(), ref, revision, AuditOutcome.CONFLICT, msg);
                throw new ConflictException(msg, ref, current, state.lastSavedBy(), Instant.parse(state.lastSavedAt()));
            }
            AssetStatus from = state.status();
            AssetStatus required = switch (action) {
                case SUBMIT -> AssetStatus.DRAFT;
                case APPROVE, REJECT -> AssetStatus.SUBMITTED;
                default -> null;
            };
            if ((required != null && from != required)
                    || (action == LifecycleAction.RETIRE && from == AssetStatus.RETIRED)) {
                String msg = "cannot " + action.trailerValue() + " " + ref + " revision " + current + ": it is " + from
                        + (required != null ? ", expected " + required : "");
                recordAudit(actor, action.trailerValue(), ref, current, AuditOutcome.REFUSED, msg);
                throw new LifecycleViolationException(msg);
            }
            if (action == LifecycleAction.APPROVE
                    && state.authorsSinceApproval().contains(actor)) {
                String msg = "four-eyes: " + actor + " cannot approve " + ref + " revision " + current
                        + " because they authored it (authors since the last approval: "
                        + String.join(", ", state.authorsSinceApproval()) + "); another user must approve it";
                recordAudit(actor, action.trailerValue(), ref, current, AuditOutcome.REFUSED, msg);
                throw new FourEyesViolationException(msg);
            }
            Instant now = now();
            AssetState next = switch (action) {
                case SUBMIT -> state.submitted(actor);
                case APPROVE -> state.approved(actor, now.toString(), current);
                case REJECT -> state.rejected(actor);
                case RETIRE -> state.retired(actor);
                default -> throw new IllegalArgumentException(action + " is not a transition");
            };
            Map<String, String> trailers = new LinkedHashMap<>();
            trailers.put(CommitMessage.ACTION, action.trailerValue());
            trailers.put(CommitMessage.ASSET, ref.name());
            trailers.put(CommitMessage.REVISION, current);
            trailers.put(CommitMessage.STATUS, next.status().name());
            ObjectId commit = commitOnMain(
                    s,
                    ref,
                    null,
                    next,
                    actor,
                    now,
                    action.trailerValue() + " " + ref.name() + " v" + next.version(),
                    comment,
                    trailers,
                    false);
            return new Revision(commit.name(), current, ref, next.status(), actor, now);
        });
    }

    private ObjectId commitOnMain(
            Snapshot s,
            AssetRef ref,
            String text,
            AssetState state,
            String actor,
            Instant now,
            String subject,
            String body,
            Map<String, String> trailers,
            boolean newRevision)
            throws IOException {
        ObjectId commit;
        ObjectId tree;
        try (ObjectInserter ins = inserter();
                ObjectReader reader = git.newObjectReader()) {
            Map<String, ObjectId> edits = new LinkedHashMap<>();
            if (text != null) {
                edits.put(ref.path(), ins.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)));
            }
            edits.put(ref.metaPath(), ins.insert(Constants.OBJ_BLOB, AssetStateFile.write(state)));
            tree = TreeEdits.apply(reader, ins, s.mainTree(), edits);
            commit = insertCommit(ins, tree, s.main(), actor, now, new CommitMessage(subject, body, trailers));
            ins.flush();
        }
        moveRef(MAIN, s.main(), commit, now);
        AssetTimeline t = s.timelines().get(ref);
        snapshot = new Snapshot(
                commit,
                tree,
                s.timelines()
                        .with(
                                ref,
                                t == null ? new AssetTimeline(List.of(commit), commit) : t.append(commit, newRevision)),
                s.releasesHead(),
                s.releases(),
                s.auditHead(),
                s.published());
        return commit;
    }

    private ObjectId insertCommit(
            ObjectInserter ins, ObjectId tree, ObjectId parent, String actor, Instant now, CommitMessage message)
            throws IOException {
        PersonIdent who = ident(actor, now);
        CommitBuilder cb = new CommitBuilder();
        cb.setTreeId(tree);
        if (parent != null) {
            cb.setParentId(parent);
        }
        cb.setAuthor(who);
        cb.setCommitter(who);
        cb.setMessage(message.format());
        return ins.insert(cb);
    }

    /** Compare-and-swap of a ref, then the anchor; a ref moved by someone else fails the write. */
    private void moveRef(String name, ObjectId expectedOld, ObjectId newId, Instant now) throws IOException {
        RefUpdate u = git.updateRef(name);
        u.setExpectedOldObjectId(expectedOld == null ? ObjectId.zeroId() : expectedOld);
        u.setNewObjectId(newId);
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FAST_FORWARD) {
            throw new RulesRepositoryException(name + " was changed outside this repository instance (expected "
                    + (expectedOld == null ? "no ref" : expectedOld.name()) + ", update result " + r
                    + "); nothing was written: run verify() and reopen the repository");
        }
        DirectorySync.sync(List.of(dir.resolve(name).getParent()));
        anchors.append(name, newId.name(), now);
    }

    /**
     * JGit's file inserter fsyncs each new loose object before renaming it into place (core.fsyncObjectFiles) and
     * skips objects that already exist. The renames need no directory fsync of their own: on a journaling file
     * system (ext4, xfs) the fsync of the ref file that follows commits the journal transaction holding them.
     */
    private ObjectInserter inserter() {
        return git.newObjectInserter();
    }

    // ------------------------------------------------------------------------------------------------ reads

    /** The current revision of an asset (retired assets included, with status RETIRED). */
    public Optional<AssetVersion> get(AssetKind kind, String id) {
        AssetRef ref = new AssetRef(kind, id);
        Snapshot s = snapshot;
        AssetTimeline t = s.timelines().get(ref);
        if (t == null) {
            return Optional.empty();
        }
        try (ObjectReader reader = git.newObjectReader()) {
            AssetState state = readState(reader, s.mainTree(), ref);
            String text = readText(reader, s.mainTree(), ref.path());
            return Optional.of(version(ref, t.revision().name(), text, state, s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ref, e);
        }
    }

    /** A given revision of an asset (the id of the commit that saved it). */
    public AssetVersion get(AssetKind kind, String id, String revision) {
        AssetRef ref = new AssetRef(kind, id);
        Snapshot s = snapshot;
        ObjectId rev = requireRevision(s, ref, revision);
        try (ObjectReader reader = git.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            RevCommit c = walk.parseCommit(rev);
            AssetState state = readState(reader, c.getTree(), ref);
            String text = readText(reader, c.getTree(), ref.path());
            AssetStatus status = revisionStatuses(walk, s, ref).getOrDefault(rev.name(), AssetStatus.DRAFT);
            String published = s.published().get(ref);
            return new AssetVersion(
                    ref,
                    rev.name(),
                    text,
                    status,
                    state.version(),
                    state.lastSavedBy(),
                    Instant.parse(state.lastSavedAt()),
                    state.approvedRevision(),
                    state.approvedBy(),
                    published,
                    state.authorsSinceApproval());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ref + " at " + revision, e);
        }
    }

    /** Every asset of a kind at the head of main, sorted by id (one tree walk, texts included). */
    public List<AssetVersion> list(AssetKind kind) {
        Snapshot s = snapshot;
        List<AssetVersion> out = new ArrayList<>();
        try (ObjectReader reader = git.newObjectReader()) {
            for (Map.Entry<AssetRef, AssetFiles> e : assetFiles(reader, s, kind).entrySet()) {
                AssetRef ref = e.getKey();
                AssetState state =
                        AssetStateFile.read(reader.open(e.getValue().meta()).getBytes());
                String text = new String(reader.open(e.getValue().text()).getBytes(), StandardCharsets.UTF_8);
                out.add(version(ref, s.timelines().get(ref).revision().name(), text, state, s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + kind.folder(), e);
        }
        return out;
    }

    /** Blob ids of an asset's text and lifecycle state in a tree. */
    private record AssetFiles(ObjectId text, ObjectId meta) {}

    /** One recursive walk over a kind's folder at the head of main, instead of a path lookup per asset. */
    private static Map<AssetRef, AssetFiles> assetFiles(ObjectReader reader, Snapshot s, AssetKind kind)
            throws IOException {
        Map<AssetRef, AssetFiles> out = new TreeMap<>();
        if (s.mainTree() == null) {
            return out;
        }
        Map<String, ObjectId> texts = new HashMap<>();
        Map<String, ObjectId> metas = new HashMap<>();
        try (TreeWalk folder = TreeWalk.forPath(reader, kind.folder(), s.mainTree())) {
            if (folder == null) {
                return out;
            }
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(folder.getObjectId(0));
                tw.setRecursive(true);
                while (tw.next()) {
                    String name = tw.getNameString();
                    if (name.endsWith(".meta.json")) {
                        metas.put(name.substring(0, name.length() - ".meta.json".length()), tw.getObjectId(0));
                    } else if (name.endsWith(".yaml")) {
                        texts.put(name.substring(0, name.length() - ".yaml".length()), tw.getObjectId(0));
                    }
                }
            }
        }
        for (Map.Entry<String, ObjectId> e : texts.entrySet()) {
            AssetRef ref = new AssetRef(kind, e.getKey());
            ObjectId meta = metas.get(e.getKey());
            if (meta != null && s.timelines().containsKey(ref)) { // files added by hand are not assets
                out.put(ref, new AssetFiles(e.getValue(), meta));
            }
        }
        return out;
    }

    private AssetVersion version(AssetRef ref, String revision, String text, AssetState state, Snapshot s) {
        String published = s.published().get(ref);
        AssetStatus status = state.status() == AssetStatus.APPROVED && revision.equals(published)
                ? AssetStatus.PUBLISHED
                : state.status();
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

    private static Optional<String> revisionIn(Release r, AssetRef ref) {
        return r.assets().stream()
                .filter(a -> a.asset().equals(ref))
                .map(ReleaseAsset::revision)
                .findFirst();
    }

    /** Everything that happened to an asset, oldest first: saves, transitions and the releases that published it. */
    public List<HistoryEntry> history(AssetKind kind, String id) {
        AssetRef ref = new AssetRef(kind, id);
        Snapshot s = snapshot;
        AssetTimeline t = s.timelines().get(ref);
        if (t == null) {
            throw new AssetNotFoundException(ref + " does not exist");
        }
        List<HistoryEntry> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(git)) {
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

    private ObjectId requireRevision(Snapshot s, AssetRef ref, String revision) {
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
        try (RevWalk walk = new RevWalk(git)) {
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
    private Map<String, AssetStatus> revisionStatuses(RevWalk walk, Snapshot s, AssetRef ref) throws IOException {
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

    // ------------------------------------------------------------------------------------------------ releases

    /**
     * Publishes the newest approved revision of every asset that is not retired, after the gate found no problem.
     * Drafts and submitted revisions are not included; an asset whose newer revision awaits approval is released at
     * its last approved revision.
     *
     * @throws ReleaseRefusedException when the gate reports problems or the release would equal the active one
     */
    public Release publish(String actor, String justification, ReleaseGate gate) {
        requireUser(actor);
        requireText(justification, "justification");
        Objects.requireNonNull(gate, "release gate is required");
        return locked(() -> {
            Snapshot s = snapshot;
            List<ReleaseCandidate> candidates = approvedCandidates(s);
            return createRelease(s, candidates, actor, justification, 0, gate);
        });
    }

    /** Publishes a new release whose assets equal those of release {@code releaseNumber}. */
    public Release rollback(String actor, String justification, int releaseNumber, ReleaseGate gate) {
        requireUser(actor);
        requireText(justification, "justification");
        Objects.requireNonNull(gate, "release gate is required");
        return locked(() -> {
            Snapshot s = snapshot;
            Release target = release(s, releaseNumber);
            List<ReleaseCandidate> candidates = new ArrayList<>();
            Map<AssetRef, String> texts = assetsAt(target);
            for (ReleaseAsset a : target.assets()) {
                candidates.add(new ReleaseCandidate(a.asset(), a.revision(), texts.get(a.asset())));
            }
            return createRelease(s, candidates, actor, justification, releaseNumber, gate);
        });
    }

    private List<ReleaseCandidate> approvedCandidates(Snapshot s) throws IOException {
        List<ReleaseCandidate> out = new ArrayList<>();
        try (ObjectReader reader = git.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            for (AssetKind kind : AssetKind.values()) {
                for (Map.Entry<AssetRef, AssetFiles> e :
                        assetFiles(reader, s, kind).entrySet()) {
                    AssetRef ref = e.getKey();
                    AssetState state =
                            AssetStateFile.read(reader.open(e.getValue().meta()).getBytes());
                    if (state.status() == AssetStatus.RETIRED || state.approvedRevision() == null) {
                        continue;
                    }
                    String text;
                    if (state.approvedRevision()
                            .equals(s.timelines().get(ref).revision().name())) {
                        text = new String(reader.open(e.getValue().text()).getBytes(), StandardCharsets.UTF_8);
                    } else { // a newer draft exists: release the approved text
                        RevCommit c = walk.parseCommit(ObjectId.fromString(state.approvedRevision()));
                        text = readText(reader, c.getTree(), ref.path());
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
            refuseRelease(actor, action, "no approved assets to publish", List.of());
        }
        if (active.isPresent() && sameAssets(active.get().assets(), assets)) {
            refuseRelease(
                    actor,
                    action,
                    "nothing to publish: the active release " + active.get().tag()
                            + " already contains exactly these revisions",
                    List.of());
        }
        List<String> problems = List.copyOf(gate.check(List.copyOf(candidates)));
        if (!problems.isEmpty()) {
            refuseRelease(actor, action, "release refused by the release check", problems);
        }
        int number = s.releases().size() + 1;
        Instant now = now();
        String tag = "release-" + number;
        try (ObjectInserter ins = inserter();
                ObjectReader reader = git.newObjectReader()) {
            Release provisional = new Release(
                    number,
                    now,
                    actor,
                    justification,
                    rollbackOf,
                    assets,
                    ReleaseManifest.contentHash(assets),
                    tag,
                    null);
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
            ObjectId commit = insertCommit(
                    ins, tree, s.releasesHead(), actor, now, new CommitMessage(subject, justification, trailers));
            TagBuilder tb = new TagBuilder();
            tb.setObjectId(commit, Constants.OBJ_COMMIT);
            tb.setTag(tag);
            tb.setTagger(ident(actor, now));
            tb.setMessage(subject + "\n\n" + justification.strip() + "\n\nPIU-Content-Hash: "
                    + provisional.contentHash() + "\n");
            ObjectId tagId = ins.insert(tb);
            ins.flush();
            // the release branch and its tag move together or not at all
            BatchRefUpdate batch = git.getRefDatabase().newBatchUpdate();
            batch.setAtomic(true);
            batch.addCommand(new ReceiveCommand(
                    s.releasesHead() == null ? ObjectId.zeroId() : s.releasesHead(), commit, RELEASES));
            batch.addCommand(new ReceiveCommand(ObjectId.zeroId(), tagId, Constants.R_TAGS + tag));
            try (RevWalk walk = new RevWalk(git)) {
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
            DirectorySync.sync(List.of(dir, dir.resolve(RELEASES).getParent(), dir.resolve(Constants.R_TAGS)));
            anchors.append(RELEASES, commit.name(), now);
            anchors.append(Constants.R_TAGS + tag, tagId.name(), now);
            Release release = new Release(
                    number,
                    now,
                    actor,
                    justification,
                    rollbackOf,
                    assets,
                    provisional.contentHash(),
                    tag,
                    commit.name());
            List<Release> releases = new ArrayList<>(s.releases());
            releases.add(release);
            snapshot = new Snapshot(
                    s.main(),
                    s.mainTree(),
                    s.timelines(),
                    commit,
                    List.copyOf(releases),
                    s.auditHead(),
                    Snapshot.publishedIn(releases));
            LOG.info("{} created by {} with {} assets (hash {})", tag, actor, assets.size(), release.contentHash());
            return release;
        }
    }

    private void refuseRelease(String actor, String action, String message, List<String> problems) throws IOException {
        String detail = problems.isEmpty() ? message : message + ": " + String.join("; ", problems);
        recordAudit(actor, action, null, null, AuditOutcome.REFUSED, detail);
        throw new ReleaseRefusedException(message, problems);
    }

    private static boolean sameAssets(List<ReleaseAsset> a, List<ReleaseAsset> b) {
        return ReleaseManifest.sorted(a).equals(ReleaseManifest.sorted(b));
    }

    /** The newest release: the one the engine should run. Survives restarts (it is the head of the release branch). */
    public Optional<Release> activeRelease() {
        return snapshot.active();
    }

    public List<Release> releases() {
        return snapshot.releases();
    }

    public Release release(int number) {
        return release(snapshot, number);
    }

    private static Release release(Snapshot s, int number) {
        if (number < 1 || number > s.releases().size()) {
            throw new AssetNotFoundException("release-" + number + " does not exist (releases: 1.."
                    + s.releases().size() + ")");
        }
        return s.releases().get(number - 1);
    }

    /** The release that was active at {@code instant}: the newest one created at or before it. */
    public Optional<Release> releaseActiveAt(Instant instant) {
        Release found = null;
        for (Release r : snapshot.releases()) {
            if (!r.createdAt().isAfter(instant)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The texts of every asset in a release, sorted by asset. */
    public Map<AssetRef, String> assetsAt(int releaseNumber) {
        return assetsAt(release(releaseNumber));
    }

    /** The texts that were active at {@code instant} (empty when no release existed yet). */
    public Map<AssetRef, String> assetsAt(Instant instant) {
        return releaseActiveAt(instant).map(this::assetsAt).orElse(Map.of());
    }

    private Map<AssetRef, String> assetsAt(Release r) {
        try {
            return ReleaseBranch.texts(git, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + r.tag(), e);
        }
    }

    public ReleaseDiff diffReleases(int from, int to) {
        Snapshot s = snapshot;
        return ReleaseManifest.diff(release(s, from), release(s, to));
    }

    // ------------------------------------------------------------------------------------------------ audit

    /**
     * Every audited event with {@code from <= time < to}, oldest first: successful actions (from the main and
     * release branches) and refusals, conflicts, exports (from {@code refs/piu/audit}).
     */
    public List<AuditEvent> audit(Instant from, Instant to) {
        Snapshot s = snapshot;
        try {
            return AuditTrail.read(git, java.util.Arrays.asList(s.main(), s.releasesHead()), s.auditHead(), from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail", e);
        }
    }

    public void exportAuditCsv(Instant from, Instant to, String actor, Writer out) {
        requireUser(actor);
        List<AuditEvent> events = audit(from, to);
        AuditExport.csv(events, out);
        locked(() -> recordAudit(
                actor,
                "export",
                null,
                null,
                AuditOutcome.SUCCESS,
                "audit CSV export of " + events.size() + " events from " + from + " to " + to));
    }

    public void exportAuditJson(Instant from, Instant to, String actor, Writer out) {
        requireUser(actor);
        List<AuditEvent> events = audit(from, to);
        AuditExport.json(events, out);
        locked(() -> recordAudit(
                actor,
                "export",
                null,
                null,
                AuditOutcome.SUCCESS,
                "audit JSON export of " + events.size() + " events from " + from + " to " + to));
    }

    /**
     * Records a refusal decided by the caller (e.g. a user without the approver role) in the same audit trail as
     * the repository's own refusals.
     *
     * @param action e.g. {@code approve}; {@code kind}/{@code id} may be null for repository-wide actions
     */
    public void recordRefusal(String user, String action, AssetKind kind, String id, String reason) {
        requireUser(user);
        requireText(action, "action");
        requireText(reason, "reason");
        AssetRef ref = kind == null || id == null ? null : new AssetRef(kind, id);
        locked(() -> recordAudit(user, action, ref, null, AuditOutcome.REFUSED, reason));
    }

    /** Appends one event to {@code refs/piu/audit}; callers hold the write lock. */
    private Void recordAudit(
            String user, String action, AssetRef asset, String revision, AuditOutcome outcome, String detail)
            throws IOException {
        Snapshot s = snapshot;
        Instant now = now();
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
        try (ObjectInserter ins = inserter()) {
            ObjectId emptyTree = ins.insert(new TreeFormatter());
            commit = insertCommit(
                    ins,
                    emptyTree,
                    s.auditHead(),
                    user,
                    now,
                    new CommitMessage(
                            outcome + " " + action + (asset != null ? " " + asset.name() : ""), detail, trailers));
            ins.flush();
        }
        moveRef(AUDIT, s.auditHead(), commit, now);
        snapshot = new Snapshot(
                s.main(), s.mainTree(), s.timelines(), s.releasesHead(), s.releases(), commit, s.published());
        return null;
    }

    // ------------------------------------------------------------------------------------------------ integrity

    /**
     * Proves that the history was not rewritten: the anchor chain is intact, every anchored commit is still
     * reachable from its branch, release tags are where they were created and release contents match their hashes.
     * Problems name the ref, the object and the anchor-log line.
     */
    public VerificationReport verify() {
        return new HistoryVerifier(git, anchors, List.of(MAIN, RELEASES, AUDIT), RELEASES, TAG_PREFIX).verify(now());
    }

    /**
     * Packs the repository. Every save, transition and audit entry is written as loose, fsynced object files
     * (automatic gc is off so that no write ever waits for one): a busy year leaves hundreds of thousands of small
     * files, slowing reads, backups and bundle exports. Reachable objects go into a pack; unreachable objects
     * (there are none unless a ref was rewritten behind the repository's back) are pruned only after two weeks, as
     * Git does, and the anchor log still proves any rewrite. Writes wait while it runs.
     */
    public PackReport pack() {
        return locked(() -> {
            long started = System.nanoTime();
            try {
                var gc = org.eclipse.jgit.api.Git.wrap(git)
                        .gc()
                        .setExpire(java.util.Date.from(now().minus(Duration.ofDays(14))));
                java.util.Properties before = gc.getStatistics();
                java.util.Properties after = gc.call();
                return new PackReport(
                        count(before, "numberOfLooseObjects"),
                        count(after, "numberOfLooseObjects"),
                        count(after, "numberOfPackedObjects"),
                        count(after, "numberOfPackFiles"),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
                throw new RulesRepositoryException(
                        "packing the rules repository in " + dir + " failed: " + e.getMessage(), e);
            }
        });
    }

    private static long count(java.util.Properties statistics, String key) {
        Object value = statistics.get(key);
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }

    // ------------------------------------------------------------------------------------------------ rules as code

    /** Writes the whole repository (main, releases, audit, release tags) as a Git bundle; audited as an export. */
    public void exportBundle(OutputStream out, String actor) {
        requireUser(actor);
        try {
            BundleWriter writer = new BundleWriter(git);
            int refs = 0;
            for (Ref r : git.getRefDatabase().getRefs()) {
                if (!r.isSymbolic()) {
                    writer.include(r);
                    refs++;
                }
            }
            if (refs == 0) {
                throw new RulesRepositoryException("the repository is empty: nothing to export");
            }
            writer.writeBundle(NullProgressMonitor.INSTANCE, out);
            int n = refs;
            locked(() -> recordAudit(
                    actor, "export", null, null, AuditOutcome.SUCCESS, "git bundle export of " + n + " refs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bundle", e);
        }
    }

    /**
     * Imports asset files for promotion between environments: each path ({@code rules/R-1.yaml}, {@code
     * lists/x.yaml}, {@code scenarios/s.yaml}, sharded paths accepted) whose text differs from the current one
     * becomes a new draft revision (action {@code import}); unchanged files are skipped.
     *
     * @return the revisions created, in path order
     */
    public List<Revision> importAssets(Map<String, String> files, String actor, String justification) {
        requireUser(actor);
        requireText(justification, "justification");
        Map<AssetRef, String> parsed = new TreeMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            AssetRef ref = AssetRef.parse(e.getKey());
            if (parsed.put(ref, normalize(e.getValue())) != null) {
                throw new IllegalArgumentException("asset " + ref + " appears twice in the import");
            }
        }
        return locked(() -> {
            List<Revision> out = new ArrayList<>();
            for (Map.Entry<AssetRef, String> e : parsed.entrySet()) {
                AssetRef ref = e.getKey();
                Optional<AssetVersion> current = get(ref.kind(), ref.id());
                if (current.isPresent() && current.get().text().equals(e.getValue())) {
                    continue;
                }
                out.add(save(
                        ref,
                        e.getValue(),
                        actor,
                        justification,
                        current.map(AssetVersion::revision).orElse(null),
                        LifecycleAction.IMPORT));
            }
            return out;
        });
    }

    /**
     * Imports the assets at the head of main in a Git bundle written by {@link #exportBundle} (e.g. from the test
     * environment): each asset whose text differs becomes a draft revision, as with {@link #importAssets}. Only the
     * texts are taken over; lifecycle state and approvals are not, so the target environment approves them itself.
     */
    public List<Revision> importBundle(InputStream bundle, String actor, String justification) {
        requireUser(actor);
        requireText(justification, "justification");
        String incoming = "refs/piu/incoming/main";
        return locked(() -> {
            try (TransportBundleStream transport =
                    new TransportBundleStream(git, new URIish("bundle:import"), bundle)) {
                transport.fetch(NullProgressMonitor.INSTANCE, List.of(new RefSpec("+" + MAIN + ":" + incoming)));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            } catch (org.eclipse.jgit.errors.TransportException e) {
                throw new RulesRepositoryException("not a readable rules bundle: " + e.getMessage(), e);
            }
            Map<String, String> files = new TreeMap<>();
            try (ObjectReader reader = git.newObjectReader();
                    RevWalk walk = new RevWalk(reader);
                    TreeWalk tw = new TreeWalk(reader)) {
                Ref ref = git.exactRef(incoming);
                if (ref == null) {
                    throw new RulesRepositoryException("the bundle has no " + MAIN + " branch");
                }
                tw.addTree(walk.parseCommit(ref.getObjectId()).getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    String path = tw.getPathString();
                    if (path.endsWith(".yaml") && path.indexOf('/') > 0) {
                        files.put(
                                path, new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                RefUpdate delete = git.updateRef(incoming);
                delete.setForceUpdate(true);
                delete.delete();
            }
            return importAssets(files, actor, justification);
        });
    }

    // ------------------------------------------------------------------------------------------------ loading

    private Snapshot load() throws IOException {
        ObjectId main = refId(MAIN);
        ObjectId releasesHead = refId(RELEASES);
        ObjectId auditHead = refId(AUDIT);
        ObjectId mainTree = null;
        TimelineIndex.Loaded loaded = TimelineIndex.load(git, dir.resolve(TimelineIndex.FILE_NAME), main);
        if (loaded.commitsRead() > 0) {
            LOG.info("indexed {} commits of refs/heads/main into per-asset timelines", loaded.commitsRead());
            TimelineIndex.write(dir.resolve(TimelineIndex.FILE_NAME), main, loaded.timelines());
        }
        Map<AssetRef, AssetTimeline> timelines = loaded.timelines();
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
                TimelineMap.of(timelines),
                releasesHead,
                List.copyOf(releases),
                auditHead,
                Snapshot.publishedIn(releases));
    }

    /**
     * A crash between a ref update and its anchor leaves the newest value unanchored. Anchor it now, but only if it
     * descends from the last anchored value: anything else is a rewrite that verify() must report, not launder.
     */
    private void anchorRefsWrittenBeforeACrash() throws IOException {
        Map<String, String> lastAnchored = new HashMap<>();
        Set<String> anchoredTags = new HashSet<>();
        for (AnchorLog.Anchor a : anchors.read().anchors()) {
            lastAnchored.put(a.ref(), a.objectId());
            anchoredTags.add(a.ref());
        }
        Snapshot s = snapshot;
        Instant now = now();
        try (RevWalk walk = new RevWalk(git)) {
            Map<String, ObjectId> heads = new LinkedHashMap<>();
            heads.put(MAIN, s.main());
            heads.put(RELEASES, s.releasesHead());
            heads.put(AUDIT, s.auditHead());
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

    // ------------------------------------------------------------------------------------------------ plumbing

    private ObjectId refId(String name) throws IOException {
        Ref r = git.exactRef(name);
        return r == null ? null : r.getObjectId();
    }

    private AssetState readState(ObjectId tree, AssetRef ref) throws IOException {
        try (ObjectReader reader = git.newObjectReader()) {
            return readState(reader, tree, ref);
        }
    }

    private static AssetState readState(ObjectReader reader, ObjectId tree, AssetRef ref) throws IOException {
        return AssetStateFile.read(TreeFiles.read(reader, tree, ref.metaPath()));
    }

    private static String readText(ObjectReader reader, ObjectId tree, String path) throws IOException {
        return TreeFiles.readText(reader, tree, path);
    }

    private Instant now() {
        return clock.instant();
    }

    private static PersonIdent ident(String user, Instant when) {
        return new PersonIdent(user, user + "@piu", when, ZoneOffset.UTC);
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank() || user.chars().anyMatch(ch -> ch < 0x20 || ch == '<' || ch == '>')) {
            throw new IllegalArgumentException("invalid user '" + user + "': a non-blank name without control"
                    + " characters, '<' or '>' is required");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required and must not be blank");
        }
    }

    /** One trailing newline, LF line ends: the same text always gives the same blob. */
    private static String normalize(String content) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("asset content is required and must not be blank");
        }
        String s = content.replace("\r\n", "\n").stripTrailing();
        return s + "\n";
    }

    @FunctionalInterface
    private interface Write<T> {
        T run() throws IOException;
    }

    private <T> T locked(Write<T> write) {
        writeLock.lock();
        try {
            return write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rules repository write failed in " + dir, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Saves the timeline index (so the next open reads only newer commits) and closes the repository. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            Snapshot s = snapshot;
            TimelineIndex.write(
                    dir.resolve(TimelineIndex.FILE_NAME),
                    s.main(),
                    s.timelines().toMap());
        } catch (IOException e) {
            LOG.warn("cannot save {} (the next open re-reads the log): {}", TimelineIndex.FILE_NAME, e.toString());
        } finally {
            writeLock.unlock();
            git.close();
        }
    }
}
