package org.convene.clinic.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.convene.clinic.CaseKind;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.cases.CaseVisual;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.InvalidCaseException;
import org.convene.clinic.cases.InviteeSuggestions;
import org.convene.clinic.cases.QuestionCoach;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.followup.FollowUpService;
import org.convene.clinic.protocol.AgendaPlanner;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.InvalidAgendaException;
import org.convene.clinic.session.ClinicListing;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.session.ClinicState;
import org.convene.clinic.session.ClinicStore;
import org.convene.clinic.session.StoredClinic;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.identity.ConveneUser;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinics tab, preparing a case (draft, edit, visual, ready), related experiences and scheduling. */
@Controller
class ClinicPages {

    private final CaseService cases;
    private final CaseViews caseViews;
    private final ClinicService clinics;
    private final ClinicStore clinicStore;
    private final CommunityAccess access;
    private final Communities communities;
    private final FollowUpService followUps;
    private final InviteeSuggestions suggestions;
    private final MessageSource messages;

    ClinicPages(CaseService cases, CaseViews caseViews, ClinicService clinics, ClinicStore clinicStore,
            CommunityAccess access, Communities communities, FollowUpService followUps,
            InviteeSuggestions suggestions, MessageSource messages) {
        this.followUps = followUps;
        this.suggestions = suggestions;
        this.messages = messages;
        this.cases = cases;
        this.caseViews = caseViews;
        this.clinics = clinics;
        this.clinicStore = clinicStore;
        this.access = access;
        this.communities = communities;
    }

    @ModelAttribute("steps")
    Step[] steps() {
        return Step.values();
    }

    @ModelAttribute("caseKinds")
    CaseKind[] caseKinds() {
        return CaseKind.values();
    }

    @ModelAttribute("variations")
    Variation[] variations() {
        return Variation.values();
    }

    /** The case form: bound from the request, checked by {@link CaseContent}. */
    record CaseForm(@Nullable String title, @Nullable String context, @Nullable String question,
            @Nullable CaseKind kind, @Nullable LocalDate neededBy, @Nullable String dimension) {

        static CaseForm empty() {
            return new CaseForm("", "", "", CaseKind.CHALLENGE, null, null);
        }

        static CaseForm of(CaseView view) {
            return new CaseForm(view.title(), view.context(), view.question(), view.kind(), view.neededBy(),
                    view.dimension());
        }

        CaseContent content() {
            return new CaseContent(title == null ? "" : title, context == null ? "" : context,
                    question == null ? "" : question, kind == null ? CaseKind.CHALLENGE : kind, neededBy);
        }
    }

    /**
     * The schedule form.
     *
     * @param startsAt in the scheduler's time zone, as a {@code datetime-local} field reads and writes it
     */
    record ScheduleForm(@Nullable Long caseId,
            @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime startsAt,
            @Nullable Integer totalMinutes, @Nullable Variation variation, @Nullable Long facilitatorId,
            @Nullable List<Long> inviteeIds) {
    }

    @GetMapping("/communities/{communityId}/clinics")
    String list(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId, Model model) {
        Membership me = access.require(communityId, user.accountId());
        List<StoredCase> all = cases.inCommunity(communityId);
        model.addAttribute("community", communities.view(me));
        model.addAttribute("membership", me);
        var names = names(communityId);
        model.addAttribute("myDrafts", all.stream().filter(stored -> stored.clinicCase().status() == CaseStatus.DRAFT
                && stored.clinicCase().presenterId() == me.memberId()).map(stored -> summary(stored, names)).toList());
        model.addAttribute("readyCases", all.stream().filter(stored -> stored.clinicCase().status() == CaseStatus.READY)
                .map(stored -> summary(stored, names)).toList());
        List<ClinicListing> listings = clinicStore.listings(communityId);
        model.addAttribute("upcoming", listings.stream().filter(clinic -> clinic.state() != ClinicState.ENDED)
                .toList());
        model.addAttribute("held", listings.stream().filter(clinic -> clinic.state() == ClinicState.ENDED)
                .sorted(java.util.Comparator.comparing(ClinicListing::startsAt).reversed()).toList());
        model.addAttribute("names", names);
        model.addAttribute("zone", me.timeZone());
        model.addAttribute("dueFollowUps", followUps.due(me).stream().map(stored -> summary(stored, names)).toList());
        model.addAttribute("agendas", followUps.agendas(communityId));
        return "clinic/list";
    }

    /** A case in a list. */
    record CaseSummary(long id, String title, String question, String status, String presenterName,
            @Nullable LocalDate neededBy, boolean hasVisual, int relatedExperienceCount) {
    }

    private static CaseSummary summary(StoredCase stored, java.util.Map<Long, String> names) {
        ClinicCase clinicCase = stored.clinicCase();
        return new CaseSummary(clinicCase.id(), clinicCase.content().title(), clinicCase.content().question(),
                clinicCase.status().name().toLowerCase(java.util.Locale.ROOT),
                names.getOrDefault(clinicCase.presenterId(), "—"), clinicCase.content().neededBy(),
                stored.hasVisual(), clinicCase.relatedExperienceCount());
    }

