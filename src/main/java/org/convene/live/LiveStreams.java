package org.convene.live;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Subscribing side: a controller that has checked access opens a stream on a topic. */
@Service
public class LiveStreams {

    /** The event that tells a browser it missed more than can be caught up: reload the view once. */
    public static final String RESET = "reset";

    private final TopicHub hub;

    LiveStreams(TopicHub hub) {
        this.hub = hub;
    }

    /**
     * Answers the request with a server-sent event stream on {@code topic} for {@code viewer}, who is
     * present on the topic while it stays open. With the id of the last event a reconnecting browser saw (its
     * {@code Last-Event-ID}), the events it missed come first, as its audience sees them; if they
     * are no longer known, a {@code reset} event asks it to reload its view.
     */
    public void open(HttpServletRequest request, HttpServletResponse response, String topic, Viewer viewer,
            @Nullable String lastEventId) throws IOException {
        hub.open(request, response, topic, viewer, parse(lastEventId));
    }

    /**
     * The id of the latest event this node delivered on {@code topic}: a page rendered after reading it
     * opens its stream from there, so a change made between the render and the stream is not lost.
     */
    public String position(String topic) {
        return Long.toString(hub.position(topic));
    }

    /** Closes every stream opened with {@code credential}: its session ended or its token was revoked. */
    public void closeOpenedWith(String credential) {
        hub.closeOpenedWith(credential);
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
