package org.piu.targeting.engine.compile;

import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;

/**
 * Collects the matches of one session: the consequences of the generated rules call it (global {@code sink}).
 * Packed into longs (rule, passenger, watchlist match) so a run with thousands of hits allocates little.
 */
public final class HitSink {

    private long[] hits = new long[64];
    private int size;

    public void hit(int rule, PassengerFacts p) {
        add(rule, p.ordinal(), -1);
    }

    public void watchlistHit(int rule, PassengerFacts p, WatchlistFacts w) {
        add(rule, p.ordinal(), w.matchOrdinal());
    }

    private void add(int rule, int passenger, int match) {
        if (size == hits.length) {
            hits = java.util.Arrays.copyOf(hits, size * 2);
        }
        // rule: 24 bits, passenger: 20 bits, match+1: 20 bits
        hits[size++] = ((long) rule << 40) | ((long) passenger << 20) | (match + 1L);
    }

    int size() {
        return size;
    }

    static int rule(long hit) {
        return (int) (hit >>> 40);
    }

    static int passenger(long hit) {
        return (int) ((hit >>> 20) & 0xFFFFF);
    }

    static int match(long hit) {
        return (int) (hit & 0xFFFFF) - 1;
    }

    /** The hits in a deterministic order: by rule, then passenger, then watchlist match. */
    long[] sorted() {
        long[] copy = java.util.Arrays.copyOf(hits, size);
        java.util.Arrays.sort(copy);
        return copy;
    }
}
