package org.convene.benchmarking;

/**
 * The figures of one dimension in a round, over the units that assessed it.
 *
 * <p>A dimension nobody assessed has count 0 and min, max, median and spread 0; it is left
 * out of the learning-potential ranking.
 *
 * @param median the middle level; for an even count the mean of the two middle levels,
 *               so it can be x.5 (levels 1, 2, 3, 4 have median 2.5)
 */
record DimensionStats(Dimension dimension, int count, int min, int max, double median) {

    /** The gap between the strongest and the weakest unit: max − min. */
    int spread() {
        return max - min;
    }
}
