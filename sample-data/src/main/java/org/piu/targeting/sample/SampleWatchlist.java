package org.piu.targeting.sample;

import java.util.List;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.sample.watchlist.WatchlistCsv;

/** A sample watchlist: its metadata (name, thresholds) and its entries, loadable as the watchlist CSV (docs/formats/watchlists.md). */
public record SampleWatchlist(Watchlist list, List<WatchlistEntry> entries) {
    public SampleWatchlist {
        entries = List.copyOf(entries);
    }

    /** The entries as {@code text/csv} for {@code POST /api/v1/watchlists/{name}/entries}. */
    public String csv() {
        return WatchlistCsv.toCsv(entries);
    }
}
