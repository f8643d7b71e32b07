package org.piu.targeting.matching.importer;

import java.io.InputStream;

/** Reads watchlist entries from a source; bad rows are rejected with their row number, the rest are kept. */
public interface EntryReader {

    ParsedEntries read(InputStream in, ImportProgress progress);

    static EntryReader of(ImportFormat format) {
        return switch (format) {
            case CSV -> new CsvEntryReader();
            case JSON_LINES -> new JsonLinesEntryReader();
            case UN_XML -> new UnConsolidatedListReader();
        };
    }
}
