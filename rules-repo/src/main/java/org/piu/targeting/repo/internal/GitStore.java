package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.RulesRepositoryException;
import org.piu.targeting.repo.lifecycle.AssetState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bare Git repository under the facade: its three refs, the write lock, the anchor log and the snapshot that
 * readers use without locking. Every write goes through {@link #locked}, inserts its objects, then moves one ref
 * with a compare-and-swap on its old value ({@link #moveRef}), fsyncs the ref's directory and anchors the new value.
 */
public final class GitStore implements AutoCloseable {

    static final String MAIN = "refs/heads/main";
    static final String RELEASES = "refs/piu/releases";
    static final String AUDIT = "refs/piu/audit";
    static final String TAG_PREFIX = "refs/tags/release-";

    private static final Logger LOG = LoggerFactory.getLogger(GitStore.class);

    private final Path dir;
    private final Repository git;
    private final AnchorLog anchors;
    private final Clock clock;
    private final WriterPresence presence;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Snapshot snapshot;

    private GitStore(Path dir, Repository git, WriterPresence presence, Clock clock) throws IOException {
        this.dir = dir;
        this.git = git;
        this.presence = presence;
        this.clock = clock;
        this.anchors = new AnchorLog(dir.resolve(AnchorLog.FILE_NAME));
        this.snapshot = Snapshot.load(git, dir);
        AnchorRecovery.anchorHeadsWrittenBeforeACrash(git, anchors, snapshot, now());
    }

    /** Opens the bare repository in {@code dir}, creating it (and the directory) when it does not exist. */
    public static GitStore open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Repository repo = build(dir);
            if (!repo.getObjectDatabase().exists()) {
                repo.create(true);
            }
            WriterPresence presence = WriterPresence.enter(dir);
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
                repo = build(dir); // re-read so the inserter sees the fsync settings
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null
                    || !head.isSymbolic()
                    || !MAIN.equals(head.getTarget().getName())) {
                repo.updateRef(Constants.HEAD).link(MAIN); // so that plain `git log` shows the asset history
            }
            return new GitStore(dir, repo, presence, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open rules repository in " + dir, e);
        }
    }

    /** JGit's public builder; it makes the same file-based repository as its internal constructor would. */
    private static Repository build(Path dir) throws IOException {
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
    }

    public Path directory() {
        return dir;
    }

    Repository git() {
        return git;
    }

    AnchorLog anchors() {
        return anchors;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Publishes the state after a write; callers hold the write lock. */
    void advance(Snapshot next) {
        snapshot = next;
    }

    Instant now() {
        return clock.instant();
    }

    @FunctionalInterface
    interface Write<T> {
        T run() throws IOException;
    }

    /** Runs one write under the repository's lock: writes are serialized, reads never wait for them. */
    <T> T locked(Write<T> write) {
        writeLock.lock();
        try {
            return write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rules repository write failed in " + dir, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Commits an asset's new text (null to keep it) and lifecycle state on main, moves main and returns the commit.
     *
     * @param newRevision whether the commit creates a content revision (a save or import)
     */
    ObjectId commitOnMain(
            AssetRef ref,
            String text,
            AssetState state,
            String actor,
            Instant now,
            CommitMessage message,
            boolean newRevision)
            throws IOException {
        Snapshot s = snapshot;
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
            commit = insertCommit(ins, tree, s.main(), actor, now, message);
            ins.flush();
        }
        moveRef(MAIN, s.main(), commit, now);
        snapshot = s.withMainCommit(commit, tree, ref, newRevision);
        return commit;
    }

    ObjectId insertCommit(
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
    void moveRef(String name, ObjectId expectedOld, ObjectId newId, Instant now) throws IOException {
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
    ObjectInserter inserter() {
        return git.newObjectInserter();
    }

    static PersonIdent ident(String user, Instant when) {
        return new PersonIdent(user, user + "@piu", when, ZoneOffset.UTC);
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
            try {
                presence.close();
            } catch (IOException e) {
                LOG.warn("cannot release {}: {}", WriterPresence.FILE_NAME, e.toString());
            }
        }
    }
}
