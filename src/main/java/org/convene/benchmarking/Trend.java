package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each dimension moves across the rounds of a practice model since its baseline: the
 * mean level per round and the gap between the best and the weakest unit.
 *
 * @param dimension the dimension as the latest round that has it describes it
 * @param points    one per round that has the dimension and at least one level for it,
 *                  in the order the rounds were given (baseline first); a round where
 *                  nobody assessed the dimension has no point rather than a made-up zero
 */
record Trend(Dimension dimension, List<TrendPoint> points) {

    Trend {
        points = List.copyOf(points);
    }

    /**
     * The trends of every dimension that appears in any of the rounds, matched by
     * dimension id, in order of first appearance.
     *
     * @param rounds the model's rounds, oldest (the baseline) first
     */
    static List<Trend> of(List<Assessments> rounds) {
        Map<Long, Dimension> dimensions = new LinkedHashMap<>();
        Map<Long, List<TrendPoint>> points = new LinkedHashMap<>();
        for (Assessments round : rounds) {
            for (int d = 0; d < round.dimensionCount(); d++) {
                Dimension dimension = round.dimensions().get(d);
                dimensions.put(dimension.id(), dimension);
                List<TrendPoint> line = points.computeIfAbsent(dimension.id(), id -> new ArrayList<>());
                point(round, d).ifPresent(line::add);
            }
        }
        List<Trend> trends = new ArrayList<>();
        dimensions.forEach((id, dimension) -> trends.add(new Trend(dimension, points.get(id))));
        return List.copyOf(trends);
    }

    private static Optional<TrendPoint> point(Assessments round, int dimension) {
        int count = 0;
        long sum = 0;
        int best = 0;
        int weakest = Integer.MAX_VALUE;
        for (int u = 0; u < round.unitCount(); u++) {
            int level = round.level(u, dimension);
            if (level != Assessments.NOT_ASSESSED) {
                count++;
                sum += level;
                best = Math.max(best, level);
                weakest = Math.min(weakest, level);
            }
        }
        return count == 0
                ? Optional.empty()
                : Optional.of(new TrendPoint(round.round(), count, (double) sum / count, best, weakest));
    }
}
