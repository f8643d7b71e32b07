package org.piu.targeting.repo.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.lifecycle.LifecycleAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-asset timelines of the main branch, cached in {@code piu-timelines.idx} (a checksummed binary file in the
 * repository directory) so that opening a 50,000-commit repository does not re-read every commit. The cache is
 * only a shortcut: on open, commits newer than the cached head are read and appended; if the cached head is not an
 * ancestor of main (history rewritten, which verify() reports) or the file is damaged, the index is rebuilt from
 * the log.
 */
final class TimelineIndex {

    static final String FILE_NAME = "piu-timelines.idx";
    private static final Logger LOG = LoggerFactory.getLogger(TimelineIndex.class);
    private static final byte[] MAGIC = "PIUTL1\n".getBytes(StandardCharsets.US_ASCII);

    private TimelineIndex() {}

    /** Result of loading: the timelines and how many commits had to be read from the log. */
    record Loaded(Map<AssetRef, AssetTimeline> timelines, int commitsRead) {}

    static Loaded load(Repository git, Path file, ObjectId main) throws IOException {
        if (main == null) {
            return new Loaded(new HashMap<>(), 0);
        }
        Cached cached = read(file);
        try (RevWalk walk = new RevWalk(git)) {
            Map<AssetRef, AssetTimeline> timelines = new HashMap<>();
            RevCommit head = walk.parseCommit(main);
            if (cached != null
                    && git.getObjectDatabase().has(cached.head())
                    && walk.isMergedInto(walk.parseCommit(cached.head()), head)) {
                timelines.putAll(cached.timelines());
                walk.reset();
                walk.markUninteresting(walk.parseCommit(cached.head()));
            } else if (cached != null) {
                LOG.warn("{} does not match refs/heads/main: rebuilding it from the log", file);
                walk.reset();
            }
            walk.markStart(walk.parseCommit(main));
            List<RevCommit> newer = new ArrayList<>();
            for (RevCommit c : walk) {
                newer.add(c);
            }
            Collections.reverse(newer);
            for (RevCommit c : newer) {
                CommitMessage msg = CommitMessage.parse(c.getFullMessage());
                String action = msg.trailer(CommitMessage.ACTION);
                String asset = msg.trailer(CommitMessage.ASSET);
                if (action != null && asset != null) {
                    AssetRef ref = AssetRef.parse(asset);
                    boolean revision = LifecycleAction.fromTrailer(action).createsRevision();
                    AssetTimeline t = timelines.get(ref);
                    ObjectId id = c.copy();
                    timelines.put(ref, t == null ? new AssetTimeline(List.of(id), id) : t.append(id, revision));
                }
                c.disposeBody();
            }
            return new Loaded(timelines, newer.size());
        }
    }

    private record Cached(ObjectId head, Map<AssetRef, AssetTimeline> timelines) {}

    private static Cached read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            byte[] all = Files.readAllBytes(file);
            if (all.length < MAGIC.length + 20 + 32) {
                return null;
            }
            byte[] body = Arrays.copyOf(all, all.length - 32);
            if (!Arrays.equals(sha256(body), Arrays.copyOfRange(all, all.length - 32, all.length))) {
                LOG.warn("{} is damaged (checksum mismatch): rebuilding it from the log", file);
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                return null;
            }
            ObjectId head = readId(in);
            int assets = in.readInt();
            Map<AssetRef, AssetTimeline> timelines = new HashMap<>(assets * 2);
            for (int i = 0; i < assets; i++) {
                AssetRef ref = AssetRef.parse(in.readUTF());
                ObjectId revision = readId(in);
                int n = in.readInt();
                List<ObjectId> events = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    events.add(readId(in));
                }
                timelines.put(ref, new AssetTimeline(events, revision));
            }
            return new Cached(head, timelines);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {} ({}): rebuilding it from the log", file, e.toString());
            return null;
        }
    }

    /** Writes the cache atomically (temp file + rename); it is a cache, so no fsync. */
    static void write(Path file, ObjectId head, Map<AssetRef, AssetTimeline> timelines) throws IOException {
        if (head == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + timelines.size() * 100);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        head.copyRawTo(out);
        out.writeInt(timelines.size());
        for (Map.Entry<AssetRef, AssetTimeline> e : timelines.entrySet()) {
            out.writeUTF(e.getKey().name());
            e.getValue().revision().copyRawTo(out);
            out.writeInt(e.getValue().events().size());
            for (ObjectId id : e.getValue().events()) {
                id.copyRawTo(out);
            }
        }
        out.flush();
        byte[] body = bytes.toByteArray();
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (var os = Files.newOutputStream(tmp)) {
            os.write(body);
            os.write(sha256(body));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ObjectId readId(DataInputStream in) throws IOException {
        byte[] raw = in.readNBytes(20);
        if (raw.length != 20) {
            throw new IOException("truncated object id");
        }
        return ObjectId.fromRaw(raw);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
