package org.convene.community;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.convene.identity.ConveneUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Your communities, a new community, a community's overview and its settings. */
@Controller
class CommunityPages {

    private final CommunityService communities;
    private final CommunityAccess access;

    CommunityPages(CommunityService communities, CommunityAccess access) {
        this.communities = communities;
        this.access = access;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/communities";
    }

    @GetMapping("/communities")
    String list(@AuthenticationPrincipal ConveneUser user, Model model) {
        model.addAttribute("communities", communities.listFor(user.accountId()));
        return "community/list";
    }

    @GetMapping("/communities/new")
    String newCommunity(Model model) {
        model.addAttribute("form", CommunityForm.empty());
        return "community/new";
    }

    @PostMapping("/communities")
    String create(@AuthenticationPrincipal ConveneUser user, @Valid @ModelAttribute("form") CommunityForm form,
            BindingResult binding) {
        if (binding.hasErrors()) {
            return "community/new";
        }
        var created = communities.create(user.accountId(), form.details());
        return "redirect:/communities/" + created.id() + "?created";
    }

    @GetMapping("/communities/{communityId}")
    String overview(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, Model model) {
        var membership = access.require(communityId, user.accountId());
        model.addAttribute("community", communities.get(membership));
        model.addAttribute("membership", membership);
        return "community/overview";
    }

    @GetMapping("/communities/{communityId}/settings")
    String settings(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, Model model) {
        var community = communities.get(access.requireConvener(communityId, user.accountId()));
        model.addAttribute("community", community);
        model.addAttribute("form", CommunityForm.of(community));
        return "community/settings";
    }

    @PostMapping("/communities/{communityId}/settings")
    String saveSettings(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @ModelAttribute("form") CommunityForm form, BindingResult binding, @RequestParam int version,
            Model model, RedirectAttributes redirect) {
        var membership = access.requireConvener(communityId, user.accountId());
        if (!binding.hasErrors()) {
            try {
                communities.update(communityId, version, form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/communities/" + communityId + "/settings";
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleEdit");
            }
        }
        model.addAttribute("community", communities.get(membership));
        model.addAttribute("staleVersion", version);
        return "community/settings";
    }

    /** The page form: unit level names arrive as one comma-separated field. */
    record CommunityForm(@NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 2000) String purpose,
            @Size(max = 4000) String groundRules,
            @Size(max = 500) String unitTypes) {

        static CommunityForm empty() {
            return new CommunityForm("", "", "", String.join(", ", Community.DEFAULT_UNIT_TYPES));
        }

        static CommunityForm of(CommunityView community) {
            return new CommunityForm(community.name(), community.purpose(), community.groundRules(),
                    String.join(", ", community.unitTypes()));
        }

        CommunityDetails details() {
            var types = unitTypes == null ? List.<String>of()
                    : Arrays.stream(unitTypes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            return new CommunityDetails(name, purpose, groundRules, types);
        }
    }
}
