package org.convene.benchmarking;

import java.util.Locale;

/**
 * How close restricted pairing stays to the best possible total mutual gain, printed
 * before the timings (JMH measures time, not quality).
 *
 * <p>On 500 units the exact optimum is computed. On 5,000 units it is out of reach, so the
 * result is compared with an upper bound instead: a unit gains at most its best partner's
 * mutual gain, so no pairing exceeds half the sum of every unit's best mutual gain.
 */
public final class PairingQuality {

    private PairingQuality() {
    }

    public static void main(String[] args) {
        System.out.println("Pairing quality (random rounds, 30 dimensions, 4 levels)");
        PairingPolicy defaults = PairingPolicy.DEFAULT;
        // 5 blocks of 100 on 500 units: the same number of blocks as the default on 5,000.
        PairingPolicy fiveBlocks = PairingPolicy.restricted(100, defaults.partnersPerUnit());
        for (long seed = 1; seed <= 5; seed++) {
            Assessments round = RandomRounds.uniform(500, 30, 4, seed);
            long exact = Pairing.suggest(round, PairingPolicy.exact()).totalMutualGain();
            long byDefault = Pairing.suggest(round, defaults).totalMutualGain();
            long blocked = Pairing.suggest(round, fiveBlocks).totalMutualGain();
            System.out.printf(Locale.ROOT,
                    "500 units, seed %d: exact %d | default (1 block, k=%d) %d = %.2f%% | 5 blocks of 100, k=%d: %d = %.2f%%%n",
                    seed, exact, defaults.partnersPerUnit(), byDefault, percent(byDefault, exact),
                    fiveBlocks.partnersPerUnit(), blocked, percent(blocked, exact));
        }
        for (long seed = 1; seed <= 2; seed++) {
            Assessments round = RandomRounds.uniform(5_000, 30, 4, seed);
            double bound = upperBound(round);
            long byDefault = Pairing.suggest(round, defaults).totalMutualGain();
            long oneBlock = Pairing.suggest(round, PairingPolicy.restricted(5_000, defaults.partnersPerUnit())).totalMutualGain();
            System.out.printf(Locale.ROOT,
                    "5000 units, seed %d: upper bound %.1f | default (5 blocks) %d = %.2f%% of bound | one block %d = %.2f%% of bound, default reaches %.2f%% of it%n",
                    seed, bound, byDefault, percent(byDefault, bound), oneBlock, percent(oneBlock, bound), percent(byDefault, oneBlock));
        }
    }

    private static double upperBound(Assessments round) {
        LevelCode code = new LevelCode(round);
        long sum = 0;
        for (int a = 0; a < round.unitCount(); a++) {
            int best = 0;
            for (int b = 0; b < round.unitCount(); b++) {
                if (a != b) {
                    best = Math.max(best, code.mutualGain(a, b));
                }
            }
            sum += best;
        }
        return sum / 2.0;
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
