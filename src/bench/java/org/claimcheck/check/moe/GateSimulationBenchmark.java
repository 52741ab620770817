package org.claimcheck.check.moe;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one seed of the gate simulation at the size the seed article's {@code bias-routing-12pct} claim asks for
 * (DeepSeek-V3's gate, R §4.2 p.22–23: 256 experts, top-8, 8 nodes, at most 4 per token, γ 0.001; 256 tokens per
 * step, 100 steps, skew 0.3): the token pool, then the run with the bias and the run without, in milliseconds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GateSimulationBenchmark {

    private static final GateConfig SEED_CLAIM = new GateConfig(256, 8, 8, 4, 256, 100, 0.3, 0.001, 1.25);

    private long seed;

    @Benchmark
    public GateSimulation.Runs oneSeed() {
        // a new seed each call, as the audit's seeds are: no run can reuse another's routing
        return GateSimulation.run(SEED_CLAIM, ++seed);
    }
}
