package org.convene.clinic;

import java.time.Instant;

/**
 * A step began with its planned length; it ends, on the server's clock, at {@code deadline}.
 *
 * @param stepRevision what the facilitator's next command must name (see {@code ClinicSession})
 */
public record StepStarted(long clinicId, long revision, Instant occurredAt, Step step, int plannedMinutes,
        Instant deadline, long stepRevision) implements ClinicEvent {
}
