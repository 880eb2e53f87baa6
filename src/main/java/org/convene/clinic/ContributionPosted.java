package org.convene.clinic;

import java.time.Instant;

/** Someone in the room posted a contribution the step accepted. */
public record ContributionPosted(long clinicId, long revision, Instant occurredAt, Contribution contribution)
        implements ClinicEvent {
}
