package org.convene.clinic;

import java.time.Instant;

/**
 * A step was passed over or cut short (only Sharing can be): the facilitator skipped it, or
 * it was planned for no time because nobody had a related experience.
 */
public record StepSkipped(long clinicId, long revision, Instant occurredAt, Step step) implements ClinicEvent {
}
