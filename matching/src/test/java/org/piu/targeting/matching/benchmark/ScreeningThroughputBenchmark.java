package org.piu.targeting.matching.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.matching.elasticsearch.ElasticsearchConnector;
import org.piu.targeting.matching.elasticsearch.LocalElasticsearch;
import org.piu.targeting.matching.elasticsearch.LocalElasticsearchSettings;
import org.piu.targeting.matching.importer.ImportReport;
import org.piu.targeting.matching.importer.ParsedEntries;
import org.piu.targeting.matching.score.MatchScorer;
import org.piu.targeting.matching.screening.ScreeningOptions;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;

/**
 * End-to-end benchmark: bulk-indexes a synthetic multi-script watchlist (default 1,000,000 entries) into a local
 * Elasticsearch node, then screens flights of 500 passengers. Prints indexing rate, passengers/s, and latency per
 * flight and per single-passenger call.
 * <pre>./piu main matching org.piu.targeting.matching.benchmark.ScreeningThroughputBenchmark [entries] [flights] [--heap 2g] [--es URL] [--reuse]</pre>
 */
public final class ScreeningThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int entries = a.size() > 0 && !a.get(0).startsWith("--") ? Integer.parseInt(a.get(0)) : 1_000_000;
        int flights = a.size() > 1 && !a.get(1).startsWith("--") ? Integer.parseInt(a.get(1)) : 10;
        String heap = a.contains("--heap") ? a.get(a.indexOf("--heap") + 1) : "1g";
        int candidates = a.contains("--candidates") ? Integer.parseInt(a.get(a.indexOf("--candidates") + 1)) : 30;
        boolean fuzzy = !a.contains("--no-fuzzy");
        LocalElasticsearch node = null;
        URI uri;
        if (a.contains("--es")) {
            uri = URI.create(a.get(a.indexOf("--es") + 1));
        } else {
            node = LocalElasticsearch.start(
                    LocalElasticsearchSettings.forHome(Path.of(System.getProperty("java.io.tmpdir"), "piu-bench-es"))
                            .withHeap(heap));
            uri = node.httpUri();
        }
        ElasticsearchClient client = ElasticsearchConnector.connect(uri);
        try {
            WatchlistStore lists = new WatchlistStore(client);
            String name = "bench";
            long seed = 42;
            if (!a.contains("--reuse") || lists.find(name).isEmpty()) {
                lists.delete(name);
                lists.createOrUpdate(Watchlist.withDefaults(name, "synthetic benchmark list"));
                long g0 = System.nanoTime();
                List<WatchlistEntry> list = SyntheticWatchlist.entries(entries, seed);
                System.out.printf(
                        Locale.ROOT, "generated %,d entries in %.1f s%n", list.size(), (System.nanoTime() - g0) / 1e9);
                long t0 = System.nanoTime();
                ImportReport r = lists.importEntries(
                        name, new ParsedEntries(list, List.of(), list.size()), (stage, read, indexed) -> {
                            if (indexed % 100_000 == 0 && indexed > 0) {
                                System.out.printf(
                                        Locale.ROOT,
                                        "  %s %,d indexed, %.0f entries/s%n",
                                        stage,
                                        indexed,
                                        indexed / ((System.nanoTime() - t0) / 1e9));
                            }
                        });
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "bulk indexing: %,d entries in %.1f s = %.0f entries/s (normalization + keys + bulk + refresh + alias swap)%n",
                        r.imported(),
                        s,
                        r.imported() / s);
            }
            WatchlistScreener screening = new WatchlistScreener(
                    client, new MatchScorer(), new ScreeningOptions(candidates, 100, Duration.ofSeconds(60), fuzzy));
            // warm-up
            for (int f = 0; f < 2; f++) {
                screening.screen(List.of(name), SyntheticWatchlist.flight(500, 1000 + f, entries, seed));
            }
            List<Double> flightSeconds = new ArrayList<>();
            int passengers = 0;
            int matched = 0;
            long all0 = System.nanoTime();
            for (int f = 0; f < flights; f++) {
                List<PersonQuery> flight = SyntheticWatchlist.flight(500, 2000 + f, entries, seed);
                long t0 = System.nanoTime();
                ScreeningResult r = screening.screen(List.of(name), flight);
                flightSeconds.add((System.nanoTime() - t0) / 1e9);
                if (!r.complete()) {
                    throw new IllegalStateException("degraded: " + r.reason());
                }
                passengers += flight.size();
                matched += (int)
                        r.results().stream().filter(p -> !p.matches().isEmpty()).count();
            }
            double total = (System.nanoTime() - all0) / 1e9;
            flightSeconds.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "screening: %d flights x 500 passengers against %,d entries: %.1f passengers/s; flight time p50 %.2f s, max %.2f s;"
                            + " mean cost per passenger %.1f ms; passengers with a reported match: %d%n",
                    flights,
                    entries,
                    passengers / total,
                    flightSeconds.get(flightSeconds.size() / 2),
                    flightSeconds.getLast(),
                    1000 * total / passengers,
                    matched);
            // single-passenger latency (one msearch with one search)
            List<PersonQuery> singles = SyntheticWatchlist.flight(300, 9999, entries, seed);
            double[] ms = new double[singles.size()];
            for (int i = 0; i < singles.size(); i++) {
                long t0 = System.nanoTime();
                screening.screen(List.of(name), List.of(singles.get(i)));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(
                    Locale.ROOT,
                    "single-passenger screening latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ms[ms.length / 2],
                    ms[(int) (ms.length * 0.99)],
                    ms[ms.length - 1]);
        } finally {
            client._transport().close();
            if (node != null) {
                node.close();
            }
        }
        System.exit(0);
    }
}
