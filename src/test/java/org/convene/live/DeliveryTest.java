package org.convene.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    /** Counts its renders; every instance with the same key sees events alike. */
    private record Counting(String key, AtomicInteger renders) implements Audience {

        @Override
        public Optional<LiveMessage> render(LiveEvent event) {
            renders.incrementAndGet();
            return Optional.of(new LiveMessage("room", key + ":" + event.data()));
        }
    }

    @Test
    void shouldRenderAnEventOncePerAudienceHoweverManyStreamsShareIt() {
        var delivery = new Delivery(new LiveEvent("clinic-1", 7, "contribution-posted", "{\"id\":1}"));
        var members = new AtomicInteger();
        var presenters = new AtomicInteger();

        for (int viewer = 0; viewer < 1000; viewer++) {
            assertThat(delivery.messageFor(new Counting("member", members)))
                    .contains(new LiveMessage("room", "member:{\"id\":1}"));
        }
        delivery.messageFor(new Counting("presenter", presenters));

        assertThat(members).hasValue(1);
        assertThat(presenters).hasValue(1);
    }

    @Test
    void shouldAskTheStreamsToReloadWhenTheirAudienceCannotRenderAnEvent() {
        var delivery = new Delivery(new LiveEvent("clinic-1", 7, "contribution-posted", "{}"));
        Audience broken = new Audience() {
            @Override
            public String key() {
                return "broken";
            }

            @Override
            public Optional<LiveMessage> render(LiveEvent event) {
                throw new IllegalStateException("the clinic is gone");
            }
        };

        assertThat(delivery.messageFor(broken)).contains(new LiveMessage(LiveStreams.RESET, "{}"));
    }

    @Test
    void shouldGiveApiClientsTheEventAsPublished() {
        var event = new LiveEvent("clinic-1", 7, "contribution-posted", "{\"text\":\"hello\"}");

        assertThat(new Delivery(event).messageFor(Audience.json()))
                .contains(new LiveMessage("contribution-posted", "{\"text\":\"hello\"}"));
    }

    @Test
    void shouldSendNothingForAPositionMark() {
        var mark = new Delivery(new LiveEvent("clinic-1", 7, TopicHub.MARK, "{}"));

        assertThat(mark.messageFor(Audience.json())).isEmpty();
    }
}
