package org.piu.targeting.engine.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.piu.targeting.engine.EngineSettings;
import org.piu.targeting.engine.RiskEngine;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.model.FlightManifest;

/**
 * Latency of assessing one 500-passenger flight (with bookings) against 1,000 generated rules: the whole
 * {@code RiskEngine.assess} (facts, Drools session, reasons, ordering). SampleTime gives p50/p99;
 * passengers per second = 500 / mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssessBenchmark {

    @Param({"1000"})
    public int rules;

    @Param({"500"})
    public int passengers;

    private RiskEngine engine;
    private FlightManifest flight;

    @Setup
    public void prepare() {
        engine = new RiskEngine(EngineSettings.defaults());
        engine.activate(new ReleaseCompiler(FieldCatalog.standard())
                .compile("bench", new RuleGenerator(42).rules(rules), RuleGenerator.lists()));
        flight = new FlightGenerator(7).flight(passengers);
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(flight);
    }
}