    /**
     * The case form; with {@code dimension} (from a growth area of a benchmarking report) the
     * draft is tagged with it and its title suggested, so the clinic can invite units strong in it.
     */
    @GetMapping("/communities/{communityId}/cases/new")
    String newCase(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestParam(required = false) @Nullable String dimension, Model model) {
        Membership me = access.require(communityId, user.accountId());
        model.addAttribute("community", communities.view(me));
        String tag = dimension == null || dimension.isBlank() ? null
                : dimension.strip().substring(0, Math.min(dimension.strip().length(), CaseService.DIMENSION_MAX_LENGTH));
        model.addAttribute("form", tag == null ? CaseForm.empty()
                : new CaseForm(messages.getMessage("clinic.case.bridgeTitle", new Object[] {tag},
                        LocaleContextHolder.getLocale()), "", "", CaseKind.CHALLENGE, null, tag));
        return "clinic/case-form";
    }

    @PostMapping("/communities/{communityId}/cases")
    String draft(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @ModelAttribute("form") CaseForm form, BindingResult binding,
            @RequestParam(name = "visual", required = false) @Nullable MultipartFile visual, Model model,
            RedirectAttributes redirect) throws IOException {
        Membership me = access.require(communityId, user.accountId());
        try {
            long id = cases.draft(communityId, user.accountId(), form.content(), form.dimension());
            if (visual != null && !visual.isEmpty()) {
                try {
                    cases.uploadVisual(id, user.accountId(), visual.getBytes());
                } catch (InvalidInputException e) {
                    // The draft is kept; its form says why the visual was not.
                    redirect.addFlashAttribute("visualError", e.messageKey());
                    return "redirect:/communities/" + communityId + "/cases/" + id + "/edit";
                }
            }
            return "redirect:/communities/" + communityId + "/cases/" + id + "?saved";
        } catch (InvalidCaseException e) {
            binding.rejectValue(e.field(), e.messageKey());
        }
        model.addAttribute("community", communities.view(me));
        return "clinic/case-form";
    }

    @GetMapping("/communities/{communityId}/cases/{caseId}")
    String detail(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId, Model model) {
        CaseView view = caseIn(communityId, caseId, user);
        Membership me = access.require(communityId, user.accountId());
        model.addAttribute("community", communities.view(me));
        model.addAttribute("caseView", view);
        model.addAttribute("membership", me);
        if (view.status() == CaseStatus.READY && me.role().canFacilitate()) {
            // Whoever schedules facilitates unless they may not (a presenter never facilitates their own case).
            Long facilitator = ClinicService.mayFacilitate(me, view.presenter().id()) ? me.memberId() : null;
            model.addAttribute("schedule", new ScheduleForm(caseId, LocalDateTime.now(ClinicService.zone(me)).plusDays(1)
                    .withHour(10).truncatedTo(ChronoUnit.HOURS), AgendaPlanner.DEFAULT_TOTAL, Variation.STANDARD,
                    facilitator, List.of()));
            schedulingChoices(model, view, caseId, user);
        }
        if (me.isConvener() && (view.status() == CaseStatus.HELD || view.status() == CaseStatus.FOLLOW_UP_DUE)) {
            model.addAttribute("laterClinics", clinicStore.listings(communityId).stream()
                    .filter(clinic -> clinic.state() != ClinicState.ENDED && clinic.caseId() != caseId).toList());
        }
        return "clinic/case";
    }

    @GetMapping("/communities/{communityId}/cases/{caseId}/edit")
    String edit(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId, Model model) {
        CaseView view = caseIn(communityId, caseId, user);
        if (!view.editable()) {
            return "redirect:/communities/" + communityId + "/cases/" + caseId;
        }
        model.addAttribute("community", communities.view(access.require(communityId, user.accountId())));
        model.addAttribute("caseView", view);
        model.addAttribute("form", CaseForm.of(view));
        return "clinic/case-form";
    }

    @PostMapping("/communities/{communityId}/cases/{caseId}")
    String revise(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId, @ModelAttribute("form") CaseForm form, BindingResult binding,
            @RequestParam(name = "visual", required = false) @Nullable MultipartFile visual,
            @RequestParam(name = "markReady", required = false) @Nullable String markReady, Model model)
            throws IOException {
        CaseView view = caseIn(communityId, caseId, user);
        try {
            cases.revise(caseId, user.accountId(), form.content());
            if (visual != null && !visual.isEmpty()) {
                cases.uploadVisual(caseId, user.accountId(), visual.getBytes());
            }
            if (markReady != null && view.status() == CaseStatus.DRAFT) {
                cases.markReady(caseId, user.accountId());
            }
            return "redirect:/communities/" + communityId + "/cases/" + caseId + "?saved";
        } catch (InvalidCaseException e) {
            binding.rejectValue(e.field(), e.messageKey());
        } catch (InvalidInputException e) {
            binding.rejectValue(e.field().equals("visual") ? "title" : e.field(), e.messageKey());
            model.addAttribute("visualError", e.messageKey());
        } catch (ClinicRuleException e) {
            binding.reject(e.refusal().messageKey());
        }
        model.addAttribute("community", communities.view(access.require(communityId, user.accountId())));
        model.addAttribute("caseView", caseIn(communityId, caseId, user));
        return "clinic/case-form";
    }

