package org.convene.clinic;

import java.time.Instant;
import java.util.Set;

/**
 * A clinic as storage keeps it: the live session, what it was scheduled as, and the version
 * that lets only one of two racing writes through.
 *
 * @param invitees members invited besides the presenter and the facilitator
 */
record StoredClinic(long communityId, long caseId, Instant startsAt, Set<Long> invitees, int version,
        ClinicSession session) {

    StoredClinic {
        invitees = Set.copyOf(invitees);
    }

    long id() {
        return session.id();
    }
}
