package org.convene.clinic.web;

import java.util.Locale;
import java.util.Optional;

import org.convene.clinic.RoomRole;
import org.convene.live.Audience;
import org.convene.live.LiveEvent;
import org.convene.live.LiveMessage;

/**
 * Everyone who sees a room alike: the same role, language and time zone. A contribution posted in
 * a room of 1,000 is rendered for each such audience present, a handful of times, not 1,000.
 */
record RoomAudience(RoomPush push, RoomRole role, Locale locale, String zone) implements Audience {

    @Override
    public String key() {
        return "room:" + role + ":" + locale.toLanguageTag() + ":" + zone;
    }

    @Override
    public Optional<LiveMessage> render(LiveEvent event) {
        return push.render(event, role, locale, zone);
    }
}
