package org.convene.live;

import java.util.Optional;

/** Integrations read the events themselves, as JSON. */
enum JsonAudience implements Audience {

    INSTANCE;

    @Override
    public String key() {
        return "json";
    }

    @Override
    public Optional<LiveMessage> render(LiveEvent event) {
        return Optional.of(new LiveMessage(event.type(), event.data()));
    }
}
