package org.convene.live;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page's heartbeat and its goodbye. Every open page beats every {@link LivePresence#BEAT_EVERY}, so
 * beats are the most frequent request there is; they carry the page's own random key, which only that
 * page knows and which names nothing but its stream, so they need no session, no CSRF token and none
 * of the security filters that a signed-in request goes through.
 */
@RestController
class LiveBeats {

    static final String BEATS = "/live/beats/";

    private final TopicHub hub;

    LiveBeats(TopicHub hub) {
        this.hub = hub;
    }

    @PostMapping(BEATS + "{pageKey}")
    ResponseEntity<Void> beat(@PathVariable String pageKey) {
        boolean known = LivePresence.pageKey(pageKey).map(hub::beat).orElse(false);
        return ResponseEntity.status(known ? HttpStatus.NO_CONTENT : HttpStatus.GONE).build();
    }

    @PostMapping(BEATS + "{pageKey}/leave")
    ResponseEntity<Void> leave(@PathVariable String pageKey) {
        LivePresence.pageKey(pageKey).ifPresent(hub::leave);
        return ResponseEntity.noContent().build();
    }

    @Bean
    static WebSecurityCustomizer beatsNeedNoSignIn() {
        return web -> web.ignoring().requestMatchers(BEATS + "**");
    }
}
