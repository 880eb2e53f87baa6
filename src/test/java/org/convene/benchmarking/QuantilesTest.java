package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void shouldTakeTheMiddleLevelOfAnOddCount() {
        // levels 1, 2, 2, 3, 4
        assertThat(Quantiles.medianOfLevels(new int[] {0, 1, 2, 1, 1}, 5)).isEqualTo(2.0);
    }

    @Test
    void shouldAverageTheTwoMiddleLevelsOfAnEvenCount() {
        // levels 1, 2, 3, 4 → 2.5; levels 2, 2, 4, 4 → 3.0
        assertThat(Quantiles.medianOfLevels(new int[] {0, 1, 1, 1, 1}, 4)).isEqualTo(2.5);
        assertThat(Quantiles.medianOfLevels(new int[] {0, 0, 2, 0, 2}, 4)).isEqualTo(3.0);
    }

    @Test
    void shouldIgnoreTheNotAssessedSlotOfTheHistogram() {
        assertThat(Quantiles.medianOfLevels(new int[] {0, 0, 0, 1, 0}, 1)).isEqualTo(3.0);
    }

    @Test
    void shouldInterpolateQuantilesBetweenTheNearestRanks() {
        double[] values = {10, 20, 30, 40};

        assertThat(Quantiles.of(values, 0.25)).isEqualTo(17.5);
        assertThat(Quantiles.of(values, 0.5)).isEqualTo(25.0);
        assertThat(Quantiles.of(values, 0.75)).isEqualTo(32.5);
        assertThat(Quantiles.of(values, 0.0)).isEqualTo(10.0);
        assertThat(Quantiles.of(values, 1.0)).isEqualTo(40.0);
        assertThat(Quantiles.of(new double[] {7}, 0.25)).isEqualTo(7.0);
    }

    @Test
    void shouldRefuseNoValues() {
        assertThatThrownBy(() -> Quantiles.of(new double[0], 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.medianOfLevels(new int[5], 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
