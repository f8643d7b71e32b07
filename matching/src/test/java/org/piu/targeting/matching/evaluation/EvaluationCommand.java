package org.piu.targeting.matching.evaluation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.piu.targeting.matching.elasticsearch.ElasticsearchConnector;
import org.piu.targeting.matching.elasticsearch.LocalElasticsearch;
import org.piu.targeting.matching.elasticsearch.LocalElasticsearchSettings;
import org.piu.targeting.matching.importer.ImportProgress;
import org.piu.targeting.matching.importer.ParsedEntries;
import org.piu.targeting.matching.screening.PersonScreening;
import org.piu.targeting.matching.screening.ScreeningResult;
import org.piu.targeting.matching.screening.WatchlistMatch;
import org.piu.targeting.matching.screening.WatchlistScreener;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;
import org.piu.targeting.matching.watchlist.store.WatchlistStore;
import org.piu.targeting.model.MatchDecision;

/**
 * Matching-quality evaluation against a real Elasticsearch node (started locally unless --es URL is given).
 *
 * <pre>
 * ./piu evaluate --watchlist W.csv --queries Q.csv   your own sets (formats in README)
 * ./piu evaluate dev                                 the multi-script development set in src/test/resources/evaluation
 * ./piu evaluate nomenklatura                        nomenklatura person pairs (name1 listed, name2 screened)
 * ./piu evaluate nomenklatura --scorer-only          the same pairs, scorer only, no Elasticsearch (fast)
 * ./piu evaluate yente [--negatives N]               UN treated → original recall; N of the 50k negatives (default all)
 * ./piu evaluate all                                 dev, nomenklatura and yente with all negatives
 * options: --benchmarks DIR (default /work/shared/benchmarks/names or ../shared/benchmarks/names), --es URL,
 *          --heap 1g, --errors (print misses and false alerts)
 * </pre>
 */
public final class EvaluationCommand {

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        String mode = a.isEmpty() || a.getFirst().startsWith("--")
                ? (a.contains("--watchlist") ? "files" : "all")
                : a.getFirst();
        Path bench = Path.of(option(
                a,
                "--benchmarks",
                Files.isDirectory(Path.of("/work/shared/benchmarks/names"))
                        ? "/work/shared/benchmarks/names"
                        : "../shared/benchmarks/names"));
        boolean errors = a.contains("--errors");
        if (mode.equals("nomenklatura") && a.contains("--scorer-only")) {
            PairwiseEvaluation.main(
                    errors
                            ? new String[] {
                                bench.resolve("nomenklatura-name-bench-cases.csv")
                                        .toString(),
                                "--errors"
                            }
                            : new String[] {
                                bench.resolve("nomenklatura-name-bench-cases.csv")
                                        .toString()
                            });
            return;
        }
        List<EvaluationSets.Set> sets = new ArrayList<>();
        switch (mode) {
            case "files" -> {
                Path w = Path.of(option(a, "--watchlist", null));
                Path q = Path.of(option(a, "--queries", null));
                ParsedEntries entries;
                try (InputStream in = Files.newInputStream(w)) {
                    entries = EvaluationSets.watchlistCsv(in);
                }
                entries.rejected()
                        .forEach(r -> System.out.println("watchlist row " + r.row() + " rejected: " + r.reason()));
                try (BufferedReader r = Files.newBufferedReader(q, StandardCharsets.UTF_8)) {
                    sets.add(new EvaluationSets.Set(
                            w.getFileName() + " / " + q.getFileName(),
                            entries.entries(),
                            EvaluationSets.queriesCsv(r)));
                }
            }
            case "dev" -> sets.add(devSet());
            case "nomenklatura" ->
                sets.add(EvaluationSets.nomenklatura(bench.resolve("nomenklatura-name-bench-cases.csv")));
            case "yente" -> sets.add(EvaluationSets.yente(bench, Integer.parseInt(option(a, "--negatives", "50000"))));
            case "all" -> {
                sets.add(devSet());
                sets.add(EvaluationSets.nomenklatura(bench.resolve("nomenklatura-name-bench-cases.csv")));
                sets.add(EvaluationSets.yente(bench, 50_000));
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown mode '" + mode + "': use dev, nomenklatura, yente, all or --watchlist/--queries");
        }
        String es = a.contains("--es") ? option(a, "--es", null) : null;
        LocalElasticsearch node = null;
        try {
            URI uri;
            if (es != null) {
                uri = URI.create(es);
            } else {
                Path home = Path.of(System.getProperty("java.io.tmpdir"), "piu-evaluation-es");
                System.out.println("starting local Elasticsearch under " + home + " …");
                node = LocalElasticsearch.start(
                        LocalElasticsearchSettings.forHome(home).withHeap(option(a, "--heap", "1g")));
                uri = node.httpUri();
            }
            ElasticsearchClient client = ElasticsearchConnector.connect(uri);
            try {
                for (EvaluationSets.Set s : sets) {
                    run(client, s, errors);
                }
            } finally {
                client._transport().close();
            }
        } finally {
            if (node != null) {
                node.close();
            }
        }
        System.exit(0); // the HTTP client's I/O threads must not keep the command alive
    }

