package org.convene.clinic;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.convene.live.LiveEvents;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Who has a clinic's room open on this node: one count per member and clinic of their open
 * event streams (a person may have the room open on a laptop and a phone). A member arrives
 * with their first stream and leaves with their last; the room hears of both.
 */
@Component
class Presence {

    private final Map<Long, Map<Long, AtomicInteger>> streamsByClinic = new ConcurrentHashMap<>();
    private final LiveEvents live;

    Presence(LiveEvents live) {
        this.live = live;
    }

    /** Counts the member in while {@code stream} stays open. */
    void track(long clinicId, long memberId, SseEmitter stream) {
        var members = streamsByClinic.computeIfAbsent(clinicId, key -> new ConcurrentHashMap<>());
        boolean arrived = members.computeIfAbsent(memberId, key -> new AtomicInteger()).incrementAndGet() == 1;
        var left = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                leave(clinicId, memberId);
            }
        };
        stream.onCompletion(leave);
        stream.onTimeout(leave);
        stream.onError(error -> leave.run());
        if (arrived) {
            announce(clinicId);
        }
    }

    Set<Long> present(long clinicId) {
        var members = streamsByClinic.getOrDefault(clinicId, Map.of());
        var present = new TreeSet<Long>();
        members.forEach((member, streams) -> {
            if (streams.get() > 0) {
                present.add(member);
            }
        });
        return present;
    }

    private void leave(long clinicId, long memberId) {
        var members = streamsByClinic.get(clinicId);
        if (members == null) {
            return;
        }
        var streams = members.get(memberId);
        if (streams != null && streams.decrementAndGet() <= 0) {
            members.remove(memberId, streams);
            announce(clinicId);
        }
    }

    private void announce(long clinicId) {
        live.publish(ClinicService.topic(clinicId), "presence-changed", new PresenceChanged(clinicId, present(clinicId)));
    }

    /** The people with the room open changed. */
    record PresenceChanged(long clinicId, Set<Long> present) {
    }
}
