package org.piu.targeting.matching.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Given-name equivalence classes (cognates, transliteration variants, diminutives) read from
 * {@code given-name-classes.txt}. Names are looked up by their {@link PhoneticKey}, so every spelling that folds
 * to the same key shares the classes of the listed form.
 */
public final class GivenNameEquivalences {

    private static final String RESOURCE = "given-name-classes.txt";
    private static final GivenNameEquivalences BUILT_IN = load();

    private final Map<String, int[]> classesByKey;
    private final List<String> classIds;

    private GivenNameEquivalences(Map<String, int[]> classesByKey, List<String> classIds) {
        this.classesByKey = classesByKey;
        this.classIds = classIds;
    }

    public static GivenNameEquivalences builtIn() {
        return BUILT_IN;
    }

    /** Class ids of a token, e.g. "alexander" for "Oleksandr"; empty when the name is in no class. */
    public Set<String> classesOf(String token) {
        int[] ids = classesByKey.get(PhoneticKey.of(LatinFolding.plain(token)));
        Set<String> out = new TreeSet<>();
        if (ids != null) {
            for (int id : ids) {
                out.add(classIds.get(id));
            }
        }
        return out;
    }

    /** True when two tokens share a class. */
    public boolean equivalent(NameToken a, NameToken b) {
        int[] x = classesByKey.get(a.key());
        if (x == null) {
            return false;
        }
        int[] y = classesByKey.get(b.key());
        if (y == null) {
            return false;
        }
        for (int i : x) {
            for (int j : y) {
                if (i == j) {
                    return true;
                }
            }
        }
        return false;
    }

    public int size() {
        return classIds.size();
    }

    private static GivenNameEquivalences load() {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<String> ids = new ArrayList<>();
        try (InputStream in = GivenNameEquivalences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource " + RESOURCE + " missing next to " + GivenNameEquivalences.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException(
                            RESOURCE + " line " + lineNo + ": expected 'class-id: name, name, ...'");
                }
                int id = ids.size();
                ids.add(line.substring(0, colon).strip());
                for (String name : line.substring(colon + 1).split(",")) {
                    String folded = LatinFolding.plain(name.strip()).replaceAll("[^a-z]", "");
                    if (folded.isEmpty()) {
                        continue;
                    }
                    List<Integer> list = byKey.computeIfAbsent(
                            PhoneticKey.of(PhoneticKey.stripArabicPrefix(folded)), k -> new ArrayList<>());
                    if (!list.contains(id)) {
                        list.add(id);
                    }
                    List<Integer> raw = byKey.computeIfAbsent(PhoneticKey.of(folded), k -> new ArrayList<>());
                    if (!raw.contains(id)) {
                        raw.add(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, int[]> out = new HashMap<>();
        byKey.forEach(
                (k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new GivenNameEquivalences(out, List.copyOf(ids));
    }
}
