package org.convene.clinic;

import java.time.Instant;

/** The facilitator started the clinic; its first step starts at the same moment. */
public record ClinicStarted(long clinicId, long revision, Instant occurredAt, Variation variation, int totalMinutes)
        implements ClinicEvent {
}
