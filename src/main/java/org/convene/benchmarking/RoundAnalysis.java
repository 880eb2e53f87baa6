package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The analysis of one round: where the community's learning potential lies, what each unit
 * is good at and can grow in, and who should learn from whom. Immutable; computed once
 * from the round's {@link Assessments}.
 *
 * <p>Units are always listed in the round's own order, never by a score: it is learning,
 * not a league table.
 */
final class RoundAnalysis {

    private final String round;
    private final List<DimensionStats> dimensions;
    private final List<DimensionStats> learningPotential;
    private final List<UnitProfile> units;
    private final Map<Long, UnitProfile> unitsById;
    private final double shareWithStrength;
    private final List<Unit> calibrationTalks;
    private final List<MetricDistribution> metricDistributions;
    /** The pairing is the costly part, and only reports need it (a case's invitees need strengths only). */
    private final Supplier<LearningPairs> pairs;

    private RoundAnalysis(Assessments assessments, PairingPolicy policy) {
        this.round = assessments.round();
        List<DimensionLevels> levels = new ArrayList<>(assessments.dimensionCount());
        for (int d = 0; d < assessments.dimensionCount(); d++) {
            levels.add(new DimensionLevels(assessments, d));
        }
        this.dimensions = levels.stream().map(DimensionLevels::stats).toList();
        this.learningPotential = rankByLearningPotential(dimensions);
        this.units = profiles(assessments, levels);
        this.unitsById = new HashMap<>(units.size() * 2);
        units.forEach(profile -> unitsById.put(profile.unit().id(), profile));
        long goodAtSomething = units.stream().filter(UnitProfile::goodAtSomething).count();
        this.shareWithStrength = units.isEmpty() ? 0.0 : (double) goodAtSomething / units.size();
        this.calibrationTalks = calibrationTalks(assessments);
        this.metricDistributions = MetricDistributions.of(assessments);
        this.pairs = memoized(() -> Pairing.suggest(assessments, policy));
    }

    private static <T> Supplier<T> memoized(Supplier<T> compute) {
        var done = new AtomicReference<T>();
        return () -> {
            T value = done.get();
            if (value == null) {
                value = compute.get();
                done.compareAndSet(null, value);
                value = done.get();
            }
            return value;
        };
    }

    static RoundAnalysis of(Assessments assessments) {
        return of(assessments, PairingPolicy.DEFAULT);
    }

    static RoundAnalysis of(Assessments assessments, PairingPolicy policy) {
        return new RoundAnalysis(assessments, policy);
    }

    String round() {
        return round;
    }

    /** Per dimension count, min, max, median and spread, in the model's order. */
    List<DimensionStats> dimensions() {
        return dimensions;
    }

    /**
     * The assessed dimensions ranked by learning potential: largest spread first; ties
     * go to the lower median (more units have room to grow), then to the model's order.
     */
    List<DimensionStats> learningPotential() {
        return learningPotential;
    }

    /** Every unit's strengths and growth areas, in the round's unit order. */
    List<UnitProfile> units() {
        return units;
    }

    UnitProfile unit(long unitId) {
        UnitProfile profile = unitsById.get(unitId);
        if (profile == null) {
            throw new NoSuchElementException("no unit " + unitId + " in round " + round);
        }
        return profile;
    }

    /**
     * Units with at least one strength / all units of the round (0 for a round without
     * units). Units that assessed nothing count in the denominator: they take part.
     */
    double shareWithStrength() {
        return shareWithStrength;
    }

    /**
     * Units at the top level in at least 80% of the dimensions they assessed, for the
     * convener to talk through; never to be shown to other units.
     */
    List<Unit> calibrationTalks() {
        return calibrationTalks;
    }

    /** Per dimension with a metric and at least one value, its quartiles. */
    List<MetricDistribution> metricDistributions() {
        return metricDistributions;
    }

    /** The suggested reciprocal learning pairs. */
    LearningPairs pairs() {
        return pairs.get();
    }

    private static List<DimensionStats> rankByLearningPotential(List<DimensionStats> dimensions) {
        // List.sort is stable, so equal spread and median keep the model's order.
        List<DimensionStats> ranked = new ArrayList<>(dimensions.stream().filter(d -> d.count() > 0).toList());
        ranked.sort(Comparator.comparingInt(DimensionStats::spread).reversed()
                .thenComparingDouble(DimensionStats::median));
        return List.copyOf(ranked);
    }

    private static List<UnitProfile> profiles(Assessments assessments, List<DimensionLevels> levels) {
        List<UnitProfile> profiles = new ArrayList<>(assessments.unitCount());
        for (int u = 0; u < assessments.unitCount(); u++) {
            List<Dimension> strengths = new ArrayList<>();
            List<GrowthArea> growthAreas = new ArrayList<>();
            for (int d = 0; d < assessments.dimensionCount(); d++) {
                int level = assessments.level(u, d);
                if (level == Assessments.NOT_ASSESSED) {
                    continue;
                }
                DimensionStats stats = levels.get(d).stats();
                if (level == stats.max() && stats.min() < stats.max()) {
                    strengths.add(stats.dimension());
                }
                if (level < stats.median()) {
                    // Below the median means below the maximum, so a next level exists.
                    growthAreas.add(new GrowthArea(stats.dimension(), level, level + 1,
                            stats.dimension().descriptor(level + 1), levels.get(d).above(level)));
                }
            }
            profiles.add(new UnitProfile(assessments.units().get(u), List.copyOf(strengths), List.copyOf(growthAreas)));
        }
        return List.copyOf(profiles);
    }

    private static List<Unit> calibrationTalks(Assessments assessments) {
        List<Unit> flagged = new ArrayList<>();
        for (int u = 0; u < assessments.unitCount(); u++) {
            int assessed = 0;
            int atTop = 0;
            for (int d = 0; d < assessments.dimensionCount(); d++) {
                int level = assessments.level(u, d);
                if (level != Assessments.NOT_ASSESSED) {
                    assessed++;
                    if (level == assessments.levels()) {
                        atTop++;
                    }
                }
            }
            // Integer form of atTop / assessed >= 0.8, free of rounding at exactly 80%.
            if (assessed > 0 && atTop * 5 >= assessed * 4) {
                flagged.add(assessments.units().get(u));
            }
        }
        return List.copyOf(flagged);
    }
}
