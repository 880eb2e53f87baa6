package org.convene.clinic;

import java.time.Instant;

/** A member asked for the floor. */
public record HandRaised(long clinicId, long revision, Instant occurredAt, long memberId) implements ClinicEvent {
}
