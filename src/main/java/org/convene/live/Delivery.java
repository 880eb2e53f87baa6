package org.convene.live;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event on its way to the streams of one node, rendered at most once per audience: for the
 * streams open when it arrives, and again from the recent events for those that catch up.
 */
final class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    /** What a stream gets when its audience could not render an event: reload and see the truth. */
    private static final LiveMessage RELOAD = new LiveMessage(TopicHub.RESET, "{}");

    private final LiveEvent event;
    private final Map<String, Optional<LiveMessage>> byAudience = new ConcurrentHashMap<>();
    private final Map<String, Optional<Frame>> framesByAudience = new ConcurrentHashMap<>();

    Delivery(LiveEvent event) {
        this.event = event;
    }

    LiveEvent event() {
        return event;
    }

    long id() {
        return event.id();
    }

    Optional<LiveMessage> messageFor(Audience audience) {
        if (event.type().equals(TopicHub.MARK)) {
            return Optional.empty();
        }
        return byAudience.computeIfAbsent(audience.key(), key -> render(audience));
    }

    /** What {@link #messageFor} says, as the bytes every stream of the audience is sent. */
    Optional<Frame> frameFor(Audience audience) {
        return framesByAudience.computeIfAbsent(audience.key(),
                key -> messageFor(audience).map(message -> Frame.of(event.id(), message)));
    }

    private Optional<LiveMessage> render(Audience audience) {
        try {
            return audience.render(event);
        } catch (RuntimeException e) {
            log.warn("Could not render {} on {} for {}; its streams reload", event.type(), event.topic(),
                    audience.key(), e);
            return Optional.of(RELOAD);
        }
    }
}
