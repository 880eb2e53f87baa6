package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.benchmarking.TestRounds.dimensions;
import static org.convene.benchmarking.TestRounds.levels;
import static org.convene.benchmarking.TestRounds.round;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairingTest {

    private final List<Dimension> model = dimensions(4, "D1", "D2", "D3");

    @Test
    void shouldSayWhatEachSideTeachesTheOther() {
        // A 1 3 2, C 4 3 1: gain(A←C) = 3 (D1), gain(C←A) = 1 (D3).
        Assessments round = round(model, levels(1, 3, 2), levels(4, 3, 1));

        LearningPair pair = Pairing.describe(round, 0, 1);

        assertThat(pair.a().label()).isEqualTo("A");
        assertThat(pair.b().label()).isEqualTo("B");
        assertThat(pair.gainForA()).isEqualTo(3);
        assertThat(pair.gainForB()).isEqualTo(1);
        assertThat(pair.mutualGain()).isEqualTo(1);
        assertThat(pair.aTeachesB()).containsExactly(model.get(2));
        assertThat(pair.bTeachesA()).containsExactly(model.get(0));
    }

    @Test
    void shouldFindTheOptimumWhereGreedyPairingFallsShort() {
        // W 2 1 3 | X 4 2 1 | Y 1 4 4 | Z 4 3 3. Mutual gains: W–X 2 (3 vs 2), X–Y 3 (5 vs 3),
        // Y–Z 2 (3 vs 2), W–Y 1 (4 vs 1); W–Z (4 vs 0) and X–Z (3 vs 0) are not reciprocal.
        // Greedy takes the heaviest pair X–Y (3) and then nothing is left: 3.
        // The optimum is W–X plus Y–Z: 4.
        Assessments round = round(model, levels(2, 1, 3), levels(4, 2, 1), levels(1, 4, 4), levels(4, 3, 3));

        LearningPairs pairs = Pairing.suggest(round, PairingPolicy.exact());

        assertThat(pairs.totalMutualGain()).isEqualTo(4);
        assertThat(pairs.exact()).isTrue();
        assertThat(pairs.pairs()).extracting(pair -> pair.a().label() + "–" + pair.b().label(), LearningPair::mutualGain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A–B", 2), org.assertj.core.groups.Tuple.tuple("C–D", 2));
        assertThat(greedyTotal(round)).as("greedy pairing of the same round").isEqualTo(3);
    }

    @Test
    void shouldFindTheOptimumWhenRestrictedToTheBestPartners() {
        Assessments round = round(model, levels(2, 1, 3), levels(4, 2, 1), levels(1, 4, 4), levels(4, 3, 3));

        LearningPairs pairs = Pairing.suggest(round, PairingPolicy.restricted(10, 2));

        assertThat(pairs.totalMutualGain()).isEqualTo(4);
        assertThat(pairs.exact()).isFalse();
    }

    @Test
    void shouldReachTheBestTotalWhenSeveralPairingsTie() {
        // A 1 3 2 | B 2 3 4 | C 4 3 1 | D 3 3 2: A–C 1, B–C 2, B–D 1, C–D 1; A–B, A–D one-sided.
        // {A–C, B–D} and {B–C} both reach 2.
        Assessments round = round(model, levels(1, 3, 2), levels(2, 3, 4), levels(4, 3, 1), levels(3, 3, 2));

        assertThat(RoundAnalysis.of(round).pairs().totalMutualGain()).isEqualTo(2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void shouldMatchABruteForceOptimumOnSmallRounds(long seed) {
        Assessments round = TestRounds.random(10 + (int) seed % 3, 5, 4, seed % 2 == 0 ? 0.15 : 0.0, seed);

        LearningPairs pairs = Pairing.suggest(round, PairingPolicy.exact());

        assertThat(pairs.totalMutualGain()).isEqualTo(bruteForceOptimum(round));
        assertValidPairing(round, pairs);
    }

    @Test
    void shouldStayAValidPairingOfReciprocalPairsWhenRestricted() {
        Assessments round = TestRounds.random(150, 12, 4, 0.05, 7);

        LearningPairs restricted = Pairing.suggest(round, PairingPolicy.restricted(50, 4));
        LearningPairs exact = Pairing.suggest(round, PairingPolicy.exact());

        assertValidPairing(round, restricted);
        assertThat(restricted.totalMutualGain()).isLessThanOrEqualTo(exact.totalMutualGain()).isPositive();
    }

    @Test
    void shouldCutLargeRoundsIntoBlocksOfSimilarMeanLevel() {
        // Means: A 4, B 1, C 2.5, D 1.5 (its missing entry ignored), E 3.
        Assessments round = round(dimensions(4, "D1", "D2"),
                levels(4, 4), levels(1, 1), levels(2, 3), levels(2, 1), levels(3, 3));

        List<int[]> blocks = Pairing.blocks(round, 2);

        // Order by mean: B, D, C, E, A → three blocks of sizes 1, 2, 2 (as even as possible).
        assertThat(blocks).extracting(Arrays::toString).containsExactly("[1]", "[2, 3]", "[0, 4]");
    }

    @Test
    void shouldChooseExactPairingForSmallRoundsByDefault() {
        assertThat(PairingPolicy.DEFAULT.exactFor(150)).isTrue();
        assertThat(PairingPolicy.DEFAULT.exactFor(151)).isFalse();
        assertThatThrownBy(() -> new PairingPolicy(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairingPolicy.restricted(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertValidPairing(Assessments round, LearningPairs pairs) {
        Set<Long> seen = new HashSet<>();
        long total = 0;
        for (LearningPair pair : pairs.pairs()) {
            assertThat(seen.add(pair.a().id())).as("%s in one pair at most", pair.a()).isTrue();
            assertThat(seen.add(pair.b().id())).as("%s in one pair at most", pair.b()).isTrue();
            assertThat(pair.gainForA()).isPositive();
            assertThat(pair.gainForB()).isPositive();
            assertThat(pair.a().id()).isLessThan(pair.b().id());
            total += pair.mutualGain();
        }
        assertThat(pairs.totalMutualGain()).isEqualTo(total);
        assertThat(pairs.pairs()).isSortedAccordingTo((x, y) -> Long.compare(x.a().id(), y.a().id()));
    }

    /** The best total over all matchings, by dynamic programming over subsets of units. */
    private static long bruteForceOptimum(Assessments round) {
        int n = round.unitCount();
        LevelCode code = new LevelCode(round);
        long[] best = new long[1 << n];
        for (int set = 1; set < best.length; set++) {
            int first = Integer.numberOfTrailingZeros(set);
            int rest = set & ~(1 << first);
            long value = best[rest]; // the first unit stays unpaired
            for (int other = first + 1; other < n; other++) {
                if ((rest & (1 << other)) != 0) {
                    value = Math.max(value, code.mutualGain(first, other) + best[rest & ~(1 << other)]);
                }
            }
            best[set] = value;
        }
        return best[best.length - 1];
    }

    private static long greedyTotal(Assessments round) {
        LevelCode code = new LevelCode(round);
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        IntStream.range(0, round.unitCount()).forEach(graph::addVertex);
        CandidatePairs all = CandidatePairs.all(code, IntStream.range(0, round.unitCount()).toArray());
        for (int i = 0; i < all.size(); i++) {
            graph.setEdgeWeight(graph.addEdge(all.first[i], all.second[i]), all.mutualGain[i]);
        }
        return Math.round(new GreedyWeightedMatching<>(graph, false).getMatching().getWeight());
    }
}
