package org.convene.community;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.convene.identity.ConveneUser;
import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The member directory (one handler for the page and its htmx partial), a member's profile page
 * where a convener assigns role and unit, and the page where members edit their own profile.
 */
@Controller
class MemberPages {

    static final String DIRECTORY = "/communities/{id}/members";
    static final String MEMBER = "/communities/{id}/members/{memberId}";
    static final String PROFILE = "/communities/{id}/profile";
    /** The element the directory's live search replaces; used by the page and the partial. */
    static final String RESULTS_ID = "member-results";
    static final String COUNT_ID = "member-count";

    private final MemberService members;
    private final Directory directory;
    private final CommunityService communities;
    private final CommunityAccess access;

    MemberPages(MemberService members, Directory directory, CommunityService communities, CommunityAccess access) {
        this.members = members;
        this.directory = directory;
        this.communities = communities;
        this.access = access;
    }

    @GetMapping(DIRECTORY)
    String directory(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable Long regionId,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model, HttpServletResponse response) {
        var membership = access.require(id, user.accountId());
        var query = new Directory.Query(q, tag, unitId, regionId, page, Directory.DEFAULT_PAGE_SIZE);
        model.addAttribute("communityId", id);
        model.addAttribute("query", query);
        var results = directory.search(id, query);
        model.addAttribute("results", results);
        model.addAttribute("prevUrl", pageUrl(results.page() - 1));
        model.addAttribute("nextUrl", pageUrl(results.page() + 1));
        model.addAttribute("resultsId", RESULTS_ID);
        model.addAttribute("countId", COUNT_ID);
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "community/partials/member-results :: htmx";
        }
        var units = members.unitOptions(id);
        model.addAttribute("community", communities.get(membership));
        model.addAttribute("units", units);
        model.addAttribute("regions", units.stream().filter(UnitOption::topLevel).toList());
        model.addAttribute("tags", directory.knownTags(id));
        return "community/members";
    }

    /** The current search at another page, keeping every filter. */
    private static String pageUrl(int page) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    @GetMapping(MEMBER)
    String member(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, @PathVariable long memberId,
            Model model) {
        var membership = access.require(id, user.accountId());
        var member = members.get(id, memberId);
        model.addAttribute("community", communities.get(membership));
        model.addAttribute("member", member);
        model.addAttribute("self", member.id() == membership.memberId());
        if (membership.isConvener()) {
            if (!model.containsAttribute("assignment")) {
                model.addAttribute("assignment", Assignment.of(member));
            }
            model.addAttribute("roles", Role.values());
            model.addAttribute("units", members.unitOptions(id));
        }
        return "community/member";
    }

    @PostMapping(MEMBER)
    String assign(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, @PathVariable long memberId,
            @Valid @ModelAttribute("assignment") Assignment assignment, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        access.requireConvener(id, user.accountId());
        if (!binding.hasErrors()) {
            try {
                members.assign(id, memberId, assignment);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/communities/" + id + "/members/" + memberId;
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleEdit");
            }
        }
        return member(user, id, memberId, model);
    }

    @GetMapping(PROFILE)
    String profile(@AuthenticationPrincipal ConveneUser user, @PathVariable long id, Model model) {
        var membership = access.require(id, user.accountId());
        var self = members.get(id, membership.memberId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(self));
        }
        model.addAttribute("community", communities.get(membership));
        model.addAttribute("memberId", membership.memberId());
        model.addAttribute("unitName", self.unitName());
        model.addAttribute("timeZones", MemberService.timeZones());
        return "community/profile";
    }

    @PostMapping(PROFILE)
    String saveProfile(@AuthenticationPrincipal ConveneUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var membership = access.require(id, user.accountId());
        if (!binding.hasErrors()) {
            try {
                members.updateProfile(membership, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/communities/" + id + "/profile";
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleEdit");
            }
        }
        return profile(user, id, model);
    }
}
