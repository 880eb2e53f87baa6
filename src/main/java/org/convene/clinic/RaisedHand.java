package org.convene.clinic;

import java.time.Instant;

/** A member waiting for the floor since {@code raisedAt}. */
record RaisedHand(long memberId, Instant raisedAt) {
}
