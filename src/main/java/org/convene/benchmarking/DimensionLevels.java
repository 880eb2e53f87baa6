package org.convene.benchmarking;

import java.util.Arrays;
import java.util.List;

/**
 * One dimension's levels in a round, counted once: the figures, and the assessing units
 * ordered by level so that "everyone above level x" is a sub-list, not a search. With
 * 5,000 units a copied list per growth area would be millions of entries; views cost nothing.
 */
final class DimensionLevels {

    private final DimensionStats stats;
    private final List<Unit> byLevel;
    /** atOrBelow[x] = number of assessing units at level ≤ x. */
    private final int[] atOrBelow;

    DimensionLevels(Assessments assessments, int dimension) {
        int levels = assessments.levels();
        int[] histogram = new int[levels + 1];
        for (int u = 0; u < assessments.unitCount(); u++) {
            histogram[assessments.level(u, dimension)]++;
        }
        histogram[Assessments.NOT_ASSESSED] = 0;
        atOrBelow = new int[levels + 1];
        for (int level = 1; level <= levels; level++) {
            atOrBelow[level] = atOrBelow[level - 1] + histogram[level];
        }
        int count = atOrBelow[levels];
        // Counting sort: stable, so ties stay in the round's unit order.
        Unit[] sorted = new Unit[count];
        int[] next = Arrays.copyOf(atOrBelow, levels + 1);
        for (int u = 0; u < assessments.unitCount(); u++) {
            int level = assessments.level(u, dimension);
            if (level != Assessments.NOT_ASSESSED) {
                sorted[next[level - 1]++] = assessments.units().get(u);
            }
        }
        byLevel = List.of(sorted);
        Dimension described = assessments.dimensions().get(dimension);
        stats = count == 0
                ? new DimensionStats(described, 0, 0, 0, 0.0)
                : new DimensionStats(described, count, lowest(histogram), highest(histogram),
                        Quantiles.medianOfLevels(histogram, count));
    }

    DimensionStats stats() {
        return stats;
    }

    /** The units above a level, nearest level first, ties in the round's unit order. */
    List<Unit> above(int level) {
        return byLevel.subList(atOrBelow[level], byLevel.size());
    }

    private static int lowest(int[] histogram) {
        for (int level = 1; level < histogram.length; level++) {
            if (histogram[level] > 0) {
                return level;
            }
        }
        throw new IllegalStateException("empty histogram");
    }

    private static int highest(int[] histogram) {
        for (int level = histogram.length - 1; level >= 1; level--) {
            if (histogram[level] > 0) {
                return level;
            }
        }
        throw new IllegalStateException("empty histogram");
    }
}
