package org.convene.community;

import java.time.Instant;

/**
 * What the person holding an invitation link sees before joining.
 *
 * @param accountExists whether the invited email already has an account (then they sign in to join)
 */
record InvitationOffer(long communityId, String communityName, String purpose, String groundRules, Role role,
        String email, Invitation.Status status, Instant expiresAt, boolean accountExists) {

    public boolean pending() {
        return status == Invitation.Status.PENDING;
    }

    /** Whether the account with this email may accept (see {@link Invitation#acceptableBy}). */
    boolean acceptableBy(String accountEmail) {
        return Invitation.acceptableBy(role, email, accountEmail);
    }
}
