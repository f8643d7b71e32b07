package org.piu.targeting.matching.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records (quoted fields, doubled quotes, line breaks inside quotes) one at a time, keeping
 * the physical line number where each record starts so that rejections can name it.
 */
public final class CsvRecords {

    private final BufferedReader reader;
    private int line;
    private int recordLine;

    public CsvRecords(BufferedReader reader) {
        this.reader = reader;
    }

    /** Line number (1-based) where the record last returned by {@link #next()} starts. */
    public int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end. Throws IllegalArgumentException for an unterminated quote. */
    public List<String> next() {
        try {
            String l = reader.readLine();
            if (l == null) {
                return null;
            }
            line++;
            if (line == 1 && !l.isEmpty() && l.charAt(0) == '\uFEFF') {
                l = l.substring(1);
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i >= l.length()) {
                    if (quoted) {
                        String more = reader.readLine();
                        if (more == null) {
                            throw new IllegalArgumentException("line " + recordLine + ": unterminated quoted field");
                        }
                        line++;
                        f.append('\n');
                        l = more;
                        i = 0;
                        continue;
                    }
                    fields.add(f.toString());
                    return fields;
                }
                char c = l.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < l.length() && l.charAt(i + 1) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        f.append(c);
                    }
                } else if (c == '"' && f.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else if (c != '\r' || i + 1 < l.length()) {
                    f.append(c);
                }
                i++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV after line " + line, e);
        }
    }
}
