package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelCodeTest {

    @ParameterizedTest(name = "{0} levels, {1} dimensions, {2} missing")
    @CsvSource({
            "4, 30, 0.0", "4, 30, 0.2", "3, 7, 0.0", "7, 40, 0.1", "5, 16, 0.3", "2, 65, 0.0", "1, 3, 0.0", "64, 3, 0.1"})
    void shouldAgreeWithTheDefinitionOfGainDimensionByDimension(int levels, int dimensions, double missing) {
        Assessments round = TestRounds.random(40, dimensions, levels, missing, levels * 1000L + dimensions);
        LevelCode code = new LevelCode(round);

        for (int a = 0; a < round.unitCount(); a++) {
            for (int b = 0; b < round.unitCount(); b++) {
                int forA = gain(round, a, b);
                int forB = gain(round, b, a);
                assertThat(code.gain(a, b)).isEqualTo(forA);
                assertThat(code.mutualGain(a, b)).isEqualTo(Math.min(forA, forB));
            }
        }
    }

    /** gain(A←B) = Σ max(0, level_B − level_A) over the dimensions both assessed. */
    private static int gain(Assessments round, int learner, int teacher) {
        int gain = 0;
        for (int d = 0; d < round.dimensionCount(); d++) {
            int l = round.level(learner, d);
            int t = round.level(teacher, d);
            if (l != Assessments.NOT_ASSESSED && t != Assessments.NOT_ASSESSED) {
                gain += Math.max(0, t - l);
            }
        }
        return gain;
    }
}
