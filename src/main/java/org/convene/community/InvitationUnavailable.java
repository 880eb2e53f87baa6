package org.convene.community;

/**
 * An invitation link that can no longer be used (accepted, revoked or expired): the page and the
 * API answer 410 Gone with a message naming the reason.
 */
class InvitationUnavailable extends RuntimeException {

    private final Invitation.Status status;

    InvitationUnavailable(Invitation.Status status) {
        super("invitation is " + status);
        this.status = status;
    }

    Invitation.Status status() {
        return status;
    }

    String messageKey() {
        return "invitations.unavailable." + status.name();
    }
}
