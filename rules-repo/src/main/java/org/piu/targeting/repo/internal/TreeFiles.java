package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.piu.targeting.repo.AssetNotFoundException;

/** Reads one file of a Git tree by path. */
final class TreeFiles {

    private TreeFiles() {}

    static byte[] read(ObjectReader reader, ObjectId tree, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, tree)) {
            if (tw == null) {
                throw new AssetNotFoundException(path + " is missing from tree " + tree.name());
            }
            return reader.open(tw.getObjectId(0)).getBytes();
        }
    }

    static String readText(ObjectReader reader, ObjectId tree, String path) throws IOException {
        return new String(read(reader, tree, path), StandardCharsets.UTF_8);
    }
}
