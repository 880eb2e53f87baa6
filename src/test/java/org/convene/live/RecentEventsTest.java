package org.convene.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentEventsTest {

    private static LiveEvent event(long id) {
        return new LiveEvent("clinic-1", id, "posted", "{}");
    }

    @Test
    void shouldReturnOnlyTheEventsAfterTheLastOneSeen() {
        var recent = new RecentEvents(10);
        for (long id = 1; id <= 5; id++) {
            recent.add(event(id));
        }

        assertThat(recent.after(3)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(LiveEvent::id).containsExactly(4L, 5L));
        assertThat(recent.after(5)).hasValueSatisfying(missed -> assertThat(missed).isEmpty());
    }

    @Test
    void shouldNotPretendToKnowWhatWasMissedOnceTheLastSeenEventIsForgotten() {
        var recent = new RecentEvents(3);
        for (long id = 1; id <= 5; id++) {
            recent.add(event(id));
        }

        assertThat(recent.after(1)).isEmpty();
        assertThat(recent.after(99)).isEmpty();
        assertThat(recent.after(3)).hasValueSatisfying(missed ->
                assertThat(missed).extracting(LiveEvent::id).containsExactly(4L, 5L));
    }
}
