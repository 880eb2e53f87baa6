package org.convene.clinic.web;

import org.convene.identity.CredentialEnded;
import org.convene.live.LiveStreams;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A room's stream lives no longer than what signed it in: a sign-out or a revoked token closes it. */
@Component
class EndedCredentials {

    private final LiveStreams streams;

    EndedCredentials(LiveStreams streams) {
        this.streams = streams;
    }

    @EventListener
    void on(CredentialEnded ended) {
        streams.closeOpenedWith(ended.credential());
    }
}
