package org.convene.clinic;

import java.time.Instant;

/**
 * The clinic is over.
 *
 * @param lastStep        the step that was running when it ended
 * @param summaryReached  whether it got to its Summary step; a presenter who did not sum up by the
 *                        end may still write the summary afterwards
 */
public record ClinicEnded(long clinicId, long revision, Instant occurredAt, Step lastStep, boolean summaryReached)
        implements ClinicEvent {
}
