package org.convene.community;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An invitation as the convener's list shows it, with its status at the time of reading. */
record InvitationView(long id, String email, Role role, Invitation.Status status, Instant createdAt,
        Instant expiresAt, @Nullable Instant acceptedAt, @Nullable Instant revokedAt) {

    static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(invitation.id(), invitation.email(), invitation.role(), invitation.status(now),
                invitation.createdAt(), invitation.expiresAt(), invitation.acceptedAt(), invitation.revokedAt());
    }

    public boolean pending() {
        return status == Invitation.Status.PENDING;
    }
}
