package org.piu.targeting.messages;

import java.util.Arrays;
import org.piu.targeting.messages.paxlst.PaxlstWriter;
import org.piu.targeting.messages.pnrgov.PnrgovWriter;

/**
 * Parse latency of a 500-passenger flight, PAXLST and PNRGOV. Run with
 * {@code ./piu main messages org.piu.targeting.messages.ParseLatencyBench [passengers] [iterations]}.
 */
public final class ParseLatencyBench {
    private ParseLatencyBench() {}

    public static void main(String[] args) {
        int passengers = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        var manifest = LargeFlight.of(passengers);
        String paxlst = new PaxlstWriter().write(manifest);
        String pnrgov = new PnrgovWriter().write(manifest);
        MessageParser parser = new MessageParser();
        measure("PAXLST", paxlst, parser, iterations);
        measure("PNRGOV", pnrgov, parser, iterations);
    }

    private static void measure(String name, String raw, MessageParser parser, int iterations) {
        for (int i = 0; i < iterations / 2; i++) {
            parser.parse(raw); // warm-up
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            parser.parse(raw);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%s %d chars: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d iterations)%n",
                name,
                raw.length(),
                nanos[iterations / 2] / 1e6,
                nanos[(int) (iterations * 0.99)] / 1e6,
                nanos[iterations - 1] / 1e6,
                iterations);
    }
}
