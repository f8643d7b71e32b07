package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * fsyncs directories. JGit fsyncs a ref file (core.fsyncRefFiles) before renaming it into place but not the
 * directory that records the rename: without this the acknowledged ref value could be lost by a power cut.
 */
final class DirectorySync {

    private DirectorySync() {}

    static void sync(Collection<Path> directories) throws IOException {
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
