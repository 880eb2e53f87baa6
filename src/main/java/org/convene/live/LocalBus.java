package org.convene.live;

import org.springframework.stereotype.Component;

/** A single node: events go straight to this node's streams. */
@Component
class LocalBus implements LiveBus {

    private final TopicHub hub;

    LocalBus(TopicHub hub) {
        this.hub = hub;
    }

    @Override
    public void send(LiveEvent event) {
        hub.deliver(event);
    }
}
