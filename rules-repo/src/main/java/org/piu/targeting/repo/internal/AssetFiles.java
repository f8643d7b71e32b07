package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.piu.targeting.repo.AssetKind;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.lifecycle.AssetState;

/** Blob ids of an asset's text ({@code <id>.yaml}) and lifecycle state ({@code <id>.meta.json}) in a tree. */
record AssetFiles(ObjectId text, ObjectId meta) {

    private static final String TEXT = ".yaml";
    private static final String META = ".meta.json";

    String readText(ObjectReader reader) throws IOException {
        return new String(reader.open(text).getBytes(), StandardCharsets.UTF_8);
    }

    AssetState readState(ObjectReader reader) throws IOException {
        return AssetStateFile.read(reader.open(meta).getBytes());
    }

    /** One recursive walk over a kind's folder at the head of main, instead of a path lookup per asset. */
    static Map<AssetRef, AssetFiles> of(ObjectReader reader, Snapshot s, AssetKind kind) throws IOException {
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
                    if (name.endsWith(META)) {
                        metas.put(name.substring(0, name.length() - META.length()), tw.getObjectId(0));
                    } else if (name.endsWith(TEXT)) {
                        texts.put(name.substring(0, name.length() - TEXT.length()), tw.getObjectId(0));
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

    /** The lifecycle state of an asset in a tree. */
    static AssetState state(Repository git, ObjectId tree, AssetRef ref) throws IOException {
        try (ObjectReader reader = git.newObjectReader()) {
            return state(reader, tree, ref);
        }
    }

    static AssetState state(ObjectReader reader, ObjectId tree, AssetRef ref) throws IOException {
        return AssetStateFile.read(TreeFiles.read(reader, tree, ref.metaPath()));
    }
}
