package org.piu.targeting.sample;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams: one per (seed, purpose, item), so that item {@code i} of a generated
 * sequence depends on nothing but the seed and {@code i}. The inputs are mixed with the MurmurHash3 finalizer
 * first: SplittableRandom's own seeding would make neighbouring seeds produce shifted copies of one stream.
 */
public final class RandomStreams {

    private RandomStreams() {}

    public static SplittableRandom of(long seed, long purpose, long item) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        h = mix(h ^ purpose * 0xBB67AE8584CAA73BL);
        h = mix(h ^ item * 0x3C6EF372FE94F82BL);
        return new SplittableRandom(h);
    }

    /** A key drawn with probability proportional to its weight (iteration order of the map decides ties). */
    public static <K> K weighted(SplittableRandom rng, java.util.Map<K, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int p = rng.nextInt(total);
        for (java.util.Map.Entry<K, Integer> e : weights.entrySet()) {
            p -= e.getValue();
            if (p < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("empty weights");
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
