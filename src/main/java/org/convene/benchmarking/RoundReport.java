package org.convene.benchmarking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round's analysis as one viewer may see it: units named or labelled by the round's
 * visibility, distributions only once enough units have submitted, calibration flags only for
 * conveners. Never ordered by a total score.
 */
record RoundReport(long roundId, String roundName, Visibility visibility, int submittedCount, int unitCount,
        boolean distributionsShown, List<String> levelLabels, List<DimensionRow> learningPotential,
        double shareWithStrength, List<UnitView> units, List<PairView> pairs, List<String> calibrationTalks,
        List<TrendView> trend, Charts charts) {

    /** Fewer submissions than this and no distribution is shown, so nobody can be singled out. */
    static final int MIN_SUBMITTED = 3;

    record DimensionRow(long id, String name, int count, int min, int max, double median, int spread) {
    }

    record GrowthView(long dimensionId, String dimension, int level, String levelLabel, String nextLevelLabel,
            String nextDescriptor, List<String> learnFrom) {
    }

    record UnitView(long unitId, String name, boolean own, List<String> strengths, List<GrowthView> growthAreas,
            @Nullable String radarSvg, List<List<String>> radarRows) {
    }

    /** @param gainAtoB what A passes on to B, gain(B←A); {@code gainBtoA} the other way */
    record PairView(String a, String b, long unitA, long unitB, int gainAtoB, int gainBtoA, int mutualGain,
            List<String> aTeachesB, List<String> bTeachesA, boolean involvesViewer, @Nullable Long viewerUnit,
            boolean acceptedByViewer, boolean revealed) {
    }

    record TrendView(String dimension, List<String> rounds, List<Double> means, List<Integer> best,
            List<Integer> weakest) {
    }

    record Charts(@Nullable String spread, List<List<String>> spreadRows, @Nullable String heatmap,
            List<List<String>> heatmapRows, List<String> heatmapColumns, @Nullable String trend,
            List<List<String>> trendRows, List<String> trendRounds, @Nullable String metrics,
            List<List<String>> metricRows) {
    }
}
