package org.convene.clinic;

import java.time.Instant;

/** A member no longer asks for the floor. */
public record HandLowered(long clinicId, long revision, Instant occurredAt, long memberId) implements ClinicEvent {
}
