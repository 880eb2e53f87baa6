package org.convene.benchmarking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-assessments of one round: for each participating unit its level (1..L) in each
 * dimension of the practice model, and optionally a metric value.
 *
 * <p>Levels are kept in one flat {@code int} array, unit-major, because the analysis of a
 * large round (5,000 units × 30 dimensions) walks them millions of times while pairing.
 *
 * <p><b>Missing entries.</b> A unit may leave a dimension unassessed (level {@value #NOT_ASSESSED}).
 * Such a unit simply does not take part in that dimension: it is not counted in the
 * dimension's figures, has neither a strength nor a growth area there, is not offered as
 * someone to learn from there, and the dimension adds nothing to its learning gains with
 * anybody. A missing metric value is likewise left out of the metric's distribution.
 */
final class Assessments {

    /** The level recorded for a dimension a unit did not assess. */
    static final int NOT_ASSESSED = 0;

    private final String round;
    private final int levels;
    private final List<Dimension> dimensions;
    private final List<Unit> units;
    private final int[] level;
    private final double[] metric;

    private Assessments(Builder builder) {
        this.round = builder.round;
        this.levels = builder.levels;
        this.dimensions = builder.dimensions;
        this.units = builder.units;
        this.level = builder.level.clone();
        this.metric = builder.metric.clone();
    }

    /**
     * Starts a round.
     *
     * @param round      the round's name, e.g. "2026 Q4"
     * @param levels     L, the number of levels of the model's maturity scale
     * @param dimensions the model's dimensions, in the model's order; each has L descriptors
     * @param units      the participating units, in a fixed order that is never a ranking
     */
    static Builder builder(String round, int levels, List<Dimension> dimensions, List<Unit> units) {
        return new Builder(round, levels, dimensions, units);
    }

    String round() {
        return round;
    }

    /** L: levels run from 1 to L. */
    int levels() {
        return levels;
    }

    List<Dimension> dimensions() {
        return dimensions;
    }

    List<Unit> units() {
        return units;
    }

    int unitCount() {
        return units.size();
    }

    int dimensionCount() {
        return dimensions.size();
    }

    /** The level of a unit in a dimension, by position, or {@link #NOT_ASSESSED}. */
    int level(int unit, int dimension) {
        return level[unit * dimensions.size() + dimension];
    }

    /** The metric value of a unit in a dimension, by position, or NaN when there is none. */
    double metric(int unit, int dimension) {
        return metric[unit * dimensions.size() + dimension];
    }

    /** Collects a round's entries; ids not in the round are refused, not ignored. */
    static final class Builder {

        private final String round;
        private final int levels;
        private final List<Dimension> dimensions;
        private final List<Unit> units;
        private final Map<Long, Integer> unitIndex;
        private final Map<Long, Integer> dimensionIndex;
        private final int[] level;
        private final double[] metric;

        private Builder(String round, int levels, List<Dimension> dimensions, List<Unit> units) {
            if (levels < 1 || levels > 64) {
                throw new IllegalArgumentException("a scale has 1 to 64 levels, not " + levels);
            }
            this.round = round;
            this.levels = levels;
            this.dimensions = List.copyOf(dimensions);
            this.units = List.copyOf(units);
            this.dimensionIndex = index(this.dimensions.stream().map(Dimension::id).toList(), "dimension");
            this.unitIndex = index(this.units.stream().map(Unit::id).toList(), "unit");
            for (Dimension dimension : this.dimensions) {
                if (dimension.levels() != levels) {
                    throw new IllegalArgumentException("dimension " + dimension.id() + " has "
                            + dimension.levels() + " descriptors for a scale of " + levels + " levels");
                }
            }
            this.level = new int[this.units.size() * this.dimensions.size()];
            this.metric = new double[level.length];
            Arrays.fill(metric, Double.NaN);
        }

        private static Map<Long, Integer> index(List<Long> ids, String what) {
            Map<Long, Integer> index = new HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) {
                if (index.put(ids.get(i), i) != null) {
                    throw new IllegalArgumentException("duplicate " + what + " " + ids.get(i));
                }
            }
            return index;
        }

        /** Records a unit's level (1..L) in a dimension, replacing any earlier one. */
        Builder level(long unitId, long dimensionId, int value) {
            if (value < 1 || value > levels) {
                throw new IllegalArgumentException("level " + value + " is outside 1.." + levels);
            }
            level[slot(unitId, dimensionId)] = value;
            return this;
        }

        /**
         * Records a unit's levels in all dimensions at once, in the model's order;
         * {@link #NOT_ASSESSED} leaves a dimension unassessed.
         */
        Builder levels(long unitId, int... values) {
            if (values.length != dimensions.size()) {
                throw new IllegalArgumentException(values.length + " levels for " + dimensions.size() + " dimensions");
            }
            int unit = position(unitIndex, unitId, "unit");
            for (int d = 0; d < values.length; d++) {
                if (values[d] != NOT_ASSESSED && (values[d] < 1 || values[d] > levels)) {
                    throw new IllegalArgumentException("level " + values[d] + " is outside 1.." + levels);
                }
                level[unit * dimensions.size() + d] = values[d];
            }
            return this;
        }

        /** Records a unit's metric value in a dimension that has a metric. */
        Builder metric(long unitId, long dimensionId, double value) {
            int slot = slot(unitId, dimensionId);
            if (dimensions.get(slot % dimensions.size()).metric() == null) {
                throw new IllegalArgumentException("dimension " + dimensionId + " has no metric");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("metric value " + value + " is not a number");
            }
            metric[slot] = value;
            return this;
        }

        Assessments build() {
            return new Assessments(this);
        }

        private int slot(long unitId, long dimensionId) {
            return position(unitIndex, unitId, "unit") * dimensions.size()
                    + position(dimensionIndex, dimensionId, "dimension");
        }

        private static int position(Map<Long, Integer> index, long id, String what) {
            Integer position = index.get(id);
            if (position == null) {
                throw new IllegalArgumentException("no " + what + " " + id + " in this round");
            }
            return position;
        }
    }
}
