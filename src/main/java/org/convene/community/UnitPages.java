package org.convene.community;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.convene.identity.ConveneUser;
import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The units pages: every member sees the tree; conveners add units there and rename, move or
 * delete one on its edit page. Plain forms, POST-redirect-GET; bad input re-renders the form
 * with the message next to the field and what was typed.
 */
@Controller
class UnitPages {

    static final String UNITS = "/communities/{communityId}/units";
    static final String EDIT = UNITS + "/{unitId}/edit";

    private final CommunityAccess access;
    private final CommunityService communities;
    private final UnitService service;

    UnitPages(CommunityAccess access, CommunityService communities, UnitService service) {
        this.access = access;
        this.communities = communities;
        this.service = service;
    }

    @GetMapping(UNITS)
    String tree(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestParam(name = "parent", required = false) @Nullable Long parent, Model model) {
        var membership = access.require(communityId, user.accountId());
        var community = communities.get(membership);
        var tree = service.tree(communityId);
        if (!model.containsAttribute("addForm")) {
            var parentId = parent != null && tree.contains(parent) ? parent : null;
            model.addAttribute("addForm", new UnitDraft("", suggestedType(community, tree, parentId), parentId));
        }
        return treePage(community, tree, model);
    }

    @PostMapping(UNITS)
    String add(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @ModelAttribute("addForm") UnitDraft form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var membership = access.requireConvener(communityId, user.accountId());
        if (!binding.hasErrors()) {
            try {
                var created = service.create(communityId, form);
                redirect.addFlashAttribute("notice", Notice.of("units.created", created.name()));
                return "redirect:/communities/" + communityId + "/units#unit-" + created.id();
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            }
        }
        return treePage(communities.get(membership), service.tree(communityId), model);
    }

    @GetMapping(EDIT)
    String edit(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId, Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        var tree = service.tree(communityId);
        var unit = tree.find(unitId).orElseThrow(() -> new NotFoundException("unit"));
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RenameForm(unit.name(), unit.type(), unit.version()));
        }
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new MoveForm(unit.parentId(), unit.version()));
        }
        return editPage(communities.get(membership), tree, unit, model);
    }

    @PostMapping(UNITS + "/{unitId}/rename")
    String rename(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId, @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.requireConvener(communityId, user.accountId());
        if (!binding.hasErrors()) {
            try {
                var saved = service.edit(communityId, unitId, UnitEdit.rename(form.version(), form.name(),
                        form.type()));
                redirect.addFlashAttribute("notice", Notice.of("units.renamed", saved.name()));
                return "redirect:/communities/" + communityId + "/units#unit-" + unitId;
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleEdit");
            }
        }
        return edit(user, communityId, unitId, model);
    }

    @PostMapping(UNITS + "/{unitId}/move")
    String move(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId, @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.requireConvener(communityId, user.accountId());
        if (!binding.hasErrors()) {
            try {
                var saved = service.edit(communityId, unitId, UnitEdit.moveTo(form.version(), form.parentId()));
                redirect.addFlashAttribute("notice", Notice.of("units.moved", saved.name()));
                return "redirect:/communities/" + communityId + "/units#unit-" + unitId;
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleEdit");
            }
        }
        return edit(user, communityId, unitId, model);
    }

    @PostMapping(UNITS + "/{unitId}/delete")
    String delete(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long unitId, @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        access.requireConvener(communityId, user.accountId());
        var unit = service.find(communityId, unitId).orElseThrow(() -> new NotFoundException("unit"));
        try {
            service.delete(communityId, unitId, version);
            redirect.addFlashAttribute("notice", Notice.of("units.deleted", unit.name()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", new Notice(e.messageKey(), e.arguments()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", Notice.of("error.staleEdit"));
        }
        return "redirect:/communities/" + communityId + "/units";
    }

    private String treePage(CommunityView community, UnitTree tree, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("tree", tree);
        model.addAttribute("types", community.unitTypes());
        model.addAttribute("canManage", community.myRole().canManageCommunity());
        return "community/units";
    }

    private String editPage(CommunityView community, UnitTree tree, UnitNode unit, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("unit", unit);
        model.addAttribute("path", tree.path(unit.id()));
        model.addAttribute("subunits", tree.children(unit.id()).size());
        model.addAttribute("places", tree.placesFor(unit.id()));
        model.addAttribute("types", typesIncluding(community.unitTypes(), unit.type()));
        return "community/unit-edit";
    }

    /** The level below the parent's, so that adding under a region suggests a business unit. */
    private static String suggestedType(CommunityView community, UnitTree tree, @Nullable Long parentId) {
        var types = community.unitTypes();
        if (types.isEmpty()) {
            return "";
        }
        var level = parentId == null ? 0 : tree.depth(parentId) + 1;
        return types.get(Math.min(level, types.size() - 1));
    }

    /** A unit may carry a type the community has since renamed; keep it selectable for that unit. */
    private static List<String> typesIncluding(List<String> types, String current) {
        return types.stream().anyMatch(current::equalsIgnoreCase)
                ? types
                : java.util.stream.Stream.concat(types.stream(), java.util.stream.Stream.of(current)).toList();
    }

    record RenameForm(@NotBlank @Size(max = UnitDraft.NAME_MAX) String name,
            @NotBlank @Size(max = UnitDraft.TYPE_MAX) String type, @NotNull Integer version) {
    }

    record MoveForm(@Nullable Long parentId, @NotNull Integer version) {
    }

    /** A message for the next page, from the bundles. */
    record Notice(String key, Object[] args) implements java.io.Serializable {

        static Notice of(String key, Object... args) {
            return new Notice(key, args);
        }
    }
}
