package org.convene.benchmarking;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The budget of DESIGN.md: the whole analysis of a round, learning pairs included, for
 * 5,000 units × 30 dimensions on a 4-level scale in at most 1 s, heap at most 512 MB.
 * The round is random but seeded, so every run measures the same round.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBenchmark {

    private Assessments large;
    private Assessments medium;

    @Setup
    public void createRounds() {
        large = RandomRounds.uniform(5_000, 30, 4, 42);
        medium = RandomRounds.uniform(500, 30, 4, 42);
    }

    /** The budgeted figure: everything the report needs, with the default pairing policy. */
    @Benchmark
    public Object analyse5000Units() {
        return RoundAnalysis.of(large);
    }

    /** For comparison: the exact optimum on 500 units, every reciprocal pair a candidate. */
    @Benchmark
    public Object pairExactly500Units() {
        return Pairing.suggest(medium, PairingPolicy.exact());
    }

    /** The default policy on 500 units: one block, 12 partners per unit. */
    @Benchmark
    public Object pairByDefault500Units() {
        return Pairing.suggest(medium, PairingPolicy.DEFAULT);
    }
}
