package org.convene.clinic.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.CaseKind;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.followup.FollowUpService;
import org.convene.clinic.followup.InvalidFollowUpException;
import org.convene.clinic.library.CaseLibrary;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.identity.ConveneUser;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reporting back on a held case, putting a follow-up on a later clinic's agenda, and the case library. */
@Controller
class FollowUpPages {

    private static final String CASE = "/communities/{communityId}/cases/{caseId}";

    private final FollowUpService followUps;
    private final CaseService cases;
    private final CaseViews views;
    private final CaseLibrary library;
    private final CommunityAccess access;
    private final Communities communities;

    FollowUpPages(FollowUpService followUps, CaseService cases, CaseViews views, CaseLibrary library,
            CommunityAccess access, Communities communities) {
        this.followUps = followUps;
        this.cases = cases;
        this.views = views;
        this.library = library;
        this.access = access;
        this.communities = communities;
    }

    @ModelAttribute("outcomeChoices")
    AdviceOutcome[] outcomeChoices() {
        return AdviceOutcome.values();
    }

    @GetMapping(CASE + "/follow-up")
    String form(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long caseId,
            Model model) {
        CaseView view = presenterCase(communityId, caseId, user);
        if (!view.canFileFollowUp()) {
            return "redirect:/communities/" + communityId + "/cases/" + caseId;
        }
        return show(model, user, view, FollowUpForm.of(view), Map.of(), null);
    }

    @PostMapping(CASE + "/follow-up")
    String file(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, @PathVariable long caseId,
            @ModelAttribute("form") FollowUpForm form, Model model) {
        CaseView view = presenterCase(communityId, caseId, user);
        try {
            followUps.file(caseId, user.accountId(), form.getWhatHappened(), form.inputs(), form.getVersion());
            return "redirect:/communities/" + communityId + "/cases/" + caseId + "?followedUp";
        } catch (InvalidFollowUpException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.messageKey()));
            return show(model, user, view, form, errors, null);
        } catch (OptimisticLockingFailureException e) {
            CaseView fresh = presenterCase(communityId, caseId, user);
            form.setVersion(fresh.version());
            return show(model, user, fresh, form, Map.of(), "error.staleEdit");
        } catch (ClinicRuleException e) {
            return "redirect:/communities/" + communityId + "/cases/" + caseId;
        }
    }

    @PostMapping(CASE + "/agenda")
    String agenda(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId, @RequestParam(required = false) @Nullable Long clinicId,
            @RequestParam(required = false) @Nullable Integer version) {
        caseIn(communityId, caseId, user);
        try {
            followUps.putOnAgenda(caseId, user.accountId(), clinicId, version);
            return "redirect:/communities/" + communityId + "/cases/" + caseId + "?onAgenda";
        } catch (InvalidInputException | ClinicRuleException | OptimisticLockingFailureException e) {
            return "redirect:/communities/" + communityId + "/cases/" + caseId + "?agendaRefused";
        }
    }

    @GetMapping("/communities/{communityId}/cases/library")
    String library(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String dimension, Model model) {
        Membership me = access.require(communityId, user.accountId());
        CaseLibrary.Query query;
        try {
            query = CaseLibrary.Query.of(q, status, kind, dimension);
        } catch (InvalidInputException e) {
            query = CaseLibrary.Query.of(q, null, null, dimension);
        }
        model.addAttribute("community", communities.view(me));
        model.addAttribute("entries", library.search(communityId, user.accountId(), query));
        model.addAttribute("query", query);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("dimensions", library.dimensions(communityId));
        model.addAttribute("statuses", CaseLibrary.HELD_STATES);
        model.addAttribute("kinds", CaseKind.values());
        return "clinic/library";
    }

    private String show(Model model, ConveneUser user, CaseView view, FollowUpForm form, Map<String, String> errors,
            @Nullable String formError) {
        model.addAttribute("community", communities.view(access.require(view.communityId(), user.accountId())));
        model.addAttribute("caseView", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        return "clinic/follow-up";
    }

    private CaseView presenterCase(long communityId, long caseId, ConveneUser user) {
        CaseView view = caseIn(communityId, caseId, user);
        if (!view.youArePresenter()) {
            throw new ForbiddenException("clinic.presenterOnly");
        }
        return view;
    }

    private CaseView caseIn(long communityId, long caseId, ConveneUser user) {
        var opened = cases.open(caseId, user.accountId());
        if (opened.stored().communityId() != communityId) {
            throw new NotFoundException("case");
        }
        return views.of(opened);
    }

}
