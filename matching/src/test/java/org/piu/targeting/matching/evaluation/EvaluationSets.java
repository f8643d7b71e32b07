package org.piu.targeting.matching.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.matching.importer.CsvEntryReader;
import org.piu.targeting.matching.importer.CsvRecords;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ParsedEntries;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/** Readers for the evaluation inputs: our CSV formats and converters for the public benchmark files. */
final class EvaluationSets {

    /** {@code pairwise}: every query concerns one entry and is scored on that pair only (nomenklatura). */
    record Set(String name, List<WatchlistEntry> watchlist, List<EvaluationQuery> queries, boolean pairwise) {
        Set(String name, List<WatchlistEntry> watchlist, List<EvaluationQuery> queries) {
            this(name, watchlist, queries, false);
        }
    }

    private EvaluationSets() {}

    static ParsedEntries watchlistCsv(InputStream in) {
        return new CsvEntryReader().read(in, ImportProgress.NONE);
    }

    /** {@code query_id,name,date_of_birth,gender,nationality,expected_entry_id,category}. */
    static List<EvaluationQuery> queriesCsv(BufferedReader r) {
        CsvRecords rec = new CsvRecords(r);
        List<String> header = rec.next();
        int id = header.indexOf("query_id"),
                name = header.indexOf("name"),
                dob = header.indexOf("date_of_birth"),
                gender = header.indexOf("gender"),
                nat = header.indexOf("nationality"),
                exp = header.indexOf("expected_entry_id"),
                cat = header.indexOf("category");
        if (id < 0 || name < 0 || exp < 0) {
            throw new IllegalArgumentException(
                    "queries CSV header must have query_id,name,date_of_birth,gender,nationality,expected_entry_id,category; was "
                            + header);
        }
        List<EvaluationQuery> out = new ArrayList<>();
        List<String> f;
        while ((f = rec.next()) != null) {
            if (f.size() < header.size()) {
                continue;
            }
            DateOfBirth d = dob < 0 ? null : DateOfBirth.parse(f.get(dob)).orElse(null);
            PersonQuery q = new PersonQuery(
                    f.get(id),
                    f.get(name),
                    null,
                    null,
                    d,
                    gender < 0 ? null : Gender.parse(f.get(gender)),
                    nat < 0 ? null : f.get(nat),
                    null,
                    null);
            out.add(new EvaluationQuery(q, f.get(exp).strip(), cat < 0 ? "" : f.get(cat)));
        }
        return out;
    }

    /** nomenklatura person pairs as a list (distinct name1 values) and queries (name2, expecting name1's entry or nothing). */
    static Set nomenklatura(Path csv) throws IOException {
        NomenklaturaPairs pairs = NomenklaturaPairs.read(csv);
        Map<String, String> ids = new LinkedHashMap<>();
        for (NomenklaturaPairs.Pair p : pairs.pairs()) {
            ids.computeIfAbsent(p.listed(), k -> "N" + (ids.size() + 1));
        }
        List<WatchlistEntry> list = new ArrayList<>();
        ids.forEach((n, i) -> list.add(new WatchlistEntry(i, List.of(n), null, null, null, null)));
        List<EvaluationQuery> queries = new ArrayList<>();
        int q = 0;
        for (NomenklaturaPairs.Pair p : pairs.pairs()) {
            // the pair's own entry is the one that must (not) be found
            queries.add(new EvaluationQuery(
                    PersonQuery.ofName("Q" + (++q), p.query()),
                    ids.get(p.listed()),
                    p.match() ? "match" : "non-match",
                    p.match()));
        }
        return new Set("nomenklatura-person-pairs", list, queries, true);
    }

    /** yente UN originals as the list; treated rows as positives (row N finds entry N); optional negatives. */
    static Set yente(Path dir, int negatives) throws IOException {
        List<Map<String, String>> orig = rows(dir.resolve("yente-positives-un-original.csv"));
        List<Map<String, String>> treated = rows(dir.resolve("yente-positives-un-treated.csv"));
        List<WatchlistEntry> list = new ArrayList<>();
        for (int i = 0; i < orig.size(); i++) {
            list.add(entry("UN" + (i + 1), orig.get(i)));
        }
        List<EvaluationQuery> queries = new ArrayList<>();
        for (int i = 0; i < treated.size(); i++) {
            queries.add(new EvaluationQuery(person("T" + (i + 1), treated.get(i)), "UN" + (i + 1), "un-treated"));
        }
        if (negatives > 0) {
            List<Map<String, String>> neg = rows(dir.resolve("yente-negatives-global.csv"));
            for (int i = 0; i < Math.min(negatives, neg.size()); i++) {
                queries.add(new EvaluationQuery(person("G" + (i + 1), neg.get(i)), "", "negative"));
            }
        }
        return new Set("yente-un", list, queries);
    }

    private static WatchlistEntry entry(String id, Map<String, String> r) {
        List<DateOfBirth> dobs = new ArrayList<>();
        dob(r.get("date_of_birth"), dobs);
        String nat = r.getOrDefault("nationality", "");
        return new WatchlistEntry(
                id,
                List.of(r.get("full_name")),
                dobs,
                Gender.parse(r.get("gender")),
                nat.isBlank() ? List.of() : List.of(nat),
                null);
    }

    private static PersonQuery person(String id, Map<String, String> r) {
        List<DateOfBirth> dobs = new ArrayList<>();
        dob(r.get("date_of_birth"), dobs);
        return new PersonQuery(
                id,
                r.get("full_name"),
                null,
                null,
                dobs.isEmpty() ? null : dobs.getFirst(),
                Gender.parse(r.get("gender")),
                r.get("nationality"),
                null,
                null);
    }

    private static void dob(String text, List<DateOfBirth> out) {
        try {
            DateOfBirth.parse(text).ifPresent(out::add);
        } catch (IllegalArgumentException e) {
            // benchmark rows with malformed dates ("1969-7-16" parses; others are ignored as unknown)
        }
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvRecords rec = new CsvRecords(r);
            List<String> header = rec.next();
            List<String> f;
            while ((f = rec.next()) != null) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < f.size(); i++) {
                    m.put(header.get(i), f.get(i));
                }
                out.add(m);
            }
        }
        return out;
    }
}
