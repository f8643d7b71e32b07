package org.piu.targeting.engine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.RuleRevision;

/** Time to validate and compile a release of N generated rules into a KieBase (one shot per iteration). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    @Param({"100", "1000", "5000"})
    public int rules;

    private List<RuleRevision> revisions;
    private final ReleaseCompiler compiler = new ReleaseCompiler(FieldCatalog.standard());

    @Setup
    public void generate() {
        revisions = new RuleGenerator(42).rules(rules);
    }

    @Benchmark
    public CompiledRelease compile() {
        return compiler.compile("bench", revisions, RuleGenerator.lists());
    }
}
