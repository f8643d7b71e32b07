package org.piu.targeting.matching.importer;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.piu.targeting.matching.watchlist.DateOfBirth;
import org.piu.targeting.matching.watchlist.Gender;
import org.piu.targeting.matching.watchlist.ListedDocument;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * The watchlist CSV (docs/formats/watchlists.md): header {@code entry_id,names,date_of_birth,gender,nationality,document_number};
 * names and nationalities separated by '|'; dates YYYY-MM-DD, YYYY-MM, YYYY, YYYY-YYYY or empty (several dates
 * separated by '|'); document numbers optionally prefixed by issuing country and ':' ("MDA:AB123456").
 * Rows are numbered as lines of the file, the header being row 1.
 */
public final class CsvEntryReader implements EntryReader {

    static final List<String> COLUMNS =
            List.of("entry_id", "names", "date_of_birth", "gender", "nationality", "document_number");

    @Override
    public ParsedEntries read(InputStream in, ImportProgress progress) {
        CsvRecords records = new CsvRecords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        List<WatchlistEntry> entries = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<String> header = records.next();
        if (header == null) {
            rejected.add(new RejectedRow(1, "empty file: expected header " + String.join(",", COLUMNS)));
            return new ParsedEntries(entries, rejected, 0);
        }
        int[] idx = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            idx[i] = header.stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList()
                    .indexOf(COLUMNS.get(i));
        }
        if (idx[0] < 0 || idx[1] < 0) {
            rejected.add(new RejectedRow(
                    1,
                    "header must contain entry_id and names (expected " + String.join(",", COLUMNS) + "), was "
                            + header));
            return new ParsedEntries(entries, rejected, 0);
        }
        Set<String> seen = new HashSet<>();
        int rows = 0;
        List<String> rec;
        while (true) {
            try {
                rec = records.next();
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(records.recordLine(), e.getMessage()));
                break;
            }
            if (rec == null) {
                break;
            }
            rows++;
            int row = records.recordLine();
            if (rec.size() == 1 && rec.getFirst().isBlank()) {
                continue;
            }
            try {
                if (rec.size() != header.size()) {
                    throw new IllegalArgumentException("expected " + header.size() + " fields, found " + rec.size());
                }
                String id = field(rec, idx[0]);
                if (id.isEmpty()) {
                    throw new IllegalArgumentException("entry_id is empty");
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("duplicate entry_id " + id);
                }
                List<String> names = split(field(rec, idx[1]));
                String doc = field(rec, idx[5]);
                if (names.isEmpty() && doc.isEmpty()) {
                    throw new IllegalArgumentException("names is empty");
                }
                List<DateOfBirth> dobs = new ArrayList<>();
                for (String d : split(field(rec, idx[2]))) {
                    dobs.add(DateOfBirth.parse(d).orElseThrow());
                }
                String g = field(rec, idx[3]);
                Gender gender = Gender.parse(g);
                if (!g.isEmpty() && gender == Gender.UNKNOWN && !g.equalsIgnoreCase("x") && !g.equalsIgnoreCase("u")) {
                    throw new IllegalArgumentException("gender '" + g + "' is not M, F, X or empty");
                }
                List<ListedDocument> docs = new ArrayList<>();
                for (String d : split(doc)) {
                    docs.add(JsonLinesEntryReader.document(d));
                }
                entries.add(new WatchlistEntry(id, names, dobs, gender, split(field(rec, idx[4])), docs));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(row, e.getMessage()));
            }
            if (rows % 10_000 == 0) {
                progress.update(ImportProgress.Stage.READING, rows, 0);
            }
        }
        progress.update(ImportProgress.Stage.READING, rows, 0);
        return new ParsedEntries(entries, rejected, rows);
    }

    private static String field(List<String> rec, int i) {
        return i < 0 || i >= rec.size() ? "" : rec.get(i).strip();
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
