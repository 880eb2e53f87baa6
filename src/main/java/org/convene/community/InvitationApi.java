package org.convene.community;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.convene.identity.ConveneUser;
import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Invitations", description = "Invite people to a community by email, and accept an invitation")
class InvitationApi {

    private final InvitationService invitations;
    private final CommunityAccess access;
    private final MessageSource messages;

    InvitationApi(InvitationService invitations, CommunityAccess access, MessageSource messages) {
        this.invitations = invitations;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/api/communities/{id}/invitations")
    @Operation(summary = "Invite an email with a role (conveners)",
            description = "The answer carries the one-time token and link once; only a hash is stored. "
                    + "A pending invitation of the same email is replaced.")
    ResponseEntity<CreatedInvitation> invite(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @Valid @RequestBody InvitationRequest request) {
        var membership = access.requireConvener(id, user.accountId());
        var issued = invitations.invite(membership, request);
        var invitation = issued.invitation();
        var link = ServletUriComponentsBuilder.fromCurrentContextPath().path(InvitationPages.ACCEPT)
                .buildAndExpand(issued.token()).toUriString();
        return ResponseEntity.created(URI.create("/api/communities/" + id + "/invitations/" + invitation.id()))
                .body(new CreatedInvitation(invitation.id(), invitation.email(), invitation.role(),
                        invitation.status(), invitation.createdAt(), invitation.expiresAt(), issued.token(), link));
    }

    @GetMapping("/api/communities/{id}/invitations")
    @Operation(summary = "The community's invitations, newest first, with their status (conveners)")
    List<InvitationView> list(@AuthenticationPrincipal ConveneUser user, @PathVariable long id) {
        access.requireConvener(id, user.accountId());
        return invitations.list(id);
    }

    @DeleteMapping("/api/communities/{id}/invitations/{invitationId}")
    @Operation(summary = "Revoke a pending invitation (conveners)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @PathVariable long invitationId) {
        access.requireConvener(id, user.accountId());
        invitations.revoke(id, invitationId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/invitations/{token}/accept")
    @Operation(summary = "Accept an invitation",
            description = "Without authentication, send displayName and password (10 characters or more) to "
                    + "create the account of the invited email. With a bearer token or HTTP Basic, no body is "
                    + "needed: the authenticated account joins. An invited email that already has an account "
                    + "must authenticate (409). A used, revoked or expired invitation answers 410.")
    ResponseEntity<AcceptedInvitation> accept(@AuthenticationPrincipal @Nullable ConveneUser user,
            @PathVariable String token, @Valid @RequestBody(required = false) @Nullable AcceptRequest request) {
        Joined joined;
        if (user != null) {
            joined = invitations.acceptAsAccount(token, user.accountId());
        } else {
            var offer = invitations.offer(token);
            if (!offer.pending()) {
                throw new InvitationUnavailable(offer.status());
            }
            if (offer.accountExists()) {
                throw new ConflictException("invitations.signInToAccept");
            }
            if (request == null || request.displayName() == null || request.displayName().isBlank()) {
                throw new InvalidInputException("displayName", "NotBlank");
            }
            if (request.password() == null || request.password().isBlank()) {
                throw new InvalidInputException("password", "NotBlank");
            }
            joined = invitations.acceptAsNewAccount(token, request.displayName(), request.password());
        }
        return ResponseEntity.created(URI.create("/api/communities/" + joined.communityId() + "/members/"
                        + joined.memberId()))
                .body(new AcceptedInvitation(joined.communityId(), joined.memberId(), joined.role()));
    }

    @ExceptionHandler(InvitationUnavailable.class)
    ProblemDetail unavailable(InvitationUnavailable e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://convene.org/problems/invitation-unavailable"));
        problem.setProperty("invitationStatus", e.status().name());
        return problem;
    }

    /** For a new account; both fields are required then, and ignored when the caller is authenticated. */
    record AcceptRequest(@Size(max = 100) @Nullable String displayName,
            @Nullable String password) {
    }

    record CreatedInvitation(long id, String email, Role role, Invitation.Status status, Instant createdAt,
            Instant expiresAt, String token, String link) {
    }

    record AcceptedInvitation(long communityId, long memberId, Role role) {
    }
}
