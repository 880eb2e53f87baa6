package org.convene.benchmarking;

import java.util.List;

/**
 * The suggested pairing of a round: each unit in at most one pair.
 *
 * @param pairs           ordered by the round's unit order of {@link LearningPair#a()}
 * @param totalMutualGain the sum of the pairs' mutual gains, the quantity maximised
 * @param exact           whether every reciprocal pair was a candidate, so the total is
 *                        the true optimum; {@code false} when candidates were restricted
 *                        to each unit's best partners ({@link PairingPolicy})
 */
record LearningPairs(List<LearningPair> pairs, long totalMutualGain, boolean exact) {
}
