package org.convene.clinic.session;

import java.time.Instant;

/** A member waiting for the floor since {@code raisedAt}. */
public record RaisedHand(long memberId, Instant raisedAt) {
}
