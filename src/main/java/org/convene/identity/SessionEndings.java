package org.convene.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Tells the other modules when a signed-in session ends, whatever ended it. */
@Configuration(proxyBeanMethods = false)
class SessionEndings {

    private final ApplicationEventPublisher events;

    SessionEndings(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The servlet container's session lifecycle, republished as Spring events. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    void on(HttpSessionDestroyedEvent ended) {
        events.publishEvent(new CredentialEnded(Credentials.session(ended.getId())));
    }
}
