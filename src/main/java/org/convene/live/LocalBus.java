package org.convene.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** A single node: events go straight to this node's streams. */
@Component
@ConditionalOnProperty(name = "convene.live.bus", havingValue = "local", matchIfMissing = true)
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
