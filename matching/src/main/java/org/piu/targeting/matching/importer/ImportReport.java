package org.piu.targeting.matching.importer;

import java.util.List;

/** Outcome of an import that completed: entries now searchable, rejected rows with reasons, the serving index. */
public record ImportReport(String watchlist, int imported, List<RejectedRow> rejected, String index, long millis) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}