    /** The coach's verdict on a question being typed, for the form (htmx). */
    @GetMapping("/communities/{communityId}/cases/question-check")
    String questionCheck(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestParam(defaultValue = "") String question, Model model) {
        access.require(communityId, user.accountId());
        model.addAttribute("problems", QuestionCoach.problems(question));
        return "clinic/fragments :: coach";
    }

    @PostMapping("/communities/{communityId}/cases/{caseId}/ready")
    String ready(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId) {
        caseIn(communityId, caseId, user);
        try {
            cases.markReady(caseId, user.accountId());
            return "redirect:/communities/" + communityId + "/cases/" + caseId + "?ready";
        } catch (ClinicRuleException e) {
            return "redirect:/communities/" + communityId + "/cases/" + caseId + "/edit?notPrecise";
        }
    }

    @PostMapping("/communities/{communityId}/cases/{caseId}/related-experience")
    String relatedExperience(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId, @RequestParam(defaultValue = "true") boolean marked) {
        caseIn(communityId, caseId, user);
        cases.markRelatedExperience(caseId, user.accountId(), marked);
        return "redirect:/communities/" + communityId + "/cases/" + caseId;
    }

    @GetMapping("/communities/{communityId}/cases/{caseId}/visual")
    ResponseEntity<byte[]> visual(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @PathVariable long caseId) {
        caseIn(communityId, caseId, user);
        CaseVisual visual = cases.visual(caseId, user.accountId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(visual.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(visual.bytes());
    }

    @PostMapping("/communities/{communityId}/clinics")
    String schedule(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @ModelAttribute("schedule") ScheduleForm form, Model model) {
        Membership me = access.requireFacilitator(communityId, user.accountId());
        if (form.caseId() == null) {
            throw new NotFoundException("case");
        }
        try {
            if (form.startsAt() == null) {
                throw new InvalidInputException("startsAt", "clinic.schedule.startsAtMissing");
            }
            if (form.facilitatorId() == null) {
                throw new InvalidInputException("facilitatorId", "clinic.schedule.facilitatorNotAllowed");
            }
            StoredClinic scheduled = clinics.schedule(communityId, user.accountId(), new ClinicService.ScheduleRequest(
                    form.caseId(), form.startsAt().atZone(ClinicService.zone(me)).toInstant(), form.totalMinutes(),
                    form.variation(), form.facilitatorId(), form.inviteeIds() == null ? List.of() : form.inviteeIds()));
            return "redirect:/communities/" + communityId + "/clinics/" + scheduled.id() + "/room";
        } catch (InvalidInputException e) {
            model.addAttribute("scheduleError", e.messageKey());
        } catch (InvalidAgendaException e) {
            model.addAttribute("scheduleError", e.messageKey());
        } catch (ClinicRuleException e) {
            model.addAttribute("scheduleError", e.refusal().messageKey());
        }
        CaseView view = caseIn(communityId, form.caseId(), user);
        model.addAttribute("community", communities.view(me));
        model.addAttribute("caseView", view);
        model.addAttribute("membership", me);
        schedulingChoices(model, view, form.caseId(), user);
        return "clinic/case";
    }

    /** Who can be invited, with the members of units strong in the case's dimension suggested (pre-ticked). */
    private void schedulingChoices(Model model, CaseView view, long caseId, ConveneUser user) {
        model.addAttribute("members", communities.members(view.communityId()).stream()
                .filter(member -> member.memberId() != view.presenter().id()).toList());
        model.addAttribute("plannedAgenda", AgendaPlanner.plan(view.relatedExperienceCount() == null ? 0
                : view.relatedExperienceCount()));
        model.addAttribute("suggestedInvitees", suggestions.forCase(cases.open(caseId, user.accountId()).stored()));
    }

    private CaseView caseIn(long communityId, long caseId, ConveneUser user) {
        var opened = cases.open(caseId, user.accountId());
        if (opened.stored().communityId() != communityId) {
            throw new NotFoundException("case");
        }
        return caseViews.of(opened);
    }

    private java.util.Map<Long, String> names(long communityId) {
        var names = new java.util.HashMap<Long, String>();
        communities.members(communityId).forEach(member -> names.put(member.memberId(), member.displayName()));
        return names;
    }
}
