package org.piu.targeting.matching.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.matching.importer.CsvRecords;

/** The Person rows of nomenklatura's name_bench cases: name1 is the list entry, name2 the query. */
record NomenklaturaPairs(List<Pair> pairs) {

    record Pair(String listed, String query, boolean match, String category, String notes) {}

    static NomenklaturaPairs read(Path csv) throws IOException {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(r);
            List<String> header = records.next();
            int schema = header.indexOf("schema");
            int n1 = header.indexOf("name1");
            int n2 = header.indexOf("name2");
            int m = header.indexOf("is_match");
            int cat = header.indexOf("category");
            int notes = header.indexOf("notes");
            List<String> rec;
            while ((rec = records.next()) != null) {
                if (rec.size() <= m || !"Person".equals(rec.get(schema))) {
                    continue;
                }
                out.add(new Pair(
                        rec.get(n1),
                        rec.get(n2),
                        Boolean.parseBoolean(rec.get(m)),
                        rec.get(cat),
                        notes >= 0 && notes < rec.size() ? rec.get(notes) : ""));
            }
        }
        return new NomenklaturaPairs(out);
    }
}
