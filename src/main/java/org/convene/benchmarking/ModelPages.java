package org.convene.benchmarking;

import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.identity.ConveneUser;
import org.convene.web.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practice model editor: levels, dimensions and what each level looks like. */
@Controller
@RequestMapping("/communities/{communityId}/benchmarking/models")
class ModelPages {

    private final PracticeModels models;
    private final CommunityAccess access;
    private final Communities communities;

    ModelPages(PracticeModels models, CommunityAccess access, Communities communities) {
        this.models = models;
        this.access = access;
        this.communities = communities;
    }

    @GetMapping("/{modelId}")
    String show(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long modelId,
            Model model) {
        var membership = access.require(communityId, user.accountId());
        var practiceModel = models.get(communityId, modelId);
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("practiceModel", practiceModel);
        model.addAttribute("inUse", models.inUse(modelId));
        return "benchmarking/model";
    }

    @GetMapping("/new")
    String newModel(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        return editor(membership, ModelForm.blank(), null, model);
    }

    @GetMapping("/{modelId}/edit")
    String edit(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long modelId,
            Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        return editor(membership, ModelForm.of(models.get(communityId, modelId)), modelId, model);
    }

    @PostMapping({"", "/{modelId}"})
    String save(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable(required = false) Long modelId, @ModelAttribute("form") ModelForm form,
            BindingResult binding, @RequestParam(required = false) String change, Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        form.fitDescriptors();
        if (change != null) {
            applyChange(form, change);
            return editor(membership, form, modelId, model);
        }
        form.validate(binding);
        if (binding.hasErrors()) {
            return editor(membership, form, modelId, model);
        }
        try {
            var saved = modelId == null ? models.create(communityId, form.draft())
                    : models.revise(communityId, modelId, form.getVersion(), form.draft());
            return "redirect:/communities/" + communityId + "/benchmarking/models/" + saved.id() + "?saved";
        } catch (OptimisticLockingFailureException e) {
            binding.reject("error.staleEdit");
        } catch (InvalidInputException e) {
            binding.reject(e.messageKey());
        }
        return editor(membership, form, modelId, model);
    }

    private static void applyChange(ModelForm form, String change) {
        switch (change) {
            case "addLevel" -> form.addLevel();
            case "removeLevel" -> form.removeLevel();
            case "addDimension" -> form.addDimension();
            default -> {
                if (change.startsWith("removeDimension:")) {
                    form.removeDimension(Integer.parseInt(change.substring("removeDimension:".length())));
                }
            }
        }
    }

    private String editor(Membership membership, ModelForm form, Long modelId, Model model) {
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("form", form);
        model.addAttribute("modelId", modelId);
        model.addAttribute("inUse", modelId != null && models.inUse(modelId));
        model.addAttribute("minLevels", ModelForm.MIN_LEVELS);
        model.addAttribute("maxLevels", ModelForm.MAX_LEVELS);
        return "benchmarking/model-form";
    }
}
