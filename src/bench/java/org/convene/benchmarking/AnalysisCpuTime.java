package org.convene.benchmarking;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CPU time one analysis of 5,000 units × 30 dimensions takes, beside JMH's wall-clock
 * figure: on a shared machine wall-clock time mostly measures the neighbours, while the
 * CPU time of the analysing thread is what the analysis itself costs.
 */
public final class AnalysisCpuTime {

    private static final int WARM_UP = 10;
    private static final int RUNS = 15;

    private AnalysisCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Assessments round = RandomRounds.uniform(5_000, 30, 4, 42);
        for (int i = 0; i < WARM_UP; i++) {
            RoundAnalysis.of(round);
        }
        long[] total = new long[RUNS];
        long[] pairing = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            RoundAnalysis.of(round);
            long middle = threads.getCurrentThreadCpuTime();
            Pairing.suggest(round, PairingPolicy.DEFAULT);
            long end = threads.getCurrentThreadCpuTime();
            total[i] = middle - start;
            pairing[i] = end - middle;
        }
        System.out.printf(Locale.ROOT,
                "CPU time of one analysis, 5000 units x 30 dimensions (%d runs after %d warm-up): "
                        + "median %d ms, min %d ms, max %d ms; of which pairing median %d ms%n",
                RUNS, WARM_UP, millis(median(total)), millis(min(total)), millis(max(total)), millis(median(pairing)));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
