package org.convene.clinic;

import java.time.Instant;

/**
 * The clinic is over.
 *
 * @param lastStep        the step that was running when it ended
 * @param summaryReached  whether the presenter got to sum up, which is what makes the case held
 */
public record ClinicEnded(long clinicId, long revision, Instant occurredAt, Step lastStep, boolean summaryReached)
        implements ClinicEvent {
}
