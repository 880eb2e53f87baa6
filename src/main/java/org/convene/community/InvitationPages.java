package org.convene.community;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.convene.identity.ConveneUser;
import org.convene.identity.PageSignIn;
import org.convene.web.ConflictException;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The convener's invitations page, and the public page behind an invitation link where the
 * invited person joins with their account or creates one.
 */
@Controller
class InvitationPages {

    static final String INVITATIONS = "/communities/{id}/invitations";
    static final String ACCEPT = "/invitations/{token}";

    private final InvitationService invitations;
    private final CommunityService communities;
    private final CommunityAccess access;
    private final PageSignIn pageSignIn;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    InvitationPages(InvitationService invitations, CommunityService communities, CommunityAccess access,
            PageSignIn pageSignIn) {
        this.invitations = invitations;
        this.communities = communities;
        this.access = access;
        this.pageSignIn = pageSignIn;
    }

    @GetMapping(INVITATIONS)
    String list(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, Model model) {
        var membership = access.requireConvener(id, user.accountId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InvitationRequest("", Role.MEMBER));
        }
        model.addAttribute("community", communities.get(membership));
        model.addAttribute("invitations", invitations.list(id));
        model.addAttribute("roles", Role.values());
        return "community/invitations";
    }

    @PostMapping(INVITATIONS)
    String invite(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") InvitationRequest form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var membership = access.requireConvener(id, user.accountId());
        if (!binding.hasErrors()) {
            try {
                var issued = invitations.invite(membership, form);
                redirect.addFlashAttribute("issuedLink", linkTo(issued.token()));
                redirect.addFlashAttribute("issuedEmail", issued.invitation().email());
                return "redirect:/communities/" + id + "/invitations";
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            }
        }
        return list(user, id, model);
    }

    @PostMapping(INVITATIONS + "/{invitationId}/revoke")
    String revoke(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, @PathVariable long invitationId,
            RedirectAttributes redirect) {
        access.requireConvener(id, user.accountId());
        try {
            invitations.revoke(id, invitationId);
            redirect.addFlashAttribute("revoked", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", e.messageKey());
        }
        return "redirect:/communities/" + id + "/invitations";
    }

    @GetMapping(ACCEPT)
    String offer(@AuthenticationPrincipal @Nullable ConveneUser user, @PathVariable String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        InvitationOffer offer;
        try {
            offer = invitations.offer(token);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("state", "unavailable");
            model.addAttribute("reason", "invitations.unknown");
            return "community/accept-invitation";
        }
        model.addAttribute("offer", offer);
        model.addAttribute("token", token);
        if (!offer.pending()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("state", "unavailable");
            model.addAttribute("reason", new InvitationUnavailable(offer.status()).messageKey());
            return "community/accept-invitation";
        }
        if (user != null && !offer.acceptableBy(user.email())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("state", "unavailable");
            model.addAttribute("reason", "invitations.wrongAccount");
        } else if (user != null) {
            model.addAttribute("state", invitations.isMember(offer.communityId(), user.accountId()) ? "member" : "join");
        } else if (offer.accountExists()) {
            // After signing in, Spring Security brings the person back here (the page itself is public).
            requestCache.saveRequest(request, response);
            model.addAttribute("state", "signIn");
            model.addAttribute("loginUrl", "/login?email=" + queryValue(offer.email()));
        } else {
            model.addAttribute("state", "register");
            if (!model.containsAttribute("account")) {
                model.addAttribute("account", new NewAccountForm("", ""));
            }
        }
        return "community/accept-invitation";
    }

    @PostMapping(ACCEPT + "/join")
    String join(@AuthenticationPrincipal @Nullable ConveneUser user, @PathVariable String token,
            RedirectAttributes redirect) {
        if (user == null) {
            return "redirect:/invitations/" + token;
        }
        try {
            var joined = invitations.acceptAsAccount(token, user.accountId());
            return "redirect:/communities/" + joined.communityId();
        } catch (ConflictException | ForbiddenException e) {
            // The invitation page says why (already a member, or an invitation for someone else).
            return "redirect:/invitations/" + token;
        }
    }

    @PostMapping(ACCEPT)
    String register(@AuthenticationPrincipal @Nullable ConveneUser user, @PathVariable String token,
            @Valid @ModelAttribute("account") NewAccountForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (user != null) {
            return "redirect:/invitations/" + token;
        }
        if (binding.hasErrors()) {
            return offer(null, token, model, request, response);
        }
        Joined joined;
        try {
            joined = invitations.acceptAsNewAccount(token, form.displayName(), form.password());
        } catch (ConflictException e) {
            // The email got an account in the meantime: the page now asks to sign in.
            return "redirect:/invitations/" + token;
        } catch (InvalidInputException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return offer(null, token, model, request, response);
        }
        var email = invitations.offer(token).email();
        if (pageSignIn.signIn(email, form.password(), request, response)) {
            return "redirect:/communities/" + joined.communityId();
        }
        return "redirect:/login?joined&email=" + queryValue(email);
    }

    @ExceptionHandler(InvitationUnavailable.class)
    String unavailable(InvitationUnavailable e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("state", "unavailable");
        model.addAttribute("reason", e.messageKey());
        return "community/accept-invitation";
    }

    private static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String linkTo(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(ACCEPT).buildAndExpand(token).toUriString();
    }

    /** A new account for the invited email. */
    record NewAccountForm(@NotBlank @Size(max = 100) String displayName,
            @NotBlank String password) {
    }
}
