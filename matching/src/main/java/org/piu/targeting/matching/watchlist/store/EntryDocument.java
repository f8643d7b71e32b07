package org.piu.targeting.matching.watchlist.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piu.targeting.matching.normalize.NormalizedName;
import org.piu.targeting.matching.retrieval.RetrievalKeys;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/** The Elasticsearch document of a watchlist entry: the entry as stored source plus its keyword keys. */
public final class EntryDocument {

    /** Birth years (each year of a range), a ranking hint only: retrieval never requires it. */
    public static final String BIRTH_YEAR_FIELD = "by";

    private EntryDocument() {}

    static Map<String, Object> of(WatchlistEntry e, List<NormalizedName> names, RetrievalKeys keys) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("entryId", e.entryId());
        doc.put("names", e.names());
        doc.put(
                "datesOfBirth",
                e.datesOfBirth().stream().map(DateOfBirth::toString).toList());
        doc.put("gender", e.gender().name());
        doc.put("nationalities", e.nationalities());
        List<Map<String, String>> docs = new ArrayList<>();
        for (ListedDocument d : e.documents()) {
            docs.add(Map.of("type", d.type(), "number", d.number(), "issuingCountry", d.issuingCountry()));
        }
        doc.put("documents", docs);
        List<String> years = new ArrayList<>();
        for (DateOfBirth d : e.datesOfBirth()) {
            for (int y = d.year(); y <= d.toYear() && years.size() < 20; y++) {
                years.add(Integer.toString(y));
            }
        }
        doc.put(BIRTH_YEAR_FIELD, years);
        for (Map.Entry<String, Set<String>> k : keys.forNames(names).entrySet()) {
            doc.put(k.getKey(), List.copyOf(k.getValue()));
        }
        doc.put(
                RetrievalKeys.DOCUMENT_FIELD,
                List.copyOf(RetrievalKeys.forDocuments(
                        e.documents().stream().map(ListedDocument::number).toList())));
        return doc;
    }

    @SuppressWarnings("unchecked")
    public static WatchlistEntry toEntry(Map<String, Object> src) {
        List<DateOfBirth> dobs = new ArrayList<>();
        for (Object d : (List<Object>) src.getOrDefault("datesOfBirth", List.of())) {
            DateOfBirth.parse(String.valueOf(d)).ifPresent(dobs::add);
        }
        List<ListedDocument> docs = new ArrayList<>();
        for (Object o : (List<Object>) src.getOrDefault("documents", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            docs.add(new ListedDocument(str(m.get("type")), str(m.get("number")), str(m.get("issuingCountry"))));
        }
        return new WatchlistEntry(
                str(src.get("entryId")),
                strings(src.get("names")),
                dobs,
                Gender.valueOf(str(src.getOrDefault("gender", "UNKNOWN"))),
                strings(src.get("nationalities")),
                docs);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        return ((List<Object>) o).stream().map(String::valueOf).toList();
    }
}
