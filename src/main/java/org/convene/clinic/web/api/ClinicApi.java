package org.convene.clinic.web.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.web.ClinicViews;
import org.convene.clinic.web.ContributionBody;
import org.convene.clinic.web.RoomView;
import org.convene.identity.ConveneUser;
import org.convene.identity.Credentials;
import org.convene.live.LiveStreams;
import org.convene.live.Viewer;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduling and running clinics. Facilitator commands take an optional
 * {@code expectedStepRevision} (body or query; absent means "as I find it now"): a command
 * naming a revision that has moved on changes nothing, so racing clicks change the clinic once.
 */
@RestController
@Tag(name = "Clinics", description = "The five-step case clinic, live: steps, clock, contributions, speaking queue")
class ClinicApi {

    private final ClinicService clinics;
    private final ClinicViews views;
    private final LiveStreams streams;

    ClinicApi(ClinicService clinics, ClinicViews views, LiveStreams streams) {
        this.clinics = clinics;
        this.views = views;
        this.streams = streams;
    }

    record ScheduleBody(long caseId, @Nullable Instant startsAt, @Nullable Integer totalMinutes,
            @Nullable Variation variation, long facilitatorId, @Nullable List<Long> inviteeIds) {
    }

    record ControlBody(@Nullable Long expectedStepRevision) {
    }

    record MinutesBody(int minutes, @Nullable Long expectedStepRevision) {
    }

    record AgendaBody(Step step, int minutes) {
    }

    record FloorBody(long memberId) {
    }

    record SummaryBody(@Nullable List<String> takeaways, @Nullable Set<Long> adoptedAdviceIds,
            @Nullable LocalDate followUpOn) {
    }

