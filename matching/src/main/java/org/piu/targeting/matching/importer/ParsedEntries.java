package org.piu.targeting.matching.importer;

import org.piu.targeting.matching.watchlist.WatchlistEntry;

import java.util.List;

/** The outcome of reading a source: the valid entries and the rejected rows. */
public record ParsedEntries(List<WatchlistEntry> entries, List<RejectedRow> rejected, int rowsRead) {
    public ParsedEntries {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }
}
