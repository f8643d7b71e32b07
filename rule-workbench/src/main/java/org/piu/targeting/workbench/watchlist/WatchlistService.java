package org.piu.targeting.workbench.watchlist;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.piu.targeting.matching.importer.ImportFormat;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.messages.MessageParser;
import org.springframework.stereotype.Service;

/**
 * The watchlists of the PIU for the workbench, the REST API and the assessment alike: which lists there are and how
 * many entries each serves, creating and loading them, and screening people against them. The only way into the
 * watchlist store.
 */
@Service
public class WatchlistService {

    /** A list and how many entries it serves now. */
    public record ListSize(Watchlist watchlist, long entries) {}

    /** The lists serving now and the digest of their state (see {@link #serving()}). */
    public record Serving(List<Watchlist> lists, String state) {}

    private final WatchlistStore store;
    private final WatchlistScreener screener;

    public WatchlistService(WatchlistStore store, WatchlistScreener screener) {
        this.store = store;
        this.screener = screener;
    }

    public List<Watchlist> lists() {
        return store.lists();
    }

    /** Every list with its number of entries. */
    public List<ListSize> sizes() {
        return store.lists().stream()
                .map(w -> new ListSize(w, store.size(w.name())))
                .toList();
    }

    public Optional<ListSize> find(String name) {
        return store.find(name).map(w -> new ListSize(w, store.size(name)));
    }

    /** Creates the list, or changes its description, legal source, category and thresholds. */
    public Watchlist save(Watchlist list) {
        return store.createOrUpdate(list);
    }

    /** Replaces the list's entries once the new ones are searchable; a failed import leaves the old ones serving. */
    public ImportReport importEntries(String name, ImportFormat format, InputStream entries, ImportProgress progress) {
        return store.importEntries(name, format, entries, progress);
    }

    /** @return false when there was no such list */
    public boolean delete(String name) {
        return store.delete(name);
    }

    /** Screens people against the named lists. */
    public ScreeningResult screen(List<String> lists, List<PersonQuery> persons) {
        return screener.screen(lists, persons);
    }

    /** Screens people against the given lists as they are served now (an assessment's snapshot of them). */
    public ScreeningResult screenAgainst(List<Watchlist> lists, List<PersonQuery> persons) {
        return screener.screenAgainst(lists, persons);
    }

    /**
     * The lists serving now, and a digest of which index serves each list with which thresholds: any re-import or
     * change alters it, so a flight's earlier screening is reused only while the digest is the same.
     */
    public Serving serving() {
        WatchlistStore.Serving serving = store.serving();
        Map<String, String> state = new TreeMap<>();
        serving.indexByList().forEach((list, index) -> state.put(list, index));
        serving.lists()
                .forEach(w -> state.put("thresholds:" + w.name(), w.alertThreshold() + "/" + w.reviewThreshold()));
        return new Serving(serving.lists(), MessageParser.contentHash(state.toString()));
    }
}
