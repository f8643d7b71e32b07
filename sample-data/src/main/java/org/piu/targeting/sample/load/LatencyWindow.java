package org.piu.targeting.sample.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Outcomes of the requests of one period (a minute, or the whole run): count, errors by status, latencies. */
final class LatencyWindow {

    private long[] nanos = new long[1024];
    private int count;
    private final Map<String, Integer> errors = new TreeMap<>();

    synchronized void record(long latencyNanos, String errorStatus) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        if (errorStatus != null) {
            errors.merge(errorStatus, 1, Integer::sum);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized String summary(String label) {
        if (count == 0) {
            return String.format("%-9s requests 0", label);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(
                "%-9s requests %6d  ok %6d  errors %5d %-28s p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms",
                label,
                count,
                count - failed,
                failed,
                errors.isEmpty() ? "" : errors.toString(),
                ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.99)),
                ms(sorted[count - 1]));
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
