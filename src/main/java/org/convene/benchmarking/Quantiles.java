package org.convene.benchmarking;

/** The one quantile definition used everywhere, so medians of levels and of metrics agree. */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * The q-quantile (0 ≤ q ≤ 1) of sorted values, interpolating linearly between the two
     * nearest ranks (R type 7, spreadsheet PERCENTILE.INC): the median of an even count is
     * the mean of the two middle values.
     */
    static double of(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double rank = (sorted.length - 1) * q;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /**
     * The median of levels given as a histogram ({@code histogram[level]} units at each
     * level), the same definition as {@link #of} without sorting anything.
     */
    static double medianOfLevels(int[] histogram, int count) {
        if (count == 0) {
            throw new IllegalArgumentException("no levels");
        }
        int lowerMiddle = levelAtRank(histogram, (count - 1) / 2);
        int upperMiddle = levelAtRank(histogram, count / 2);
        return (lowerMiddle + upperMiddle) / 2.0;
    }

    /** The level of the unit at a 0-based rank in ascending order. */
    private static int levelAtRank(int[] histogram, int rank) {
        int seen = 0;
        for (int level = 0; level < histogram.length; level++) {
            seen += histogram[level];
            if (seen > rank) {
                return level;
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond the histogram");
    }
}