    private static EvaluationSets.Set devSet() throws Exception {
        ParsedEntries entries;
        try (InputStream in = EvaluationCommand.class.getResourceAsStream("/evaluation/dev-watchlist.csv")) {
            entries = EvaluationSets.watchlistCsv(in);
        }
        if (!entries.rejected().isEmpty()) {
            throw new IllegalStateException("dev watchlist has rejected rows: " + entries.rejected());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EvaluationCommand.class.getResourceAsStream("/evaluation/dev-queries.csv"), StandardCharsets.UTF_8))) {
            return new EvaluationSets.Set(
                    "own multi-script development set", entries.entries(), EvaluationSets.queriesCsv(r));
        }
    }

    static void run(ElasticsearchClient client, EvaluationSets.Set set, boolean errors) {
        WatchlistStore lists = new WatchlistStore(client);
        String name = "evaluation";
        lists.delete(name);
        Watchlist list = lists.createOrUpdate(Watchlist.withDefaults(name, set.name()));
        long t0 = System.nanoTime();
        var report = lists.importEntries(
                name,
                new ParsedEntries(set.watchlist(), List.of(), set.watchlist().size()),
                ImportProgress.NONE);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        WatchlistScreener screening = new WatchlistScreener(client);
        List<EvaluationQuery> queries = set.queries();
        List<PersonScreening> results = new ArrayList<>();
        t0 = System.nanoTime();
        for (int from = 0; from < queries.size(); from += 500) {
            List<PersonQuery> flight = queries.subList(from, Math.min(queries.size(), from + 500)).stream()
                    .map(EvaluationQuery::person)
                    .toList();
            ScreeningResult r = screening.screen(List.of(name), flight);
            if (!r.complete()) {
                throw new IllegalStateException("screening degraded: " + r.reason());
            }
            results.addAll(r.results());
        }
        double screenSeconds = (System.nanoTime() - t0) / 1e9;
        Metrics all = new Metrics();
        Map<String, Metrics> byCategory = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            EvaluationQuery q = queries.get(i);
            List<WatchlistMatch> m = results.get(i).matches();
            if (set.pairwise()) {
                m = m.stream()
                        .filter(x -> x.entryId().equals(q.expectedEntryId()))
                        .toList();
            }
            all.add(q, m);
            byCategory.computeIfAbsent(q.category(), c -> new Metrics()).add(q, m);
            if (errors) {
                boolean found = m.stream().anyMatch(x -> x.entryId().equals(q.expectedEntryId()));
                if (!q.positive() && found) {
                    problems.add("FALSE MATCH " + q.person().id() + " "
                            + q.person().name() + " ≈ " + m.getFirst().matchedName() + " "
                            + m.getFirst().explanation());
                }
                if (q.positive() && !found) {
                    problems.add("MISS  " + q.person().id() + " " + q.person().name() + " "
                            + q.person().dateOfBirth()
                            + " → expected " + q.expectedEntryId() + " "
                            + set.watchlist().stream()
                                    .filter(e -> e.entryId().equals(q.expectedEntryId()))
                                    .findFirst()
                                    .map(WatchlistEntry::names)
                                    .orElse(List.of())
                            + (m.isEmpty()
                                    ? ""
                                    : " got " + m.getFirst().entryId() + " "
                                            + m.getFirst().matchedName()));
                }
                for (WatchlistMatch x : m) {
                    if (!x.entryId().equals(q.expectedEntryId())) {
                        problems.add((x.decision() == MatchDecision.ALERT ? "FALSE ALERT " : "FALSE REVIEW ")
                                + q.person().id() + " " + q.person().name() + " "
                                + q.person().dateOfBirth() + " ≈ " + x.entryId() + " " + x.matchedName() + " "
                                + x.explanation());
                    }
                }
            }
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "== %s: %d list entries (%d indexed in %.1f s), %d queries (%d positive) screened in %.1f s (%.0f queries/s)%n",
                set.name(),
                set.watchlist().size(),
                report.imported(),
                indexSeconds,
                queries.size(),
                all.positives,
                screenSeconds,
                queries.size() / screenSeconds);
        System.out.printf(
                Locale.ROOT, "thresholds: review %.2f, alert %.2f%n", list.reviewThreshold(), list.alertThreshold());
        all.print("all");
        if (byCategory.size() > 1) {
            byCategory.forEach((c, m) -> m.print("  " + c));
        }
        problems.forEach(System.out::println);
    }

    /** Query-level counts: recall of the expected entry; precision of returned (query, entry) pairs. */
    static final class Metrics {
        int positives, found, foundAlert, negatives, negativesAlerted, negativesReviewed;
        int returned, returnedCorrect, alerts, alertsCorrect;

        void add(EvaluationQuery q, List<WatchlistMatch> m) {
            boolean hit = false, hitAlert = false;
            for (WatchlistMatch x : m) {
                boolean correct = q.positive() && x.entryId().equals(q.expectedEntryId());
                returned++;
                if (correct) {
                    returnedCorrect++;
                }
                if (x.decision() == MatchDecision.ALERT) {
                    alerts++;
                    if (correct) {
                        alertsCorrect++;
                    }
                }
                hit |= correct;
                hitAlert |= correct && x.decision() == MatchDecision.ALERT;
            }
            if (q.positive()) {
                positives++;
                if (hit) {
                    found++;
                }
                if (hitAlert) {
                    foundAlert++;
                }
            } else {
                negatives++;
                if (m.stream().anyMatch(x -> x.decision() == MatchDecision.ALERT)) {
                    negativesAlerted++;
                }
                if (!m.isEmpty()) {
                    negativesReviewed++;
                }
            }
        }

        void print(String label) {
            double recall = positives == 0 ? Double.NaN : found / (double) positives;
            double precision = returned == 0 ? 1 : returnedCorrect / (double) returned;
            double f1 = 2 * precision * recall / (precision + recall);
            double recallAlert = positives == 0 ? Double.NaN : foundAlert / (double) positives;
            double precisionAlert = alerts == 0 ? 1 : alertsCorrect / (double) alerts;
            System.out.printf(
                    Locale.ROOT,
                    "%-40s positives %5d  recall %.3f  precision %.3f  F1 %.3f | at ALERT: recall %.3f precision %.3f F1 %.3f"
                            + " | negatives %5d  alerted %.2f%%  any match %.2f%%%n",
                    label,
                    positives,
                    recall,
                    precision,
                    f1,
                    recallAlert,
                    precisionAlert,
                    2 * precisionAlert * recallAlert / (precisionAlert + recallAlert),
                    negatives,
                    negatives == 0 ? 0 : 100.0 * negativesAlerted / negatives,
                    negatives == 0 ? 0 : 100.0 * negativesReviewed / negatives);
        }
    }

    private static String option(List<String> a, String name, String fallback) {
        int i = a.indexOf(name);
        if (i >= 0 && i + 1 < a.size()) {
            return a.get(i + 1);
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return fallback;
    }
}
