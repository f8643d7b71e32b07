package org.piu.targeting.matching.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.piu.targeting.matching.normalize.NameNormalizer;
import org.piu.targeting.matching.normalize.NormalizedName;
import org.piu.targeting.matching.score.MatchScorer;
import org.piu.targeting.matching.watchlist.PersonQuery;
import org.piu.targeting.matching.watchlist.WatchlistEntry;

/**
 * Java-side cost per passenger: normalizing a passenger name and scoring 30 multi-script candidates (what screening
 * does after each Elasticsearch search). {@code ./piu bench matching MatchScorerBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchScorerBenchmark {

    private MatchScorer scorer;
    private List<WatchlistEntry> candidates;
    private PersonQuery passenger;
    private NameNormalizer normalizer;

    @Setup
    public void setUp() {
        scorer = new MatchScorer();
        normalizer = new NameNormalizer();
        candidates = SyntheticWatchlist.entries(30, 7);
        passenger = SyntheticWatchlist.flight(1, 11, 30, 7).getFirst();
        for (WatchlistEntry e : candidates) {
            scorer.score(passenger, e);
        } // fill the list-name cache as screening does
    }

    @Benchmark
    public double normalize_passenger_and_score_30_candidates() {
        NormalizedName q = scorer.normalizeQuery(passenger);
        double best = 0;
        for (WatchlistEntry e : candidates) {
            best = Math.max(best, scorer.score(passenger, q, e, 0.70).score());
        }
        return best;
    }

    @Benchmark
    public NormalizedName normalize_cyrillic_list_name() {
        return normalizer.normalize("Щербаков Константин Евгеньевич");
    }
}
