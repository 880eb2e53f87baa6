package org.convene.clinic.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.convene.clinic.RoomRole;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.session.StoredClinic;
import org.convene.web.Fragments;
import org.springframework.stereotype.Component;

/**
 * The room's parts as HTML, rendered once per clinic version, case version and audience, then
 * shared by every page that opens the room and every event that carries a part: a room of 1,000
 * renders its contributions once per kind of viewer, not once per viewer. Every part carries
 * {@code hx-swap-oob}, harmless in the page and what the push needs. Presence is kept apart: it
 * changes without the clinic changing.
 */
@Component
class RoomParts {

    private static final long KEPT_CHARACTERS = 16L * 1024 * 1024;

    /** What makes two renders of a part identical. */
    private record Key(long clinicId, int clinicVersion, int caseVersion, RoomRole role, Locale locale, String zone,
            LocalDate today) {
    }

    private record PresenceKey(long clinicId, List<RoomView.Person> present, long presenterId, long facilitatorId,
            Locale locale) {
    }

    private final Fragments fragments;
    private final Cache<Key, Map<RoomPart, String>> byVersion = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS)
            .<Key, Map<RoomPart, String>>weigher((key, parts) -> parts.values().stream().mapToInt(String::length).sum())
            .build();
    private final Cache<PresenceKey, String> presence = Caffeine.newBuilder().maximumSize(2_000).build();

    RoomParts(Fragments fragments) {
        this.fragments = fragments;
    }

    /**
     * The parts of the room (all but presence) as {@code room} shows them to its role.
     *
     * @param room the view of the clinic stored under {@code clinicVersion}, built only if not kept
     */
    Map<RoomPart, String> parts(StoredClinic clinic, int caseVersion, RoomRole role, Locale locale, String zone,
            LocalDate today, Supplier<RoomView> room) {
        var key = new Key(clinic.id(), clinic.version(), caseVersion, role, locale, zone, today);
        return byVersion.get(key, missing -> {
            RoomView view = room.get();
            Map<RoomPart, String> rendered = new EnumMap<>(RoomPart.class);
            for (RoomPart part : RoomPart.values()) {
                if (part != RoomPart.PRESENCE) {
                    rendered.put(part, render(part, view, locale, zone, today));
                }
            }
            return rendered;
        });
    }

    /** Who has the room open, by name. */
    String presence(RoomView room, Locale locale, String zone) {
        var key = new PresenceKey(room.id(), room.present(), room.presenter().id(), room.facilitator().id(), locale);
        return presence.get(key, missing -> render(RoomPart.PRESENCE, room, locale, zone, LocalDate.EPOCH));
    }

    private String render(RoomPart part, RoomView room, Locale locale, String zone, LocalDate today) {
        Map<String, Object> model = new HashMap<>();
        model.put("room", room);
        model.put("live", RoomContract.INSTANCE);
        model.put("base", RoomContract.base(room.communityId(), room.id()));
        model.put("zone", zone);
        model.put("defaultFollowUp", ClinicCase.defaultFollowUp(today));
        return fragments.render("clinic/room-parts", part.fragment(), locale, model);
    }
}
