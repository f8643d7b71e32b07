package org.piu.targeting.matching.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines: one object per line, e.g.
 * {@code {"entryId":"E1","names":["ЧОБАНУ Ион","Ion Ciobanu"],"dateOfBirth":"1985-03-02","gender":"M",
 * "nationalities":["MDA"],"documents":[{"type":"P","number":"AB123","issuingCountry":"MDA"}]}}.
 * Also accepted: "name" (single), "datesOfBirth" (array), "nationality" (single), "documentNumber".
 */
public final class JsonLinesEntryReader implements EntryReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ParsedEntries read(InputStream in, ImportProgress progress) {
        List<WatchlistEntry> entries = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int row = 0;
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                try {
                    JsonNode n = JSON.readTree(line);
                    if (!n.isObject()) {
                        throw new IllegalArgumentException("expected a JSON object");
                    }
                    WatchlistEntry e = entry(n);
                    if (!seen.add(e.entryId())) {
                        throw new IllegalArgumentException("duplicate entryId " + e.entryId());
                    }
                    entries.add(e);
                } catch (JacksonException e) {
                    rejected.add(new RejectedRow(row, "invalid JSON: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    rejected.add(new RejectedRow(row, e.getMessage()));
                }
                if (rows % 10_000 == 0) {
                    progress.update(ImportProgress.Stage.READING, rows, 0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON lines after line " + row, e);
        }
        progress.update(ImportProgress.Stage.READING, rows, 0);
        return new ParsedEntries(entries, rejected, rows);
    }

    static WatchlistEntry entry(JsonNode n) {
        String id = text(n, "entryId");
        if (id.isEmpty()) {
            id = text(n, "entry_id");
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException("entryId is missing");
        }
        List<String> names = strings(n, "names");
        if (names.isEmpty()) {
            names = strings(n, "name");
        }
        List<DateOfBirth> dobs = new ArrayList<>();
        List<String> dobTexts = new ArrayList<>(strings(n, "datesOfBirth"));
        dobTexts.addAll(strings(n, "dateOfBirth"));
        for (String d : dobTexts) {
            dobs.add(DateOfBirth.parse(d).orElseThrow());
        }
        List<String> nationalities = new ArrayList<>(strings(n, "nationalities"));
        nationalities.addAll(strings(n, "nationality"));
        List<ListedDocument> docs = new ArrayList<>();
        JsonNode d = n.get("documents");
        if (d != null && d.isArray()) {
            for (JsonNode x : d) {
                docs.add(new ListedDocument(text(x, "type"), text(x, "number"), text(x, "issuingCountry")));
            }
        }
        for (String s : strings(n, "documentNumber")) {
            docs.add(document(s));
        }
        String g = text(n, "gender");
        return new WatchlistEntry(id, names, dobs, Gender.parse(g), nationalities, docs);
    }

    /** "AB123456" or "MDA:AB123456" (issuing country first). */
    static ListedDocument document(String text) {
        int colon = text.indexOf(':');
        if (colon > 0 && colon <= 3) {
            return new ListedDocument("", text.substring(colon + 1).strip(), text.substring(0, colon));
        }
        return new ListedDocument("", text, "");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asString().strip();
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isNull() && !x.asString().isBlank()) {
                    out.add(x.asString().strip());
                }
            }
        } else if (!v.asString().isBlank()) {
            out.add(v.asString().strip());
        }
        return out;
    }
}
