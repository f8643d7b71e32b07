package org.piu.targeting.sample.bench;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.sample.flight.GeneratedFlight;
import org.piu.targeting.sample.message.MessageRenderer;
import org.piu.targeting.sample.rules.RuleGenerator;
import org.piu.targeting.sample.watchlist.WatchlistCsv;
import org.piu.targeting.sample.watchlist.WatchlistGenerator;

/**
 * How fast the generators are (so a load test knows generation is not its bottleneck):
 * {@code ./piu main sample-data org.piu.targeting.sample.bench.GenerationSpeed}.
 */
public final class GenerationSpeed {

    public static void main(String[] args) {
        LocalDate day = LocalDate.of(2026, 11, 22);
        FlightGenerator g = new FlightGenerator(FlightGeneratorSettings.load(400, 500));
        g.generate(1, day).subList(0, 50); // warm-up
        long t = System.nanoTime();
        List<GeneratedFlight> flights = g.generate(2, day);
        double genMs = (System.nanoTime() - t) / 1e6 / flights.size();
        MessageRenderer r = new MessageRenderer(200);
        t = System.nanoTime();
        long bytes = 0;
        for (GeneratedFlight f : flights) {
            var m = r.render(f);
            bytes += m.paxlst().length() + m.pnrgov().length();
        }
        double renderMs = (System.nanoTime() - t) / 1e6 / flights.size();
        t = System.nanoTime();
        for (GeneratedFlight f : flights) {
            bytes += RuleDocuments.manifestMapper()
                    .writeValueAsString(f.manifest())
                    .length();
        }
        double jsonMs = (System.nanoTime() - t) / 1e6 / flights.size();
        System.out.printf(
                "500-passenger flight: generate %.2f ms, PAXLST+PNRGOV %.2f ms, JSON %.2f ms (per flight, mean of %d)%n",
                genMs, renderMs, jsonMs, flights.size());
        t = System.nanoTime();
        long n = WatchlistCsv.write(new WatchlistGenerator().stream(3, "GEN-", 1_000_000), Writer.nullWriter());
        System.out.printf(
                "watchlist: %d entries generated and written as CSV in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        int rules = new RuleGenerator(4).rules(5000).size();
        System.out.printf("rules: %d generated in %.0f ms%n", rules, (System.nanoTime() - t) / 1e6);
        System.out.println("(" + bytes + " bytes rendered)");
    }
}
