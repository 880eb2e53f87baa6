package org.convene.benchmarking;

/**
 * One dimension in one round, for a trend line.
 *
 * @param count   the units that assessed the dimension in that round
 * @param mean    their mean level
 * @param best    the highest level reached
 * @param weakest the lowest level
 */
record TrendPoint(String round, int count, double mean, int best, int weakest) {

    /** best − weakest: is the community closing in on its best? */
    int gap() {
        return best - weakest;
    }
}
