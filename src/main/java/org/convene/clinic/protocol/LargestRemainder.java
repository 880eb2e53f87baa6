package org.convene.clinic.protocol;

/**
 * Rounds exact fractional shares to whole numbers that still add up to the exact total
 * (the largest-remainder, or Hamilton, method): every share first gets its whole part, then
 * the units still missing go one each to the shares with the largest fractional parts.
 *
 * <p>Shares are given as numerators over one common denominator so the computation is exact:
 * no floating point, hence no plan that differs between two runs or two machines. Equal
 * fractional parts are resolved in favour of the earlier share, which for an agenda means
 * the earlier step.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param numerators  each share times {@code denominator}; their sum must be a multiple of it
     * @param denominator the common denominator, positive
     * @return the rounded shares, each the floor or the ceiling of its exact value, summing to
     *         {@code sum(numerators) / denominator}
     */
    static int[] apportion(long[] numerators, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        long sum = 0;
        for (long numerator : numerators) {
            if (numerator < 0) {
                throw new IllegalArgumentException("shares cannot be negative: " + numerator);
            }
            sum += numerator;
        }
        if (sum % denominator != 0) {
            throw new IllegalArgumentException("shares do not add up to a whole total");
        }
        int[] rounded = new int[numerators.length];
        long missing = sum / denominator;
        for (int i = 0; i < numerators.length; i++) {
            rounded[i] = Math.toIntExact(numerators[i] / denominator);
            missing -= rounded[i];
        }
        // At most one unit per share is missing, so one pass over the remainders is enough.
        boolean[] roundedUp = new boolean[numerators.length];
        for (; missing > 0; missing--) {
            int largest = -1;
            for (int i = 0; i < numerators.length; i++) {
                if (!roundedUp[i] && (largest < 0
                        || numerators[i] % denominator > numerators[largest] % denominator)) {
                    largest = i;
                }
            }
            roundedUp[largest] = true;
            rounded[largest]++;
        }
        return rounded;
    }
}
