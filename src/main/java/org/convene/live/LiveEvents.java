package org.convene.live;

/** Publishing side: tell every browser watching a topic that something happened. */
public interface LiveEvents {

    /**
     * Delivers {@code payload}, serialised as JSON, as an event named {@code type} to every
     * stream open on {@code topic}, on every node.
     */
    void publish(String topic, String type, Object payload);
}
