package org.convene.benchmarking;

import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's self-assessment: read the level descriptors, pick the one that fits, say why. */
@Controller
@RequestMapping("/communities/{communityId}/benchmarking/rounds/{roundId}/units/{unitId}/assessment")
class AssessmentPages {

    private final Rounds rounds;
    private final PracticeModels models;
    private final SelfAssessments assessments;
    private final RoundViews views;
    private final CommunityAccess access;
    private final Communities communities;

    AssessmentPages(Rounds rounds, PracticeModels models, SelfAssessments assessments, RoundViews views,
            CommunityAccess access, Communities communities) {
        this.rounds = rounds;
        this.models = models;
        this.assessments = assessments;
        this.views = views;
        this.access = access;
        this.communities = communities;
    }

    @GetMapping
    String show(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long roundId,
            @PathVariable long unitId, Model model) {
        var membership = access.require(communityId, user.accountId());
        var round = rounds.get(communityId, roundId);
        assessments.requireMayAssess(membership, round, unitId);
        var practiceModel = models.get(round.modelId());
        var saved = assessments.find(roundId, unitId).orElse(null);
        return page(membership, round, unitId, AssessmentForm.of(practiceModel, saved), model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long roundId,
            @PathVariable long unitId, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean submit, Model model, RedirectAttributes redirect) {
        var membership = access.require(communityId, user.accountId());
        var round = rounds.get(communityId, roundId);
        assessments.requireMayAssess(membership, round, unitId);
        if (!binding.hasErrors()) {
            try {
                assessments.save(membership, round, unitId, form.input(submit));
                redirect.addFlashAttribute(submit ? "submitted" : "draftSaved", true);
                return "redirect:/communities/" + communityId + "/benchmarking/rounds/" + roundId + "/units/" + unitId
                        + "/assessment";
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.staleEdit");
            }
        }
        return page(membership, round, unitId, form, model);
    }

    private String page(Membership membership, BenchmarkRound round, long unitId, AssessmentForm form, Model model) {
        var saved = assessments.find(round.id(), unitId).orElse(null);
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("round", round);
        model.addAttribute("open", rounds.status(round) == RoundStatus.OPEN);
        model.addAttribute("unitName", views.naming(round, membership).nameOf(unitId));
        model.addAttribute("unitId", unitId);
        model.addAttribute("practiceModel", models.get(round.modelId()));
        model.addAttribute("saved", saved);
        if (saved != null) {
            model.addAttribute("changedBy", memberName(membership, saved.updatedBy()));
        }
        model.addAttribute("form", form);
        return "benchmarking/assessment";
    }

    /** Who changed an assessment is shown to those who may open it: its unit's members and conveners. */
    private @Nullable String memberName(Membership viewer, long memberId) {
        return communities.member(viewer.communityId(), memberId).map(Membership::displayName).orElse(null);
    }
}
