package org.convene.clinic.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void shouldGiveTheMissingUnitsToTheLargestFractions() {
        // 1.2, 2.5, 1.3 → 1, 2, 1 and the missing unit to 2.5.
        assertThat(LargestRemainder.apportion(new long[] {12, 25, 13}, 10)).containsExactly(1, 3, 1);
    }

    @Test
    void shouldBreakTiesInFavourOfTheEarlierShare() {
        // 0.5 four times → 2 units for the first two.
        assertThat(LargestRemainder.apportion(new long[] {5, 5, 5, 5}, 10)).containsExactly(1, 1, 0, 0);
    }

    @Test
    void shouldKeepWholeSharesAsTheyAre() {
        assertThat(LargestRemainder.apportion(new long[] {30, 0, 70}, 10)).containsExactly(3, 0, 7);
    }

    @Test
    void shouldRefuseSharesThatDoNotAddUpToAWholeTotal() {
        assertThatThrownBy(() -> LargestRemainder.apportion(new long[] {5, 4}, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.apportion(new long[] {15, -5}, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.apportion(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
