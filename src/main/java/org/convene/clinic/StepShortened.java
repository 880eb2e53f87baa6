package org.convene.clinic;

import java.time.Instant;

/** The facilitator took {@code minutes} from the current step; it now ends at {@code deadline}. */
public record StepShortened(long clinicId, long revision, Instant occurredAt, Step step, int minutes,
        Instant deadline, long stepRevision) implements ClinicEvent {
}
