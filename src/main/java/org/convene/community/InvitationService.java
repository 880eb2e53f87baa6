package org.convene.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.convene.identity.AccountSummary;
import org.convene.identity.Accounts;
import org.convene.identity.SecretTokens;
import org.convene.web.ConflictException;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a convener invites an email with a role; the one-time link (its token stored only
 * as a hash) lets the person join with the account they have or create one. Callers check
 * {@link CommunityAccess} first; this service trusts the membership it is given.
 */
@Service
class InvitationService {

    static final String TOKEN_PREFIX = "inv_";

    private final InvitationRepository invitations;
    private final CommunityRepository communities;
    private final MemberRepository members;
    private final Accounts accounts;
    private final InvitationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, CommunityRepository communities, MemberRepository members,
            Accounts accounts, InvitationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.communities = communities;
        this.members = members;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites an email with a role. A pending invitation of the same email is replaced (revoked),
     * so the newest link is the only one that works.
     *
     * @return the invitation and its raw token, which is never available again
     * @throws InvalidInputException on {@code email} when that person is already a member
     */
    @Transactional
    IssuedInvitation invite(Membership convener, InvitationRequest request) {
        var email = Accounts.normalizeEmail(Objects.requireNonNull(request.email()));
        var role = Objects.requireNonNull(request.role());
        var communityId = convener.communityId();
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()
                && members.findByCommunityIdAndAccountId(communityId, existing.get().id()).isPresent()) {
            throw new InvalidInputException("email", "invitations.alreadyMember");
        }
        var now = clock.instant();
        invitations.findByCommunityIdAndEmail(communityId, email).stream()
                .filter(previous -> previous.isPending(now))
                .forEach(previous -> {
                    previous.revoke(now);
                    invitations.save(previous);
                });
        var token = SecretTokens.newToken(TOKEN_PREFIX);
        var invitation = invitations.save(new Invitation(communityId, email, role, SecretTokens.hash(token),
                convener.accountId(), now, now.plus(settings.validity())));
        return new IssuedInvitation(InvitationView.of(invitation, now), token);
    }

    /** Newest first, each with its status now. */
    @Transactional(readOnly = true)
    List<InvitationView> list(long communityId) {
        var now = clock.instant();
        return invitations.findByCommunityIdOrderByCreatedAtDesc(communityId).stream()
                .map(invitation -> InvitationView.of(invitation, now))
                .toList();
    }

    /**
     * @throws NotFoundException when the invitation is not one of this community's
     * @throws ConflictException when it is no longer pending
     */
    @Transactional
    InvitationView revoke(long communityId, long invitationId) {
        var invitation = invitations.findByIdAndCommunityId(invitationId, communityId)
                .orElseThrow(() -> new NotFoundException("invitation"));
        var now = clock.instant();
        if (!invitation.isPending(now)) {
            throw new ConflictException("invitations.notPending");
        }
        invitation.revoke(now);
        return InvitationView.of(invitations.save(invitation), now);
    }

    /**
     * What the holder of a link is offered, whatever its status (the page explains a used link).
     *
     * @throws NotFoundException when no invitation has this token
     */
    @Transactional(readOnly = true)
    InvitationOffer offer(String token) {
        var invitation = byToken(token);
        var community = communities.findById(invitation.communityId())
                .orElseThrow(() -> new NotFoundException("community"));
        return new InvitationOffer(community.id(), community.name(), community.purpose(), community.groundRules(),
                invitation.role(), invitation.email(), invitation.status(clock.instant()), invitation.expiresAt(),
                accounts.findByEmail(invitation.email()).isPresent());
    }

    /** Whether this account already belongs to the community the link invites to. */
    @Transactional(readOnly = true)
    boolean isMember(long communityId, long accountId) {
        return members.findByCommunityIdAndAccountId(communityId, accountId).isPresent();
    }

    /**
     * Joins with an existing account (the person is signed in, or authenticated on the API).
     *
     * @throws NotFoundException when no invitation has this token
     * @throws InvitationUnavailable when the invitation was accepted, revoked or has expired
     * @throws ConflictException when the account is already a member
     * @throws ForbiddenException ({@code invitations.wrongAccount}) when the role is above member and the
     *                            account is not the invited email's
     */
    @Transactional
    Joined acceptAsAccount(String token, long accountId) {
        var invitation = pendingByToken(token);
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        if (!Invitation.acceptableBy(invitation.role(), invitation.email(), account.email())) {
            throw new ForbiddenException("invitations.wrongAccount");
        }
        return join(invitation, account);
    }

    /**
     * Creates the account of the invited email and joins with it.
     *
     * @throws NotFoundException when no invitation has this token
     * @throws InvitationUnavailable when the invitation was accepted, revoked or has expired
     * @throws ConflictException ({@code invitations.signInToAccept}) when the email already has an account
     */
    @Transactional
    Joined acceptAsNewAccount(String token, String displayName, String rawPassword) {
        var invitation = pendingByToken(token);
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("invitations.signInToAccept");
        }
        var account = accounts.register(invitation.email(), displayName.strip(), rawPassword);
        return join(invitation, account);
    }

    private Joined join(Invitation invitation, AccountSummary account) {
        if (members.findByCommunityIdAndAccountId(invitation.communityId(), account.id()).isPresent()) {
            throw new ConflictException("invitations.alreadyJoined");
        }
        Instant now = clock.instant();
        invitation.accept(now);
        invitations.save(invitation);
        var member = members.save(new Member(invitation.communityId(), account.id(), invitation.role(),
                account.displayName(), CommunityService.DEFAULT_TIME_ZONE, now));
        events.publishEvent(new MemberJoined(invitation.communityId(), member.id(), account.id(), member.role()));
        return new Joined(invitation.communityId(), member.id(), account.id(), member.role());
    }

    private Invitation pendingByToken(String token) {
        var invitation = byToken(token);
        var status = invitation.status(clock.instant());
        if (status != Invitation.Status.PENDING) {
            throw new InvitationUnavailable(status);
        }
        return invitation;
    }

    private Invitation byToken(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            throw new NotFoundException("invitation");
        }
        return invitations.findByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("invitation"));
    }

    /** A new invitation with its raw token: shown once to the convener, never stored. */
    record IssuedInvitation(InvitationView invitation, String token) {
    }
}
