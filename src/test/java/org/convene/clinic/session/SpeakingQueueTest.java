package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpeakingQueueTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final long ANA = 3;
    private static final long BEN = 4;
    private static final long CHLOE = 5;

    @Test
    void shouldPutWhoeverHasTakenFewestTurnsFirst() {
        SpeakingQueue queue = SpeakingQueue.empty()
                .raise(ANA, T0)
                .raise(BEN, T0.plusSeconds(5))
                .raise(CHLOE, T0.plusSeconds(10));
        Map<Long, Integer> turns = Map.of(ANA, 4, BEN, 1);

        assertThat(queue.inSpeakingOrder(member -> turns.getOrDefault(member, 0)))
                .extracting(RaisedHand::memberId)
                .containsExactly(CHLOE, BEN, ANA);
    }

    @Test
    void shouldPutTheEarliestHandFirstAmongThoseWithEqualTurns() {
        SpeakingQueue queue = SpeakingQueue.empty()
                .raise(CHLOE, T0.plusSeconds(2))
                .raise(ANA, T0.plusSeconds(1))
                .raise(BEN, T0.plusSeconds(3));
        Map<Long, Integer> turns = Map.of(ANA, 2, BEN, 1, CHLOE, 1);

        assertThat(queue.inSpeakingOrder(member -> turns.get(member)))
                .extracting(RaisedHand::memberId)
                .containsExactly(CHLOE, BEN, ANA);
    }

    @Test
    void shouldKeepArrivalOrderForHandsRaisedAtTheSameInstantWithEqualTurns() {
        SpeakingQueue queue = SpeakingQueue.empty().raise(BEN, T0).raise(ANA, T0).raise(CHLOE, T0);

        assertThat(queue.inSpeakingOrder(member -> 0))
                .extracting(RaisedHand::memberId)
                .containsExactly(BEN, ANA, CHLOE);
    }

    @Test
    void shouldKeepTheOriginalPlaceWhenAHandIsRaisedTwice() {
        SpeakingQueue queue = SpeakingQueue.empty().raise(ANA, T0).raise(BEN, T0.plusSeconds(1));

        SpeakingQueue again = queue.raise(ANA, T0.plusSeconds(2));

        assertThat(again).isEqualTo(queue);
        assertThat(again.hands()).extracting(RaisedHand::raisedAt).first().isEqualTo(T0);
    }

    @Test
    void shouldRemoveALoweredHandAndIgnoreOneNeverRaised() {
        SpeakingQueue queue = SpeakingQueue.empty().raise(ANA, T0).raise(BEN, T0.plusSeconds(1));

        assertThat(queue.lower(ANA).hands()).extracting(RaisedHand::memberId).containsExactly(BEN);
        assertThat(queue.lower(CHLOE)).isEqualTo(queue);
        assertThat(queue.contains(ANA)).isTrue();
        assertThat(queue.lower(ANA).contains(ANA)).isFalse();
    }

    @Test
    void shouldGoToTheBackWhenRaisingAgainAfterLowering() {
        SpeakingQueue queue = SpeakingQueue.empty()
                .raise(ANA, T0)
                .raise(BEN, T0.plusSeconds(1))
                .lower(ANA)
                .raise(ANA, T0.plusSeconds(2));

        assertThat(queue.inSpeakingOrder(member -> 0)).extracting(RaisedHand::memberId).containsExactly(BEN, ANA);
    }
}
