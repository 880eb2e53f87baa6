package org.convene.clinic;

import java.time.Instant;

/**
 * The facilitator went back one step: it runs again with the time it had left when it was
 * left, which may be negative (overtime stays overtime).
 */
public record StepResumed(long clinicId, long revision, Instant occurredAt, Step step, Instant deadline,
        long stepRevision) implements ClinicEvent {
}
