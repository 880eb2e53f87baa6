package org.convene.clinic.web.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.cases.InviteeSuggestions;
import org.convene.clinic.followup.FollowUpService;
import org.convene.clinic.library.CaseLibrary;
import org.convene.clinic.web.CaseView;
import org.convene.clinic.web.CaseViews;
import org.convene.community.CommunityAccess;
import org.convene.identity.ConveneUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups (due lists, the report, the agenda), the case library and invitees suggested by benchmarking. */
@RestController
@Tag(name = "Follow-ups and library", description = "Reporting back on held cases; the community's case library")
class FollowUpApi {

    private final FollowUpService followUps;
    private final CaseService cases;
    private final CaseViews views;
    private final CaseLibrary library;
    private final InviteeSuggestions suggestions;
    private final CommunityAccess access;

    FollowUpApi(FollowUpService followUps, CaseService cases, CaseViews views, CaseLibrary library,
            InviteeSuggestions suggestions, CommunityAccess access) {
        this.followUps = followUps;
        this.cases = cases;
        this.views = views;
        this.library = library;
        this.suggestions = suggestions;
        this.access = access;
    }

    record OutcomeBody(@Nullable Long adviceId, @Nullable AdviceOutcome outcome, @Nullable String note) {
    }

    record FollowUpBody(@Nullable String whatHappened, @Nullable List<OutcomeBody> outcomes,
            @Nullable Integer version) {
    }

    record AgendaBody(@Nullable Long clinicId, @Nullable Integer version) {
    }

    /** A follow-up owed, as a due list shows it. */
    record DueFollowUp(long caseId, String title, long presenterId, java.time.@Nullable LocalDate followUpOn,
            @Nullable Long agendaClinicId) {
    }

    record Suggestions(@Nullable String dimension, Set<Long> memberIds) {
    }

    @PostMapping("/api/cases/{caseId}/follow-up")
    @Operation(summary = "File the follow-up report", description = "Presenter only, on a held or due case: "
            + "whatHappened, and one outcome per adopted advice (WORKED, PARTLY, DID_NOT_WORK, NOT_TRIED) with an "
            + "optional note. Closes the case and tells each adviser. Optional version: 409 if the case changed "
            + "since; 400 lists every field to correct.")
    CaseView file(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId,
            @RequestBody FollowUpBody body) {
        var outcomes = body.outcomes() == null ? List.<FollowUpService.OutcomeInput>of() : body.outcomes().stream()
                .map(o -> new FollowUpService.OutcomeInput(o.adviceId(), o.outcome(), o.note())).toList();
        return views.of(followUps.file(caseId, user.accountId(), body.whatHappened(), outcomes, body.version()));
    }

    @PostMapping("/api/cases/{caseId}/agenda")
    @Operation(summary = "Put a follow-up on a later clinic's agenda", description = "Conveners; clinicId names a "
            + "clinic of the community that has not ended, null takes it off.")
    CaseView agenda(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId,
            @RequestBody AgendaBody body) {
        followUps.putOnAgenda(caseId, user.accountId(), body.clinicId(), body.version());
        return views.of(cases.open(caseId, user.accountId()));
    }

    @GetMapping("/api/communities/{communityId}/follow-ups")
    @Operation(summary = "Follow-ups due", description = "Your own; a convener sees all of the community's.")
    List<DueFollowUp> due(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId) {
        return followUps.due(access.require(communityId, user.accountId())).stream()
                .map(stored -> new DueFollowUp(stored.id(), stored.clinicCase().content().title(),
                        stored.clinicCase().presenterId(), stored.clinicCase().followUpOn().orElse(null),
                        stored.agendaClinicId()))
                .toList();
    }

    @GetMapping("/api/communities/{communityId}/cases")
    @Operation(summary = "The case library", description = "Held, due and closed cases with their takeaways and "
            + "follow-up outcomes; q searches title, question, context, takeaways and the report; status "
            + "(HELD, FOLLOW_UP_DUE, CLOSED), kind (CHALLENGE, IDEA) and dimension filter. Members only.")
    List<CaseLibrary.Entry> library(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String dimension) {
        return library.search(communityId, user.accountId(), CaseLibrary.Query.of(q, status, kind, dimension));
    }

    @GetMapping("/api/cases/{caseId}/suggested-invitees")
    @Operation(summary = "Who to invite", description = "For a case brought on a benchmarking dimension: the "
            + "members of units strong in it in the latest round. Conveners and facilitators.")
    Suggestions suggested(@AuthenticationPrincipal ConveneUser user, @PathVariable long caseId) {
        var opened = cases.open(caseId, user.accountId());
        access.requireFacilitator(opened.stored().communityId(), user.accountId());
        return new Suggestions(opened.stored().dimension(), suggestions.forCase(opened.stored()));
    }
}
