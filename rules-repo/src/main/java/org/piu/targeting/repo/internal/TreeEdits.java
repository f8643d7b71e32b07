package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Rewrites only the trees on the paths that change (root → folder → shard), leaving every other subtree as it is;
 * O(depth × width) per commit instead of rebuilding an index of the whole tree.
 */
final class TreeEdits {

    private record Entry(String name, FileMode mode, ObjectId id) {
        String sortKey() {
            // Git orders a tree's entries by name, with sub-trees compared as if they ended in '/'
            return mode == FileMode.TREE ? name + "/" : name;
        }
    }

    private TreeEdits() {}

    /**
     * @param tree  the tree to edit, or null for an empty one
     * @param edits path → blob id to put there
     * @return the id of the new tree (inserted, not flushed)
     */
    static ObjectId apply(ObjectReader reader, ObjectInserter inserter, AnyObjectId tree, Map<String, ObjectId> edits)
            throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        if (tree != null) {
            CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree);
            while (!parser.eof()) {
                String name = parser.getEntryPathString();
                entries.put(name, new Entry(name, parser.getEntryFileMode(), parser.getEntryObjectId()));
                parser.next();
            }
        }
        Map<String, Map<String, ObjectId>> bySubtree = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectId> e : edits.entrySet()) {
            String path = e.getKey();
            int slash = path.indexOf('/');
            if (slash < 0) {
                entries.put(path, new Entry(path, FileMode.REGULAR_FILE, e.getValue()));
            } else {
                bySubtree
                        .computeIfAbsent(path.substring(0, slash), k -> new LinkedHashMap<>())
                        .put(path.substring(slash + 1), e.getValue());
            }
        }
        for (Map.Entry<String, Map<String, ObjectId>> sub : bySubtree.entrySet()) {
            Entry existing = entries.get(sub.getKey());
            ObjectId base = existing != null && existing.mode() == FileMode.TREE ? existing.id() : null;
            ObjectId edited = apply(reader, inserter, base, sub.getValue());
            entries.put(sub.getKey(), new Entry(sub.getKey(), FileMode.TREE, edited));
        }
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(Entry::sortKey));
        TreeFormatter formatter = new TreeFormatter();
        for (Entry e : sorted) {
            formatter.append(e.name(), e.mode(), e.id());
        }
        return inserter.insert(formatter);
    }
}
