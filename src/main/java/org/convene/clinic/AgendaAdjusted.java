package org.convene.clinic;

import java.time.Instant;

/** Before the start, the facilitator set a step to {@code minutes}; the clinic now lasts {@code totalMinutes}. */
public record AgendaAdjusted(long clinicId, long revision, Instant occurredAt, Step step, int minutes,
        int totalMinutes) implements ClinicEvent {
}
