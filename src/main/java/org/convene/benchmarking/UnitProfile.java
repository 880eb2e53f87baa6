package org.convene.benchmarking;

import java.util.List;

/**
 * What one unit can offer and what it can learn in a round.
 *
 * <p>It deliberately holds no calibration flag: a profile may be shown to other units, the
 * flag only to the convener ({@link RoundAnalysis#calibrationTalks()}).
 *
 * @param strengths   dimensions where the unit is at the round's maximum and not every
 *                    unit that assessed the dimension is there, in the model's order
 * @param growthAreas dimensions where the unit is below the round's median, in the model's order
 */
record UnitProfile(Unit unit, List<Dimension> strengths, List<GrowthArea> growthAreas) {

    boolean goodAtSomething() {
        return !strengths.isEmpty();
    }
}
