package org.convene.community;

import java.time.Instant;

import org.convene.identity.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An invitation to join a community with a role; the link's token is kept only as a hash. */
class Invitation {

    enum Status { PENDING, ACCEPTED, REVOKED, EXPIRED }

    @Id
    private @Nullable Long id;
    private long communityId;
    private String email;
    private Role role;
    private String tokenHash;
    private long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant revokedAt;
    @Version
    private @Nullable Integer version;

    Invitation(long communityId, String email, Role role, String tokenHash, long invitedBy, Instant createdAt,
            Instant expiresAt) {
        this.communityId = communityId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    /**
     * Who may take this invitation: anyone holding the link joins as a member, but a role above member
     * (convener, facilitator) goes only to the account of the invited email, so a forwarded or leaked
     * link cannot hand out power.
     */
    static boolean acceptableBy(Role role, String invitedEmail, String accountEmail) {
        return role == Role.MEMBER || invitedEmail.equals(Accounts.normalizeEmail(accountEmail));
    }

    boolean isPending(Instant now) {
        return status(now) == Status.PENDING;
    }

    void accept(Instant now) {
        if (status(now) != Status.PENDING) {
            throw new IllegalStateException("invitation is " + status(now));
        }
        this.acceptedAt = now;
    }

    void revoke(Instant now) {
        if (status(now) != Status.PENDING) {
            throw new IllegalStateException("invitation is " + status(now));
        }
        this.revokedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("invitation not saved yet");
        }
        return id;
    }

    long communityId() {
        return communityId;
    }

    String email() {
        return email;
    }

    Role role() {
        return role;
    }

    long invitedBy() {
        return invitedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable Instant acceptedAt() {
        return acceptedAt;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
