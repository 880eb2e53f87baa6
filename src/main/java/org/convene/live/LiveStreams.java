package org.convene.live;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Subscribing side: a controller that has checked access opens a stream on a topic. */
@Service
public class LiveStreams {

    private final TopicHub hub;

    LiveStreams(TopicHub hub) {
        this.hub = hub;
    }

    /**
     * Opens a server-sent event stream on {@code topic}. With the {@code Last-Event-ID} a browser
     * sends when it reconnects, the events it missed come first; if they are no longer known,
     * a {@code reset} event asks it to reload its view.
     */
    public SseEmitter open(String topic, @Nullable String lastEventId) {
        return hub.open(topic, parse(lastEventId));
    }

    public int openStreams() {
        return hub.openStreams();
    }

    private static long parse(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
