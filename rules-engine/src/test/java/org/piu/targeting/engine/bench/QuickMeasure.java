package org.piu.targeting.engine.bench;

import java.util.Arrays;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.model.FlightManifest;

/** A quick non-JMH measurement: {@code ./piu main rules-engine org.piu.targeting.engine.bench.QuickMeasure 1000 500}. */
public final class QuickMeasure {
    public static void main(String[] args) {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int pax = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long t0 = System.nanoTime();
        CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard())
                .compile("bench", new RuleGenerator(42).rules(rules), RuleGenerator.lists());
        System.out.printf(
                "compile %d rules: %d ms, problems %d%n",
                rules, (System.nanoTime() - t0) / 1_000_000, release.problems().size());
        release.problems().stream().limit(5).forEach(System.out::println);
        RiskEngine engine = new RiskEngine(EngineSettings.defaults());
        engine.activate(release);
        FlightManifest m = new FlightGenerator(7).flight(pax);
        long[] times = new long[300];
        Assessment a = null;
        for (int i = 0; i < 300; i++) {
            long s = System.nanoTime();
            a = engine.assess(m);
            times[i] = System.nanoTime() - s;
        }
        long[] last = Arrays.copyOfRange(times, 100, 300);
        Arrays.sort(last);
        org.piu.targeting.engine.facts.FactDeriver d = new org.piu.targeting.engine.facts.FactDeriver(
                org.piu.targeting.model.AirportDirectory.standard(), java.util.Set.of("MDA"));
        var facts = d.derive(m, java.util.List.of());
        for (int i = 0; i < 300; i++) {
            long s = System.nanoTime();
            release.evaluate(facts);
            times[i] = System.nanoTime() - s;
        }
        long[] ev = Arrays.copyOfRange(times, 100, 300);
        Arrays.sort(ev);
        System.out.printf("evaluate only: p50 %.1f ms p99 %.1f ms%n", ev[100] / 1e6, ev[197] / 1e6);
        for (int i = 0; i < 100; i++) {
            long s = System.nanoTime();
            d.derive(m, java.util.List.of());
            times[i] = System.nanoTime() - s;
        }
        System.out.printf("derive: %.2f ms%n", times[99] / 1e6);
        System.out.printf(
                "assess %d pax: p50 %.1f ms p99 %.1f ms; hits %d flagged %d runaway %s%n",
                pax,
                last[100] / 1e6,
                last[197] / 1e6,
                a.totals().ruleHits(),
                a.totals().passengersWithHits(),
                a.totals().runawayRules());
    }
}
