package org.convene.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentEventsTest {

    private static Delivery delivery(long id) {
        return new Delivery(new LiveEvent("clinic-1", id, "posted", "{}"));
    }

    @Test
    void shouldReturnOnlyTheEventsAfterTheLastOneSeen() {
        var recent = new RecentEvents(10);
        for (long id = 1; id <= 5; id++) {
            recent.add(delivery(id));
        }

        assertThat(recent.after(3)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(Delivery::id).containsExactly(4L, 5L));
        assertThat(recent.after(5)).hasValueSatisfying(missed -> assertThat(missed).isEmpty());
        assertThat(recent.latest()).hasValueSatisfying(latest -> assertThat(latest.id()).isEqualTo(5));
    }

    @Test
    void shouldNotPretendToKnowWhatWasMissedOnceTheLastSeenEventIsForgotten() {
        var recent = new RecentEvents(3);
        for (long id = 1; id <= 5; id++) {
            recent.add(delivery(id));
        }

        assertThat(recent.after(1)).isEmpty();
        assertThat(recent.after(99)).isEmpty();
        assertThat(recent.after(3)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(Delivery::id).containsExactly(4L, 5L));
    }
}
