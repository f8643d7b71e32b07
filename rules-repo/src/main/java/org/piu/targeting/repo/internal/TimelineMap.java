package org.piu.targeting.repo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.repo.AssetRef;

/**
 * Immutable map of asset → timeline, split into 256 buckets so that a write copies one bucket (~20 entries for
 * 5,000 assets) and the bucket array instead of the whole map. Readers hold a snapshot and never lock.
 */
final class TimelineMap {

    private static final int BUCKETS = 256;

    @SuppressWarnings("unchecked")
    private static final TimelineMap EMPTY = new TimelineMap(new Map[BUCKETS], 0);

    private final Map<AssetRef, AssetTimeline>[] buckets;
    private final int size;

    private TimelineMap(Map<AssetRef, AssetTimeline>[] buckets, int size) {
        this.buckets = buckets;
        this.size = size;
    }

    static TimelineMap of(Map<AssetRef, AssetTimeline> all) {
        @SuppressWarnings("unchecked")
        Map<AssetRef, AssetTimeline>[] b = new Map[BUCKETS];
        for (Map.Entry<AssetRef, AssetTimeline> e : all.entrySet()) {
            int i = bucket(e.getKey());
            if (b[i] == null) {
                b[i] = new HashMap<>();
            }
            b[i].put(e.getKey(), e.getValue());
        }
        for (int i = 0; i < BUCKETS; i++) {
            if (b[i] != null) {
                b[i] = Collections.unmodifiableMap(b[i]);
            }
        }
        return all.isEmpty() ? EMPTY : new TimelineMap(b, all.size());
    }

    private static int bucket(AssetRef ref) {
        return (ref.hashCode() ^ (ref.hashCode() >>> 16)) & (BUCKETS - 1);
    }

    AssetTimeline get(AssetRef ref) {
        Map<AssetRef, AssetTimeline> b = buckets[bucket(ref)];
        return b == null ? null : b.get(ref);
    }

    boolean containsKey(AssetRef ref) {
        return get(ref) != null;
    }

    TimelineMap with(AssetRef ref, AssetTimeline timeline) {
        int i = bucket(ref);
        Map<AssetRef, AssetTimeline> copy = buckets[i] == null ? new HashMap<>() : new HashMap<>(buckets[i]);
        boolean added = copy.put(ref, timeline) == null;
        Map<AssetRef, AssetTimeline>[] next = Arrays.copyOf(buckets, BUCKETS);
        next[i] = Collections.unmodifiableMap(copy);
        return new TimelineMap(next, added ? size + 1 : size);
    }

    int size() {
        return size;
    }

    List<AssetRef> keys() {
        List<AssetRef> out = new ArrayList<>(size);
        for (Map<AssetRef, AssetTimeline> b : buckets) {
            if (b != null) {
                out.addAll(b.keySet());
            }
        }
        return out;
    }

    Map<AssetRef, AssetTimeline> toMap() {
        Map<AssetRef, AssetTimeline> out = new HashMap<>(size * 2);
        for (Map<AssetRef, AssetTimeline> b : buckets) {
            if (b != null) {
                out.putAll(b);
            }
        }
        return out;
    }
}
