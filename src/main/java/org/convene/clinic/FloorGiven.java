package org.convene.clinic;

import java.time.Instant;

/** The facilitator gave the floor to a member, whose hand is lowered by it. */
public record FloorGiven(long clinicId, long revision, Instant occurredAt, long memberId) implements ClinicEvent {
}
