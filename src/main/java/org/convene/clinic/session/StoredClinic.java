package org.convene.clinic.session;

import java.time.Instant;
import java.util.Set;

/**
 * A clinic as storage keeps it: the live session, what it was scheduled as, and the version
 * that lets only one of two racing writes through.
 *
 * @param invitees members invited besides the presenter and the facilitator
 * @param saved    the session as it is stored under {@code version}: a save writes only what differs
 * @param session  the live session, this caller's own to change
 */
public record StoredClinic(long communityId, long caseId, Instant startsAt, Set<Long> invitees, int version,
        ClinicSession.Snapshot saved, ClinicSession session) {

    public StoredClinic {
        invitees = Set.copyOf(invitees);
    }

    static StoredClinic restore(long communityId, long caseId, Instant startsAt, Set<Long> invitees, int version,
            ClinicSession.Snapshot saved) {
        return new StoredClinic(communityId, caseId, startsAt, invitees, version, saved, ClinicSession.restore(saved));
    }

    public long id() {
        return session.id();
    }

    /** The same stored clinic with a session of its own, for another caller. */
    StoredClinic copy() {
        return restore(communityId, caseId, startsAt, invitees, version, saved);
    }

    /** What is stored once {@code snapshot} has been written over this version. */
    StoredClinic next(ClinicSession.Snapshot snapshot) {
        return restore(communityId, caseId, startsAt, invitees, version + 1, snapshot);
    }
}
