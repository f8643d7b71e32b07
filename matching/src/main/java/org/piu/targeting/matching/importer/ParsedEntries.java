package org.piu.targeting.matching.importer;

import java.util.List;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/** The outcome of reading a source: the valid entries and the rejected rows. */
public record ParsedEntries(List<WatchlistEntry> entries, List<RejectedRow> rejected, int rowsRead) {
    public ParsedEntries {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }
}
