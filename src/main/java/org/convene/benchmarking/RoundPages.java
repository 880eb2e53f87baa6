package org.convene.benchmarking;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.community.UnitSummary;
import org.convene.identity.ConveneUser;
import org.convene.web.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The benchmarking home of a community, opening rounds, and a round's page. */
@Controller
@RequestMapping("/communities/{communityId}/benchmarking")
class RoundPages {

    private final Rounds rounds;
    private final PracticeModels models;
    private final SelfAssessments assessments;
    private final RoundViews views;
    private final CommunityAccess access;
    private final Communities communities;

    RoundPages(Rounds rounds, PracticeModels models, SelfAssessments assessments, RoundViews views,
            CommunityAccess access, Communities communities) {
        this.rounds = rounds;
        this.models = models;
        this.assessments = assessments;
        this.views = views;
        this.access = access;
        this.communities = communities;
    }

    @GetMapping
    String home(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, Model model) {
        var membership = access.require(communityId, user.accountId());
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("models", models.list(communityId));
        model.addAttribute("rounds", rounds.list(communityId).stream().map(round -> summary(round, membership)).toList());
        return "benchmarking/home";
    }

    @GetMapping("/rounds/new")
    String newRound(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        var latestModel = models.list(communityId).stream().findFirst().map(PracticeModel::id).orElse(null);
        var leaves = leafUnits(views.communityUnits(communityId));
        return roundForm(membership, RoundForm.startingOn(rounds.today(), latestModel, leaves), model);
    }

    @PostMapping("/rounds")
    String open(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @ModelAttribute("form") RoundForm form, BindingResult binding, Model model) {
        var membership = access.requireConvener(communityId, user.accountId());
        if (!binding.hasErrors()) {
            try {
                var round = rounds.open(communityId, form.draft());
                return "redirect:/communities/" + communityId + "/benchmarking/rounds/" + round.id() + "?opened";
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey());
            }
        }
        var page = roundForm(membership, form, model);
        // A value that could not be read (a date that is no date) leaves the bound form without a target:
        // the form shown carries its errors.
        var shown = new BeanPropertyBindingResult(form, "form");
        shown.addAllErrors(binding);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
        return page;
    }

    @GetMapping("/rounds/{roundId}")
    String round(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long roundId,
            Model model) {
        var membership = access.require(communityId, user.accountId());
        var round = rounds.get(communityId, roundId);
        var naming = views.naming(round, membership);
        var submitted = assessments.all(roundId).stream()
                .collect(Collectors.toMap(UnitAssessment::unitId, Function.identity()));
        var rows = round.units().stream()
                .map(unit -> new UnitRow(unit.unitId(), naming.nameOf(unit.unitId()), naming.isOwn(unit.unitId()),
                        assessments.mayAssess(membership, unit.unitId()), status(submitted.get(unit.unitId()))))
                .sorted(Comparator.comparing(UnitRow::own).reversed())
                .toList();
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("round", round);
        model.addAttribute("summary", summary(round, membership));
        model.addAttribute("practiceModel", models.get(round.modelId()));
        model.addAttribute("rows", rows);
        model.addAttribute("submittedCount", submitted.values().stream().filter(UnitAssessment::submitted).count());
        return "benchmarking/round";
    }

    @PostMapping("/rounds/{roundId}/close")
    String close(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long roundId,
            @RequestParam int version, RedirectAttributes redirect) {
        access.requireConvener(communityId, user.accountId());
        try {
            rounds.closeNow(communityId, roundId, version);
            redirect.addFlashAttribute("closed", true);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/communities/" + communityId + "/benchmarking/rounds/" + roundId;
    }

    private String roundForm(Membership membership, RoundForm form, Model model) {
        var communityId = membership.communityId();
        model.addAttribute("community", communities.view(membership));
        model.addAttribute("form", form);
        model.addAttribute("models", models.list(communityId));
        model.addAttribute("units", views.communityUnits(communityId));
        model.addAttribute("visibilities", Visibility.values());
        return "benchmarking/round-form";
    }

    private RoundSummary summary(BenchmarkRound round, Membership membership) {
        return new RoundSummary(round.id(), round.name(), round.opensOn(), round.closesOn(), round.visibility(),
                rounds.status(round), rounds.isBaseline(round), round.units().size(), round.version());
    }

    private static AssessmentStatus status(UnitAssessment assessment) {
        if (assessment == null) {
            return AssessmentStatus.NOT_STARTED;
        }
        return assessment.submitted() ? AssessmentStatus.SUBMITTED : AssessmentStatus.DRAFT;
    }

    /** The units at the bottom of the tree: the usual participants, pre-selected. */
    private static List<Long> leafUnits(List<UnitSummary> units) {
        var parents = units.stream().map(UnitSummary::parentId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return units.stream().map(UnitSummary::id).filter(id -> !parents.contains(id)).toList();
    }

    enum AssessmentStatus { NOT_STARTED, DRAFT, SUBMITTED }

    record UnitRow(long unitId, String name, boolean own, boolean mayAssess, AssessmentStatus status) {
    }

    record RoundSummary(long id, String name, java.time.LocalDate opensOn, java.time.LocalDate closesOn,
            Visibility visibility, RoundStatus status, boolean baseline, int unitCount, int version) {
    }

}
