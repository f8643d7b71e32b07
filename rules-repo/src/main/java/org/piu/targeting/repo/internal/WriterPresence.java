package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says whether a repository's writer died: every open repository holds an operating-system lock on one file of its
 * directory, which the kernel releases when the process ends, however it ends. A repository opened while no other
 * process and no other instance in this process holds that lock knows that every Git lock file ({@code *.lock})
 * in it was left by a killed writer between creating the lock and renaming it into place: the ref was never
 * moved and the write never acknowledged, so deleting the lock loses nothing and lets the next write through.
 */
final class WriterPresence implements AutoCloseable {

    static final String FILE_NAME = "piu-writer.lock";

    private static final Logger LOG = LoggerFactory.getLogger(WriterPresence.class);

    /** Instances open in this process, per directory: the OS lock is per process, so the count is ours to keep. */
    private static final Map<Path, Holder> OPEN = new HashMap<>();

    private record Holder(FileChannel channel, FileLock lock, int instances) {}

    private final Path dir;

    private WriterPresence(Path dir) {
        this.dir = dir;
    }

    /** Registers an open instance of the repository in {@code dir}; clears a dead writer's lock files if alone. */
    static WriterPresence enter(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            Holder held = OPEN.get(key);
            if (held != null) {
                OPEN.put(key, new Holder(held.channel(), held.lock(), held.instances() + 1));
                return new WriterPresence(key);
            }
            FileChannel channel =
                    FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                // another process has the repository open: its lock files may be live, leave them
                channel.close();
                return new WriterPresence(null);
            }
            OPEN.put(key, new Holder(channel, lock, 1));
            removeDeadWritersLocks(key);
            return new WriterPresence(key);
        }
    }

    private static void removeDeadWritersLocks(Path dir) throws IOException {
        List<Path> stale;
        try (Stream<Path> files = Stream.concat(
                Files.exists(dir.resolve("refs")) ? Files.walk(dir.resolve("refs")) : Stream.empty(),
                Stream.of(dir.resolve("packed-refs.lock"), dir.resolve("config.lock"), dir.resolve("HEAD.lock")))) {
            stale = files.filter(p -> p.getFileName().toString().endsWith(".lock"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        for (Path lockFile : stale) {
            LOG.warn("removing {}, left by a writer that stopped before moving its ref", dir.relativize(lockFile));
            Files.delete(lockFile);
        }
    }

    @Override
    public void close() throws IOException {
        if (dir == null) {
            return;
        }
        synchronized (OPEN) {
            Holder held = OPEN.get(dir);
            if (held == null) {
                return;
            }
            if (held.instances() > 1) {
                OPEN.put(dir, new Holder(held.channel(), held.lock(), held.instances() - 1));
                return;
            }
            OPEN.remove(dir);
            held.lock().release();
            held.channel().close();
        }
    }
}