    @PostMapping("/api/communities/{communityId}/clinics")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a clinic for a ready case", description = "Conveners and facilitators. Total "
            + "30–120 minutes (default 60); the facilitator is a facilitator or convener other than the presenter. "
            + "The answer includes the agenda planned from the protocol.")
    RoomView schedule(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @RequestBody ScheduleBody body) {
        if (body.startsAt() == null) {
            throw new InvalidInputException("startsAt", "clinic.schedule.startsAtMissing");
        }
        var scheduled = clinics.schedule(communityId, user.accountId(), new ClinicService.ScheduleRequest(
                body.caseId(), body.startsAt(), body.totalMinutes(), body.variation(), body.facilitatorId(),
                body.inviteeIds() == null ? List.of() : body.inviteeIds()));
        return views.room(clinics.open(scheduled.id(), user.accountId()));
    }

    @GetMapping("/api/clinics/{clinicId}")
    @Operation(summary = "A clinic as you see it", description = "Step, deadline, agenda, contributions, queue, "
            + "who is present, your role.")
    RoomView get(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId) {
        return views.room(clinics.open(clinicId, user.accountId()));
    }

    @GetMapping(path = "/api/clinics/{clinicId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live events of a clinic", description = "Server-sent events, JSON data; named after the "
            + "domain event (step-started, contribution-posted, hand-raised, …), presence-changed and case-held. "
            + "Send Last-Event-ID to catch up; a `reset` event means reload the clinic.")
    void events(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var opened = clinics.open(clinicId, user.accountId());
        streams.open(request, response, ClinicService.topic(clinicId),
                Viewer.client(opened.member().memberId(), Credentials.of(request)), lastEventId);
    }

    @PostMapping("/api/clinics/{clinicId}/agenda")
    @Operation(summary = "Set one step's minutes before the start", description = "Facilitator only.")
    RoomView agenda(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody AgendaBody body) {
        return room(clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.adjustAgenda(me, body.step(), body.minutes(), now)));
    }

    @PostMapping("/api/clinics/{clinicId}/start")
    @Operation(summary = "Start the clinic", description = "Facilitator only; Context begins.")
    RoomView start(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody(required = false) @Nullable ControlBody body,
            @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(), expected(body, expectedStepRevision),
                ClinicSession::start));
    }

    @PostMapping("/api/clinics/{clinicId}/advance")
    @Operation(summary = "Next step", description = "Facilitator only; from Summary it ends the clinic.")
    RoomView advance(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody(required = false) @Nullable ControlBody body,
            @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(), expected(body, expectedStepRevision),
                ClinicSession::advance));
    }

    @PostMapping("/api/clinics/{clinicId}/back")
    @Operation(summary = "Back one step", description = "Facilitator only; the step resumes with the time it had left.")
    RoomView back(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody(required = false) @Nullable ControlBody body,
            @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(), expected(body, expectedStepRevision),
                ClinicSession::back));
    }

    @PostMapping("/api/clinics/{clinicId}/skip")
    @Operation(summary = "Skip Sharing", description = "Facilitator only; from Understanding or Sharing to Advice.")
    RoomView skip(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody(required = false) @Nullable ControlBody body,
            @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(), expected(body, expectedStepRevision),
                ClinicSession::skipSharing));
    }

    @PostMapping("/api/clinics/{clinicId}/end")
    @Operation(summary = "End the clinic", description = "Facilitator only, in any step.")
    RoomView end(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody(required = false) @Nullable ControlBody body,
            @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(), expected(body, expectedStepRevision),
                ClinicSession::end));
    }

    @PostMapping("/api/clinics/{clinicId}/extend")
    @Operation(summary = "Give the current step more time", description = "Facilitator only; 1–60 minutes.")
    RoomView extend(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody MinutesBody body, @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(),
                body.expectedStepRevision() != null ? body.expectedStepRevision() : expectedStepRevision,
                (session, me, expected, now) -> session.extend(me, expected, body.minutes(), now)));
    }

    @PostMapping("/api/clinics/{clinicId}/shorten")
    @Operation(summary = "Take time from the current step", description = "Facilitator only; leaves at least a minute.")
    RoomView shorten(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody MinutesBody body, @RequestParam(required = false) @Nullable Long expectedStepRevision) {
        return room(clinics.control(clinicId, user.accountId(),
                body.expectedStepRevision() != null ? body.expectedStepRevision() : expectedStepRevision,
                (session, me, expected, now) -> session.shorten(me, expected, body.minutes(), now)));
    }

    @PostMapping("/api/clinics/{clinicId}/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a contribution", description = "What the current step accepts from your role: "
            + "FRAMING, QUESTION, ANSWER (replyTo a question), STORY, ADVICE (optionally with a story), COMMENT "
            + "(replyTo advice), TAKEAWAY. Refused with 409 and the protocol's reason otherwise. Answers with the "
            + "contribution as posted; everyone in the room receives it as a contribution-posted event.")
    RoomView.ContributionView post(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody ContributionBody body) {
        var posted = clinics.post(clinicId, user.accountId(), () -> body.draft());
        return ClinicViews.contribution(posted.contribution(),
                new RoomView.Person(posted.author().memberId(), posted.author().displayName()));
    }

    @PostMapping("/api/clinics/{clinicId}/hand")
    @Operation(summary = "Raise your hand", description = "Members only; the queue puts the least heard first.")
    RoomView raiseHand(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId) {
        return room(clinics.run(clinicId, user.accountId(), (session, me, now) -> session.raiseHand(me, now)));
    }

    @DeleteMapping("/api/clinics/{clinicId}/hand")
    @Operation(summary = "Lower your hand")
    RoomView lowerHand(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId) {
        return room(clinics.run(clinicId, user.accountId(), (session, me, now) -> session.lowerHand(me, now)));
    }

    @PostMapping("/api/clinics/{clinicId}/floor")
    @Operation(summary = "Give the floor", description = "Facilitator only, to someone in the queue.")
    RoomView floor(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody FloorBody body) {
        return room(clinics.run(clinicId, user.accountId(),
                (session, me, now) -> session.giveFloor(me, body.memberId(), now)));
    }

    @PostMapping("/api/clinics/{clinicId}/summary")
    @Operation(summary = "Sum up", description = "Presenter only, at Summary, or once the clinic has ended if it "
            + "ended before you summed up (the case is then AWAITING_SUMMARY; once): takeaways, the advice you will "
            + "act on, and the follow-up date (default six weeks). The case becomes held.")
    RoomView summary(@AuthenticationPrincipal ConveneUser user, @PathVariable long clinicId,
            @RequestBody SummaryBody body) {
        return room(clinics.summarise(clinicId, user.accountId(),
                body.takeaways() == null ? List.of() : body.takeaways(),
                body.adoptedAdviceIds() == null ? Set.of() : body.adoptedAdviceIds(), body.followUpOn()));
    }

    private RoomView room(ClinicService.ClinicAccess access) {
        return views.room(access);
    }

    private static @Nullable Long expected(@Nullable ControlBody body, @Nullable Long query) {
        return body != null && body.expectedStepRevision() != null ? body.expectedStepRevision() : query;
    }
}
