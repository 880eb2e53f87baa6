package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.benchmarking.TestRounds.dimensions;
import static org.convene.benchmarking.TestRounds.levels;
import static org.convene.benchmarking.TestRounds.round;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoundAnalysisTest {

    // Sharing, Safety, Onboarding on the scale 1..4:
    //   A 1 3 2 | B 2 3 4 | C 4 3 1 | D 3 3 2
    // Sharing 1,2,3,4: median 2.5, spread 3. Safety all 3: spread 0.
    // Onboarding 1,2,2,4: median 2.0, spread 3.
    private final List<Dimension> model = dimensions(4, "Sharing", "Safety", "Onboarding");
    private final Dimension sharing = model.get(0);
    private final Dimension safety = model.get(1);
    private final Dimension onboarding = model.get(2);
    private final RoundAnalysis analysis = RoundAnalysis.of(round(model,
            levels(1, 3, 2), levels(2, 3, 4), levels(4, 3, 1), levels(3, 3, 2)));

    @Nested
    class Dimensions {

        @Test
        void shouldGiveCountMinMaxMedianAndSpreadInTheModelsOrder() {
            assertThat(analysis.dimensions()).containsExactly(
                    new DimensionStats(sharing, 4, 1, 4, 2.5),
                    new DimensionStats(safety, 4, 3, 3, 3.0),
                    new DimensionStats(onboarding, 4, 1, 4, 2.0));
            assertThat(analysis.dimensions()).extracting(DimensionStats::spread).containsExactly(3, 0, 3);
        }

        @Test
        void shouldRankByLargestSpreadAndThenByLowerMedian() {
            assertThat(analysis.learningPotential()).extracting(DimensionStats::dimension)
                    .containsExactly(onboarding, sharing, safety);
        }

        @Test
        void shouldKeepTheModelsOrderWhenSpreadAndMedianTie() {
            // P 2,4 (spread 2, median 3) · Q 1,3 (2, 2) · R 1,3 (2, 2) · S 1,4 (3, 2.5)
            List<Dimension> pqrs = dimensions(4, "P", "Q", "R", "S");
            RoundAnalysis ranked = RoundAnalysis.of(round(pqrs, levels(2, 1, 1, 1), levels(4, 3, 3, 4)));

            assertThat(ranked.learningPotential()).extracting(stats -> stats.dimension().name())
                    .containsExactly("S", "Q", "R", "P");
        }
    }

    @Nested
    class Units {

        @Test
        void shouldFindStrengthsAtTheMaximumUnlessEveryUnitIsThere() {
            assertThat(analysis.units()).extracting(UnitProfile::strengths).containsExactly(
                    List.of(), List.of(onboarding), List.of(sharing), List.of());
        }

        @Test
        void shouldFindGrowthAreasBelowTheMedianWithTheNextLevelAndWhomToLearnFrom() {
            assertThat(analysis.unit(1).growthAreas()).containsExactly(
                    new GrowthArea(sharing, 1, 2, "Sharing L2", List.of(unit(2, "B"), unit(4, "D"), unit(3, "C"))));
            assertThat(analysis.unit(2).growthAreas()).containsExactly(
                    new GrowthArea(sharing, 2, 3, "Sharing L3", List.of(unit(4, "D"), unit(3, "C"))));
            // Onboarding median 2.0: C at 1 is below; A and D at 2 are not.
            assertThat(analysis.unit(3).growthAreas()).containsExactly(
                    new GrowthArea(onboarding, 1, 2, "Onboarding L2", List.of(unit(1, "A"), unit(4, "D"), unit(2, "B"))));
            assertThat(analysis.unit(4).growthAreas()).isEmpty();
        }

        @Test
        void shouldListUnitsInTheRoundsOrder() {
            assertThat(analysis.units()).extracting(profile -> profile.unit().label()).containsExactly("A", "B", "C", "D");
        }

        @Test
        void shouldCountTheShareOfUnitsGoodAtSomething() {
            assertThat(analysis.shareWithStrength()).isEqualTo(0.5);
        }

        @Test
        void shouldRefuseAUnitNotInTheRound() {
            assertThatThrownBy(() -> analysis.unit(99)).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Nested
    class Calibration {

        @Test
        void shouldFlagUnitsAtTheTopLevelInAtLeastEightyPercentOfTheirDimensions() {
            List<Dimension> five = dimensions(4, "D1", "D2", "D3", "D4", "D5");
            RoundAnalysis flagged = RoundAnalysis.of(round(five,
                    levels(4, 4, 4, 4, 1),   // A: 4 of 5 = 80% → flagged
                    levels(4, 4, 4, 1, 1),   // B: 60%
                    levels(4, 4, 4, 4, 0),   // C: 4 of the 4 it assessed → flagged
                    levels(4, 4, 4, 1, 0),   // D: 3 of 4 = 75%
                    levels(0, 0, 0, 0, 0))); // E: assessed nothing

            assertThat(flagged.calibrationTalks()).extracting(Unit::label).containsExactly("A", "C");
        }

        @Test
        void shouldFlagNobodyInAnOrdinaryRound() {
            assertThat(analysis.calibrationTalks()).isEmpty();
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void shouldAnalyseASingleUnit() {
            RoundAnalysis single = RoundAnalysis.of(round(dimensions(4, "D1", "D2"), levels(1, 3)));

            assertThat(single.dimensions()).extracting(DimensionStats::count, DimensionStats::min, DimensionStats::max,
                    DimensionStats::median, DimensionStats::spread).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, 1, 1, 1.0, 0),
                    org.assertj.core.groups.Tuple.tuple(1, 3, 3, 3.0, 0));
            assertThat(single.learningPotential()).extracting(stats -> stats.dimension().name()).containsExactly("D1", "D2");
            assertThat(single.unit(1).strengths()).isEmpty();
            assertThat(single.unit(1).growthAreas()).isEmpty();
            assertThat(single.shareWithStrength()).isZero();
            assertThat(single.pairs().pairs()).isEmpty();
        }

        @Test
        void shouldFindNothingToLearnWhenAllUnitsAreEqual() {
            RoundAnalysis equal = RoundAnalysis.of(round(dimensions(4, "D1", "D2"),
                    levels(2, 3), levels(2, 3), levels(2, 3)));

            assertThat(equal.dimensions()).extracting(DimensionStats::spread).containsExactly(0, 0);
            assertThat(equal.units()).allSatisfy(profile -> {
                assertThat(profile.strengths()).isEmpty();
                assertThat(profile.growthAreas()).isEmpty();
            });
            assertThat(equal.shareWithStrength()).isZero();
            assertThat(equal.pairs().pairs()).isEmpty();
            assertThat(equal.pairs().totalMutualGain()).isZero();
        }

        @Test
        void shouldAnalyseARoundWithoutUnits() {
            RoundAnalysis empty = RoundAnalysis.of(round(dimensions(4, "D1")));

            assertThat(empty.dimensions()).containsExactly(new DimensionStats(empty.dimensions().get(0).dimension(), 0, 0, 0, 0.0));
            assertThat(empty.learningPotential()).isEmpty();
            assertThat(empty.units()).isEmpty();
            assertThat(empty.shareWithStrength()).isZero();
            assertThat(empty.pairs().pairs()).isEmpty();
        }
    }

    @Nested
    class MissingEntries {

        // D1, D2, D3 (0 = not assessed):
        //   A 1 - 4 | B 3 2 - | C - 4 1 | D 2 - - | E 2 3 2
        // D1 1,2,2,3: median 2.0, spread 2 · D2 2,3,4: median 3.0, spread 2 · D3 1,2,4: median 2.0, spread 3
        private final List<Dimension> three = dimensions(4, "D1", "D2", "D3");
        private final RoundAnalysis gappy = RoundAnalysis.of(round(three,
                levels(1, 0, 4), levels(3, 2, 0), levels(0, 4, 1), levels(2, 0, 0), levels(2, 3, 2)));

        @Test
        void shouldCountOnlyTheUnitsThatAssessedADimension() {
            assertThat(gappy.dimensions()).containsExactly(
                    new DimensionStats(three.get(0), 4, 1, 3, 2.0),
                    new DimensionStats(three.get(1), 3, 2, 4, 3.0),
                    new DimensionStats(three.get(2), 3, 1, 4, 2.0));
            assertThat(gappy.learningPotential()).extracting(stats -> stats.dimension().name())
                    .containsExactly("D3", "D1", "D2");
        }

        @Test
        void shouldGiveStrengthsAndGrowthAreasOnlyWhereAUnitAssessed() {
            assertThat(gappy.units()).extracting(profile -> profile.strengths().stream().map(Dimension::name).toList())
                    .containsExactly(List.of("D3"), List.of("D1"), List.of("D2"), List.of(), List.of());
            assertThat(gappy.unit(1).growthAreas()).containsExactly(
                    new GrowthArea(three.get(0), 1, 2, "D1 L2", List.of(unit(4, "D"), unit(5, "E"), unit(2, "B"))));
            assertThat(gappy.unit(2).growthAreas()).containsExactly(
                    new GrowthArea(three.get(1), 2, 3, "D2 L3", List.of(unit(5, "E"), unit(3, "C"))));
            assertThat(gappy.unit(3).growthAreas()).containsExactly(
                    new GrowthArea(three.get(2), 1, 2, "D3 L2", List.of(unit(5, "E"), unit(1, "A"))));
            assertThat(gappy.unit(4).growthAreas()).isEmpty();
            assertThat(gappy.unit(5).growthAreas()).isEmpty();
            assertThat(gappy.shareWithStrength()).isEqualTo(0.6);
        }

        @Test
        void shouldPairOnlyOnDimensionsBothUnitsAssessed() {
            // Only E is reciprocal with anyone (mutual gain 1 with A, B and C); counting a
            // missing entry as level 0 would make A–B, A–C and B–C reciprocal as well.
            LearningPairs pairs = gappy.pairs();

            assertThat(pairs.totalMutualGain()).isEqualTo(1);
            assertThat(pairs.pairs()).singleElement().satisfies(pair -> assertThat(pair.b()).isEqualTo(unit(5, "E")));
        }
    }

    private static Unit unit(long id, String label) {
        return new Unit(id, label);
    }
}
