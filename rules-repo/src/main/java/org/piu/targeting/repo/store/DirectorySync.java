package org.piu.targeting.repo.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * fsyncs directories. JGit fsyncs the content of loose objects and ref files (core.fsyncObjectFiles,
 * core.fsyncRefFiles) before renaming them into place, but not the directory that records the rename; without
 * this a power cut could keep a ref file yet lose the directory entry of an object it needs.
 */
public final class DirectorySync {

    private DirectorySync() {
    }

    public static void sync(Collection<Path> directories) throws IOException {
        for (Path dir : new LinkedHashSet<>(directories)) {
            if (!Files.isDirectory(dir)) {
                continue; // e.g. refs/piu when the ref lives in packed-refs
            }
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
    }
}
