package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Suggests a round's learning pairs and says what each side teaches the other.
 *
 * <p>Exact maximum-weight matching (Blossom V) is fast on a few hundred units but grows
 * much faster than linearly, and scoring all 12.5 million pairs of a 5,000-unit round
 * costs time of its own. Large rounds are therefore cut into blocks of units of similar
 * mean level. Why that loses little: without missing entries
 * gain(A←B) + gain(B←A) = Σ|level_A − level_B| and gain(A←B) − gain(B←A) = total_B − total_A,
 * so the mutual gain is (Σ|level_A − level_B| − |total_A − total_B|) / 2: good pairs have
 * similar totals and differ dimension by dimension, and such pairs stay within a block.
 */
final class Pairing {

    private Pairing() {
    }

    static LearningPairs suggest(Assessments assessments, PairingPolicy policy) {
        int units = assessments.unitCount();
        LevelCode code = new LevelCode(assessments);
        boolean exact = policy.exactFor(units);
        int[] partner = new int[units];
        Arrays.fill(partner, -1);
        if (exact) {
            int[] everyone = IntStream.range(0, units).toArray();
            MaximumMutualGainMatching.match(CandidatePairs.all(code, everyone), partner);
        } else {
            for (int[] block : blocks(assessments, policy.blockSize())) {
                MaximumMutualGainMatching.match(CandidatePairs.bestPartners(code, block, policy.partnersPerUnit()), partner);
            }
        }
        List<LearningPair> pairs = new ArrayList<>();
        long total = 0;
        for (int a = 0; a < units; a++) {
            if (partner[a] > a) {
                LearningPair pair = describe(assessments, a, partner[a]);
                total += pair.mutualGain();
                pairs.add(pair);
            }
        }
        return new LearningPairs(List.copyOf(pairs), total, exact);
    }

    /**
     * The units in order of mean assessed level, cut into blocks of nearly equal size no
     * larger than {@code blockSize}; each block's members in ascending position.
     */
    static List<int[]> blocks(Assessments assessments, int blockSize) {
        int units = assessments.unitCount();
        double[] mean = new double[units];
        for (int u = 0; u < units; u++) {
            int sum = 0;
            int assessed = 0;
            for (int d = 0; d < assessments.dimensionCount(); d++) {
                int level = assessments.level(u, d);
                if (level != Assessments.NOT_ASSESSED) {
                    sum += level;
                    assessed++;
                }
            }
            mean[u] = assessed == 0 ? 0.0 : (double) sum / assessed;
        }
        int[] order = IntStream.range(0, units).boxed()
                .sorted(Comparator.comparingDouble((Integer u) -> mean[u]))
                .mapToInt(Integer::intValue)
                .toArray();
        int count = Math.max(1, (units + blockSize - 1) / blockSize);
        List<int[]> blocks = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            int[] block = Arrays.copyOfRange(order, (int) ((long) b * units / count), (int) ((long) (b + 1) * units / count));
            Arrays.sort(block);
            blocks.add(block);
        }
        return blocks;
    }

    /** Spells out a pair dimension by dimension; only for the chosen pairs, so no hurry. */
    static LearningPair describe(Assessments assessments, int a, int b) {
        List<Dimension> aTeachesB = new ArrayList<>();
        List<Dimension> bTeachesA = new ArrayList<>();
        int forA = 0;
        int forB = 0;
        for (int d = 0; d < assessments.dimensionCount(); d++) {
            int levelA = assessments.level(a, d);
            int levelB = assessments.level(b, d);
            if (levelA == Assessments.NOT_ASSESSED || levelB == Assessments.NOT_ASSESSED) {
                continue;
            }
            if (levelA > levelB) {
                aTeachesB.add(assessments.dimensions().get(d));
                forB += levelA - levelB;
            } else if (levelB > levelA) {
                bTeachesA.add(assessments.dimensions().get(d));
                forA += levelB - levelA;
            }
        }
        return new LearningPair(assessments.units().get(a), assessments.units().get(b), forA, forB,
                List.copyOf(aTeachesB), List.copyOf(bTeachesA));
    }
}
