package org.convene.benchmarking;

import java.util.List;

/**
 * A suggested reciprocal learning pair: each unit teaches the other something.
 *
 * <p>Gains follow the notation: gain(A←B) = Σ over dimensions of
 * max(0, level_B − level_A), what A can learn from B, counted over the dimensions both
 * assessed.
 *
 * @param a          the unit that comes first in the round's unit order
 * @param gainForA   gain(A←B), what B can pass on to A (the API's {@code gainBtoA})
 * @param gainForB   gain(B←A), what A can pass on to B (the API's {@code gainAtoB})
 * @param aTeachesB  the dimensions where A is above B, in the model's order
 * @param bTeachesA  the dimensions where B is above A, in the model's order
 */
record LearningPair(Unit a, Unit b, int gainForA, int gainForB, List<Dimension> aTeachesB, List<Dimension> bTeachesA) {

    /** min(gain(A←B), gain(B←A)): a pair is only as good as its weaker direction. */
    int mutualGain() {
        return Math.min(gainForA, gainForB);
    }
}
