package org.piu.targeting.matching.retrieval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.piu.targeting.matching.document.DocumentNumber;
import org.piu.targeting.matching.normalize.GivenNameEquivalences;
import org.piu.targeting.matching.normalize.NameRendering;
import org.piu.targeting.matching.normalize.NameToken;
import org.piu.targeting.matching.normalize.NormalizedName;

/**
 * The keyword keys under which a name is indexed and looked up. Every key family catches a different kind of
 * variation, so a candidate is found when any family agrees:
 * <ul>
 *   <li>{@code tok} folded tokens (exact spelling after diacritic folding and romanization)</li>
 *   <li>{@code key} phonetic keys ({@link org.piu.targeting.matching.normalize.PhoneticKey}: romanization variants)</li>
 *   <li>{@code dm} Double Metaphone codes (sound-alike spellings)</li>
 *   <li>{@code skel} consonant skeletons (unvocalized Arabic, vowel noise)</li>
 *   <li>{@code del} single-deletion neighbourhood of the phonetic key (typos: two keys within one edit each share one)</li>
 *   <li>{@code eq} given-name equivalence classes (cognates and diminutives)</li>
 *   <li>{@code doc} canonical travel-document numbers</li>
 * </ul>
 */
public final class RetrievalKeys {

    public static final List<String> NAME_FIELDS = List.of("tok", "key", "dm", "skel", "del", "eq");
    public static final String DOCUMENT_FIELD = "doc";

    private final GivenNameEquivalences equivalences;
    private final ThreadLocal<DoubleMetaphone> metaphone = ThreadLocal.withInitial(DoubleMetaphone::new);

    public RetrievalKeys(GivenNameEquivalences equivalences) {
        this.equivalences = equivalences;
    }

    /** Keys per field for a set of names (primary and aliases), all renderings. */
    public Map<String, Set<String>> forNames(List<NormalizedName> names) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String f : NAME_FIELDS) {
            out.put(f, new LinkedHashSet<>());
        }
        for (NormalizedName n : names) {
            for (NameRendering r : n.renderings()) {
                for (NameToken t : r.tokens()) {
                    add(out, t);
                }
                // joined neighbours: "Al Rashid"/"Alrashid", "Abd al-Rahman"/"Abdulrahman"
                for (int i = 0; i + 1 < r.tokens().size(); i++) {
                    NameToken a = r.tokens().get(i);
                    NameToken b = r.tokens().get(i + 1);
                    if (a.kind() == NameToken.Kind.INITIAL || b.kind() == NameToken.Kind.INITIAL) {
                        continue;
                    }
                    out.get("key")
                            .add(NameToken.of(a.text() + b.text(), a.role(), a.abjad())
                                    .key());
                }
            }
        }
        return out;
    }

    private void add(Map<String, Set<String>> out, NameToken t) {
        if (t.kind() == NameToken.Kind.INITIAL) {
            return;
        }
        out.get("tok").add(t.text());
        String key = t.key();
        out.get("key").add(key);
        if (!t.abjad()) {
            DoubleMetaphone dm = metaphone.get();
            String p = dm.doubleMetaphone(t.text());
            if (p != null && !p.isEmpty()) {
                out.get("dm").add(p);
            }
            String a = dm.doubleMetaphone(t.text(), true);
            if (a != null && !a.isEmpty()) {
                out.get("dm").add(a);
            }
        }
        String skel = t.skeleton();
        if (skel.length() >= 2) {
            out.get("skel").add(skel);
        }
        if (key.length() >= 4 && key.length() <= 16) {
            for (int i = 0; i < key.length(); i++) {
                out.get("del").add(key.substring(0, i) + key.substring(i + 1));
            }
        }
        if (key.length() >= 3) {
            out.get("del").add(key);
        }
        for (String c : equivalences.classesOf(t.text())) {
            out.get("eq").add(c);
        }
    }

    public static Set<String> forDocuments(List<String> numbers) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : numbers) {
            String c = DocumentNumber.canonical(n);
            if (c.length() >= 5) {
                out.add(c);
            }
        }
        return out;
    }
}
