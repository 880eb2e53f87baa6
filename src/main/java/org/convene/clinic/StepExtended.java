package org.convene.clinic;

import java.time.Instant;

/** The facilitator gave the current step {@code minutes} more; it now ends at {@code deadline}. */
public record StepExtended(long clinicId, long revision, Instant occurredAt, Step step, int minutes,
        Instant deadline, long stepRevision) implements ClinicEvent {
}
