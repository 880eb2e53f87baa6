package org.convene.benchmarking;

/**
 * The levels of every unit in a thermometer code, so that a learning gain over all
 * dimensions costs a few {@link Long#bitCount} calls instead of a loop over dimensions.
 *
 * <p>Level v of a scale of L levels becomes L − 1 bits of which the lowest v − 1 are set
 * (1 → 000, 2 → 001, 3 → 011, 4 → 111). The bits that B has and A lacks are then exactly
 * max(0, level_B − level_A) per dimension, so gain(A←B) = bitCount(B &amp; ~A) summed over
 * the unit's words. This is what keeps all 12.5 million pairs of a 5,000-unit round
 * within the time budget.
 *
 * <p>A dimension a unit did not assess must add nothing to its gains in either direction,
 * so each unit also gets a presence mask with all L − 1 bits of each assessed dimension
 * set; the masks of the two units are and-ed in. Rounds without missing entries skip the
 * masks.
 */
final class LevelCode {

    private final int words;
    private final long[] bits;
    private final long[] present;
    private final boolean complete;

    LevelCode(Assessments assessments) {
        int width = Math.max(1, assessments.levels() - 1);
        // A dimension never straddles two words: simpler shifts, at most a few idle bits.
        int perWord = 64 / width;
        int dimensions = assessments.dimensionCount();
        this.words = Math.max(1, (dimensions + perWord - 1) / perWord);
        int units = assessments.unitCount();
        this.bits = new long[units * words];
        this.present = new long[units * words];
        boolean all = true;
        long fullDimension = width == 64 ? -1L : (1L << width) - 1;
        for (int u = 0; u < units; u++) {
            for (int d = 0; d < dimensions; d++) {
                int level = assessments.level(u, d);
                int word = u * words + d / perWord;
                int shift = (d % perWord) * width;
                if (level == Assessments.NOT_ASSESSED) {
                    all = false;
                    continue;
                }
                long thermometer = level == 1 ? 0L : (1L << (level - 1)) - 1;
                bits[word] |= thermometer << shift;
                present[word] |= fullDimension << shift;
            }
        }
        this.complete = all;
    }

    /** gain(learner←teacher): what the learner can learn from the teacher. */
    int gain(int learner, int teacher) {
        int l = learner * words;
        int t = teacher * words;
        int gain = 0;
        if (complete) {
            for (int w = 0; w < words; w++) {
                gain += Long.bitCount(bits[t + w] & ~bits[l + w]);
            }
        } else {
            for (int w = 0; w < words; w++) {
                gain += Long.bitCount(bits[t + w] & ~bits[l + w] & present[t + w] & present[l + w]);
            }
        }
        return gain;
    }

    /**
     * min(gain(a←b), gain(b←a)), or 0 when the pair is not reciprocal; the inner loop of
     * pairing, so both directions are computed in one pass over the words.
     */
    int mutualGain(int a, int b) {
        int ia = a * words;
        int ib = b * words;
        int forA = 0;
        int forB = 0;
        if (complete) {
            for (int w = 0; w < words; w++) {
                long x = bits[ia + w];
                long y = bits[ib + w];
                forA += Long.bitCount(y & ~x);
                forB += Long.bitCount(x & ~y);
            }
        } else {
            for (int w = 0; w < words; w++) {
                long both = present[ia + w] & present[ib + w];
                long x = bits[ia + w] & both;
                long y = bits[ib + w] & both;
                forA += Long.bitCount(y & ~x);
                forB += Long.bitCount(x & ~y);
            }
        }
        return Math.min(forA, forB);
    }
}
