package org.piu.targeting.matching.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.piu.targeting.matching.score.MatchScorer;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.Watchlist;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Scorer-only evaluation on the nomenklatura person pairs (no Elasticsearch): F1 at the default thresholds and
 * a threshold sweep. Usage: PairwiseEvaluation [cases.csv] [--errors].
 */
public final class PairwiseEvaluation {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(
                args.length > 0 && !args[0].startsWith("--")
                        ? args[0]
                        : "/work/shared/benchmarks/names/nomenklatura-name-bench-cases.csv");
        boolean errors = List.of(args).contains("--errors");
        NomenklaturaPairs data = NomenklaturaPairs.read(csv);
        MatchScorer scorer = new MatchScorer();
        double[] scores = new double[data.pairs().size()];
        long t0 = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < scores.length; i++) {
                if (round == 2 && i == 0) {
                    t0 = System.nanoTime();
                }
                NomenklaturaPairs.Pair p = data.pairs().get(i);
                WatchlistEntry e = new WatchlistEntry("e" + i, List.of(p.listed()), null, null, null, null);
                scores[i] =
                        scorer.score(PersonQuery.ofName("q" + i, p.query()), e).score();
            }
        }
        long micros = (System.nanoTime() - t0) / 1000;
        System.out.printf(
                Locale.ROOT,
                "nomenklatura person pairs: %d (%d match), %.1f µs/pair%n",
                scores.length,
                data.pairs().stream().filter(NomenklaturaPairs.Pair::match).count(),
                (double) micros / scores.length);
        for (double t = 0.60; t <= 0.951; t += 0.02) {
            print(data, scores, t, "");
        }
        print(data, scores, Watchlist.DEFAULT_REVIEW_THRESHOLD, "  <- default review threshold");
        print(data, scores, Watchlist.DEFAULT_ALERT_THRESHOLD, "  <- default alert threshold");
        if (errors) {
            double t = Watchlist.DEFAULT_REVIEW_THRESHOLD;
            for (int i = 0; i < scores.length; i++) {
                NomenklaturaPairs.Pair p = data.pairs().get(i);
                if ((scores[i] >= t) != p.match()) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s %.3f | %s | %s | %s%n",
                            p.match() ? "FN" : "FP",
                            scores[i],
                            p.query(),
                            p.listed(),
                            p.notes());
                }
            }
        }
    }

    static void print(NomenklaturaPairs data, double[] scores, double t, String note) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean m = data.pairs().get(i).match();
            boolean p = scores[i] >= t;
            if (m && p) {
                tp++;
            }
            if (!m && p) {
                fp++;
            }
            if (m && !p) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(
                Locale.ROOT,
                "threshold %.2f  precision %.3f  recall %.3f  F1 %.3f%s%n",
                t,
                precision,
                recall,
                f1,
                note);
    }
}
