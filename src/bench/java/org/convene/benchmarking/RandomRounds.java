package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random rounds for the benchmarks: the same round on every run. */
final class RandomRounds {

    private RandomRounds() {
    }

    /** A round of {@code units} × {@code dimensions} with uniform levels on a 1..levels scale. */
    static Assessments uniform(int units, int dimensions, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Dimension> model = new ArrayList<>(dimensions);
        for (int d = 0; d < dimensions; d++) {
            List<String> descriptors = new ArrayList<>(levels);
            for (int level = 1; level <= levels; level++) {
                descriptors.add("dimension " + d + " at level " + level);
            }
            model.add(new Dimension(d, "dimension " + d, descriptors));
        }
        List<Unit> round = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            round.add(new Unit(u, "Unit " + u));
        }
        Assessments.Builder builder = Assessments.builder("random " + seed, levels, model, round);
        int[] row = new int[dimensions];
        for (int u = 0; u < units; u++) {
            for (int d = 0; d < dimensions; d++) {
                row[d] = 1 + random.nextInt(levels);
            }
            builder.levels(u, row);
        }
        return builder.build();
    }
}
