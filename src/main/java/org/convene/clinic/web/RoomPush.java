package org.convene.clinic.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.convene.clinic.ClinicEventName;
import org.convene.clinic.RoomRole;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.session.ClinicStore;
import org.convene.clinic.session.StoredClinic;
import org.convene.live.LiveEvent;
import org.convene.live.LiveMessage;
import org.convene.live.PresenceChanged;
import org.convene.web.Fragments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a room's event into the HTML that changes on screen: the contribution to append under its
 * step or its parent, or the parts to replace, each marked to be swapped out of band. The clinic is
 * read once per event and its view built once per role; the HTML is rendered once per audience
 * (role, language, time zone) by the live hub, never once per viewer.
 */
@Component
class RoomPush {

    private static final String TOPIC_PREFIX = ClinicService.topic(0).replace("0", "");

    private final ClinicStore clinics;
    private final ClinicViews views;
    private final RoomParts roomParts;
    private final RoomSources sources;
    private final Fragments fragments;
    private final JsonMapper json;
    private final Clock clock;
    private final Cache<Long, Optional<Prepared>> byEvent = Caffeine.newBuilder().maximumSize(256)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    RoomPush(ClinicStore clinics, ClinicViews views, RoomParts roomParts, RoomSources sources, Fragments fragments,
            JsonMapper json, Clock clock) {
        this.clinics = clinics;
        this.views = views;
        this.roomParts = roomParts;
        this.sources = sources;
        this.fragments = fragments;
        this.json = json;
        this.clock = clock;
    }

    Optional<LiveMessage> render(LiveEvent event, RoomRole role, Locale locale, String zone) {
        return byEvent.get(event.id(), id -> prepare(event)).map(prepared -> {
            RoomView room = prepared.views.computeIfAbsent(role, key -> prepared.viewFor(key, views));
            List<String> parts = new ArrayList<>();
            if (prepared.parts.contains(RoomPart.PRESENCE)) {
                parts.add(roomParts.presence(room, locale, zone));
            }
            if (prepared.parts.stream().anyMatch(part -> part != RoomPart.PRESENCE)) {
                Map<RoomPart, String> rendered = roomParts.parts(prepared.clinic, prepared.caseVersion, role, locale,
                        zone, LocalDate.ofInstant(clock.instant(), ZoneId.of(zone)), () -> room);
                prepared.parts.stream().filter(part -> part != RoomPart.PRESENCE).map(rendered::get).forEach(parts::add);
            }
            Map<String, Object> model = new HashMap<>();
            model.put("room", room);
            model.put("live", RoomContract.INSTANCE);
            model.put("base", RoomContract.base(room.communityId(), room.id()));
            model.put("zone", zone);
            model.put("parts", parts);
            model.put("appended", prepared.appended(room));
            model.put("stepChanged", prepared.parts.contains(RoomPart.COMPOSER));
            return new LiveMessage(RoomContract.UPDATE_EVENT, fragments.render("clinic/room-push", "update", locale, model));
        });
    }

    private Optional<Prepared> prepare(LiveEvent event) {
        if (!event.topic().startsWith(TOPIC_PREFIX)) {
            return Optional.empty();
        }
        long clinicId = Long.parseLong(event.topic().substring(TOPIC_PREFIX.length()));
        Optional<StoredClinic> found = clinics.find(clinicId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredClinic clinic = found.get();
        JsonNode data = json.readTree(event.data());
        Set<RoomPart> parts = EnumSet.noneOf(RoomPart.class);
        Long appended = null;
        List<Long> present = null;
        if (event.type().equals(PresenceChanged.NAME)) {
            parts.add(RoomPart.PRESENCE);
            present = new ArrayList<>();
            for (JsonNode id : data.path("present")) {
                present.add(id.asLong());
            }
        } else if (event.type().equals(ClinicEventName.CASE_HELD)) {
            parts.addAll(EnumSet.of(RoomPart.STEP, RoomPart.COMPOSER));
        } else {
            Optional<ClinicEventName> name = ClinicEventName.named(event.type());
            if (name.isEmpty()) {
                return Optional.empty();
            }
            parts.addAll(RoomPart.changedBy(name.get()));
            if (name.get() == ClinicEventName.CONTRIBUTION_POSTED) {
                appended = data.path("contribution").path("id").asLong();
                long author = data.path("contribution").path("authorId").asLong();
                // A turn taken moves its author down the queue.
                if (clinic.session().speakingQueue().stream().anyMatch(hand -> hand.memberId() == author)) {
                    parts.add(RoomPart.QUEUE);
                }
            }
        }
        return Optional.of(new Prepared(clinic, sources.caseOf(clinic.caseId()).version(), parts, appended,
                present == null ? null : new LinkedHashSet<>(present)));
    }

    /** One event, read once: the clinic as stored when it arrived, and its view per role. */
    private static final class Prepared {

        final StoredClinic clinic;
        final int caseVersion;
        final Set<RoomPart> parts;
        final @Nullable Long appendedId;
        final @Nullable Set<Long> present;
        final Map<RoomRole, RoomView> views = new ConcurrentHashMap<>();

        Prepared(StoredClinic clinic, int caseVersion, Set<RoomPart> parts, @Nullable Long appendedId,
                @Nullable Set<Long> present) {
            this.clinic = clinic;
            this.caseVersion = caseVersion;
            this.parts = parts;
            this.appendedId = appendedId;
            this.present = present;
        }

        RoomView viewFor(RoomRole role, ClinicViews views) {
            return present == null ? views.room(clinic, role) : views.room(clinic, role, present);
        }

        RoomView.@Nullable ContributionView appended(RoomView room) {
            return appendedId == null ? null : room.contributions().stream()
                    .filter(contribution -> contribution.id() == appendedId).findFirst().orElse(null);
        }
    }
}
