package org.piu.targeting.matching.importer;

import java.util.Locale;

/** Source formats of watchlist imports. */
public enum ImportFormat {
    /** {@code entry_id,names,date_of_birth,gender,nationality,document_number}, names separated by '|'. */
    CSV,
    /** One JSON object per line: entryId, names[], dateOfBirth / datesOfBirth[], gender, nationalities[], documents[]. */
    JSON_LINES,
    /** UN Security Council Consolidated List XML (INDIVIDUALS only). */
    UN_XML;

    /** From a media type or file suffix: text/csv, application/x-ndjson, application/jsonl, application/xml … */
    public static ImportFormat fromMediaType(String mediaType) {
        String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (m.contains("csv")) {
            return CSV;
        }
        if (m.contains("ndjson") || m.contains("jsonl") || m.contains("json-lines") || m.contains("json")) {
            return JSON_LINES;
        }
        if (m.contains("xml")) {
            return UN_XML;
        }
        throw new IllegalArgumentException("unsupported watchlist format '" + mediaType
                + "': use text/csv, application/x-ndjson (JSON lines) or application/xml (UN consolidated list)");
    }
}
